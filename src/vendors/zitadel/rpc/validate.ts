import type { Checks } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import { deref, isObject, resolvePointer } from '../../../spec/document';
import type { SpecApi } from '../../../spec/types';
import { invalidArgument } from '../model/errors';

interface Length {
  min: number;
  max: number;
}

/**
 * The request constraints ZITADEL's protoc-gen-validate rules enforce, read from the REST spec (which writes the
 * seed's "non-empty, <= 200 characters") so RPC and REST refuse the same values. Code 3, without an ErrorDetail.
 */
export interface RpcValidation {
  sessionRef(message: string, request: { sessionId: string; sessionToken?: string }): void;
  checks(message: string, checks: Checks | undefined): void;
}

export function createRpcValidation(spec: SpecApi): RpcValidation {
  const length = (pointer: string): Length => {
    const schema = deref<Record<string, unknown>>(spec.document, resolvePointer(spec.document, pointer));
    if (!isObject(schema) || typeof schema.minLength !== 'number' || typeof schema.maxLength !== 'number') throw new Error(`${spec.specFile}${pointer} has no minLength/maxLength`);
    return { min: schema.minLength, max: schema.maxLength };
  };
  const sessionIdRef = spec.operation('getSession').parameters.find((parameter) => parameter.name === 'sessionId')?.schemaRef ?? '';
  const sessionId = length(sessionIdRef.slice(sessionIdRef.indexOf('#')));
  const sessionToken = length('#/components/schemas/SetSessionRequest/properties/sessionToken');
  const userId = length('#/components/schemas/CheckUser/properties/userId');
  const loginName = length('#/components/schemas/CheckUser/properties/loginName');
  const password = length('#/components/schemas/CheckPassword/properties/password');

  return {
    sessionRef(message, request) {
      check(message, 'SessionId', request.sessionId, sessionId);
      // proto3 `optional`: an absent token is undefined; a present one obeys the same limits as on REST.
      if (request.sessionToken !== undefined) check(message, 'SessionToken', request.sessionToken, sessionToken);
    },
    checks(message, checks) {
      if (checks?.user) {
        const { search } = checks.user;
        if (search.case === undefined) throw invalidArgument('invalid CheckUser.Search: value is required');
        if (search.case === 'userId') check(message, 'Checks.User.UserId', search.value, userId);
        else check(message, 'Checks.User.LoginName', search.value, loginName);
      }
      if (checks?.password) check(message, 'Checks.Password.Password', checks.password.password, password);
    },
  };
}

function check(message: string, field: string, value: string, { min, max }: Length): void {
  const runes = [...value].length;
  if (runes < min || runes > max) throw invalidArgument(`invalid ${message}.${field}: value length must be between ${min} and ${max} runes, inclusive`);
}
