import type { Exchange, MockControls, RequestSpec, ScenarioContext } from './types';

/** The admin API of a scenario tagged `mock-controls` (a scenario without the tag has none). */
export function mockControls(t: ScenarioContext): MockControls {
  if (!t.mock) throw new Error('this scenario needs the mock controls (tag it mock-controls)');
  return t.mock;
}

/** Runs `send` while a one-shot fault answers `status` for the next `operationId` request; the fault never outlives it. */
export async function withFault<T>(t: ScenarioContext, operationId: string, status: number, send: () => Promise<T>): Promise<T> {
  const mock = mockControls(t);
  const id = await mock.addFault({ operationId, status, times: 1 });
  try {
    return await send();
  } finally {
    await mock.removeFault(id);
  }
}

/** Sends one request that a one-shot fault answers with `status`. */
export function sendFaulted(t: ScenarioContext, step: string, status: number, request: RequestSpec): Promise<Exchange> {
  return withFault(t, request.operationId, status, () => t.send(step, request));
}
