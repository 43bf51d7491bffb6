import type { Scenario } from '../../../contract/types';
import { SUBMIT_ACTION, hsso, openByInvoke } from './session';

/** invoke takes only the submit action back (name "submit", method "POST"), as valid JSON. */
export const malformedInvoke: Scenario = {
  name: 'invoke refuses a body that is not the submit action with 400',
  tags: ['natural'],
  async run(t) {
    const { token } = await openByInvoke(t);
    const headers = hsso(token);
    const bodies: [string, { body?: unknown; rawBody?: string }][] = [
      ['invoke with a body that is not valid JSON', { rawBody: '{"name": "submit",}' }],
      ['invoke another action', { body: { ...SUBMIT_ACTION, name: 'cancel' } }],
      ['invoke without a method', { body: { name: 'submit' } }],
      ['invoke with parameters that are no array', { body: { ...SUBMIT_ACTION, parameters: 'x' } }],
      ['invoke with a body that is no object', { body: ['submit'] }],
    ];
    for (const [step, body] of bodies) t.check('malformed_rejected', await t.send(step, { operationId: 'invokeKeepAlive', headers, ...body }));
  },
};

/** A KeepAlive action that does not exist answers 404 (read as the invoke operation it resembles). */
export const unknownAction: Scenario = {
  name: 'invoking a KeepAlive action that does not exist answers 404',
  tags: ['natural'],
  async run(t) {
    const { token } = await openByInvoke(t);
    const path = '/Analytics/v1/services/KeepAlive/actions/cancel/invoke';
    const exchange = await t.send('invoke the unknown action cancel', { operationId: 'invokeKeepAlive', path, headers: hsso(token), body: { ...SUBMIT_ACTION, name: 'cancel' } });
    t.require(exchange, 404, 'an action that does not exist');
  },
};
