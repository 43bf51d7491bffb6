import type { RequestSpec, Scenario, ScenarioContext } from '../../../contract/types';
import { SUBMIT_ACTION, controls, sendFaulted, userCredentials } from './session';

const OPERATIONS = ['listKeepAliveActions', 'prepareKeepAlive', 'invokeKeepAlive'] as const;

const request = (t: ScenarioContext, operationId: string): RequestSpec => ({
  operationId,
  headers: userCredentials(t),
  ...(operationId === 'invokeKeepAlive' ? { body: SUBMIT_ACTION } : {}),
});

/** 001_c39cb08b7efa28f3.txt: 412 = "The server is not available."; 500 = "Server processing error." */
export const serverUnavailableAndFailing: Scenario = {
  name: 'an unavailable server answers 412 and a failing one 500',
  tags: ['mock-controls'],
  async run(t) {
    await controls(t).setAvailability(false);
    try {
      for (const operationId of OPERATIONS) t.require(await t.send(`${operationId} while the server is unavailable`, request(t, operationId)), 412, 'an unavailable server');
    } finally {
      await controls(t).setAvailability(true);
    }
    for (const operationId of OPERATIONS) t.require(await sendFaulted(t, `${operationId} failing inside the server`, 500, request(t, operationId)), 500, 'a 500 fault');
  },
};
