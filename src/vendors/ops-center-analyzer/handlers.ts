import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { Handler, VendorResponse } from '../../core/vendor';
import { actionList, originOf, submitAction, success } from './answers';
import type { Principal } from './auth';
import { keepAliveJob, timeToLive } from './model';

export interface HandlerContext {
  clock: Clock;
  /** Used when the request names no Host. */
  origin: string;
  invokePath: string;
}

/** One handler per operationId. The session was opened or renewed by authenticate; these shape the answer. */
export function createHandlers(context: HandlerContext): Record<string, Handler<Principal>> {
  return {
    listKeepAliveActions: (request, principal) => Promise.resolve(success(principal.token, actionList(originOf(request.headers, context.origin), context.invokePath))),
    prepareKeepAlive: (request, principal) => Promise.resolve(success(principal.token, submitAction(originOf(request.headers, context.origin), context.invokePath))),
    // 001_c39cb08b7efa28f3.txt: the Job's result is [{timeToLive}], the seconds the renewed session has left.
    invokeKeepAlive: (_request, principal) => {
      const job = keepAliveJob(randomUUID(), principal.at, context.clock.now(), timeToLive(principal.session, principal.at));
      return Promise.resolve(success(principal.token, job));
    },
  };
}

/** The documented 200 of each operation, for Prefer: code=200 and faults, which answer before authentication. */
export function createDocumentedSuccess(context: HandlerContext & { token: string; timeoutSeconds: number }) {
  return function documentedSuccess(operationId: string): VendorResponse {
    const now = context.clock.now();
    switch (operationId) {
      case 'listKeepAliveActions':
        return success(context.token, actionList(context.origin, context.invokePath));
      case 'prepareKeepAlive':
        return success(context.token, submitAction(context.origin, context.invokePath));
      case 'invokeKeepAlive':
        return success(context.token, keepAliveJob(randomUUID(), now, now, context.timeoutSeconds));
      default:
        throw new Error(`ops-center-analyzer has no operation ${operationId}`);
    }
  };
}
