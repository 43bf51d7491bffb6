import type { Checks } from '@zitadel/proto/zitadel/session/v2/session_service_pb';
import { invalidArgument } from '../model/errors';

/**
 * The request constraints ZITADEL's protoc-gen-validate rules enforce (and our REST spec mirrors): ids, tokens and
 * check values are at most 200 characters, ids and check values not empty. Code 3, without an ErrorDetail.
 */
const MAX = 200;

type Rule = [field: string, value: string | undefined, min: 0 | 1];

function check(message: string, rules: Rule[]): void {
  for (const [field, value, min] of rules) {
    if (value === undefined) continue;
    const length = [...value].length;
    if (length < min || length > MAX) throw invalidArgument(`invalid ${message}.${field}: value length must be between ${min} and ${MAX} runes, inclusive`);
  }
}

function checksRules(checks: Checks | undefined): Rule[] {
  if (!checks) return [];
  const rules: Rule[] = [];
  if (checks.user) {
    if (checks.user.search.case === undefined) throw invalidArgument('invalid CheckUser.Search: value is required');
    rules.push([`Checks.User.${checks.user.search.case === 'userId' ? 'UserId' : 'LoginName'}`, checks.user.search.value, 1]);
  }
  if (checks.password) rules.push(['Checks.Password.Password', checks.password.password, 1]);
  return rules;
}

export function validateSessionRef(message: string, request: { sessionId: string; sessionToken?: string }): void {
  check(message, [
    ['SessionId', request.sessionId, 1],
    // proto3 `optional`: an absent token is undefined; a present one must not be empty (as on REST).
    ['SessionToken', request.sessionToken, 1],
  ]);
}

export function validateChecks(message: string, checks: Checks | undefined): void {
  check(message, checksRules(checks));
}
