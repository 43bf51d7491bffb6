/**
 * A ZITADEL error as every transport carries it: a gRPC code, the error id clients match on, the i18n key and the
 * English text ZITADEL translates the key into before it sends (REST, gRPC, gRPC-web and Connect alike).
 */
export class ZitadelError extends Error {
  constructor(
    /** The catalogue case, e.g. `tokenInvalid`; the spec names its examples after these. */
    readonly caseName: string,
    /** gRPC status code: 3 InvalidArgument, 5 NotFound, 7 PermissionDenied, 9 FailedPrecondition, 13, 16. */
    readonly code: number,
    /** ZITADEL's error id, e.g. `COMMAND-sGr42`; empty where ZITADEL gives none. */
    readonly id: string,
    /** The i18n key; empty for request validation, which ZITADEL answers without an ErrorDetail. */
    readonly key: string,
    readonly text: string,
  ) {
    super(id ? `${text} (${id})` : text);
    this.name = 'ZitadelError';
  }
}

interface CatalogueEntry {
  code: number;
  id: string;
  key: string;
  text: string;
}

/** Every error the session model raises, keyed by case (the spec's example names). */
export const ERROR_CATALOGUE = {
  tokenInvalid: { code: 7, id: 'COMMAND-sGr42', key: 'Errors.Session.Token.Invalid', text: 'Session Token is invalid' },
  permissionDenied: { code: 7, id: 'AUTH-5mWD2', key: 'Errors.Permission.Denied', text: 'No matching permissions found' },
  sessionNotFound: { code: 5, id: 'QUERY-SFeaa', key: 'Errors.Session.NotExisting', text: 'Session does not exist' },
  userNotFound: { code: 5, id: 'QUERY-Dfbg2', key: 'Errors.User.NotFound', text: 'User could not be found' },
  passwordInvalid: { code: 3, id: 'COMMAND-3M0fs', key: 'Errors.User.Password.Invalid', text: 'Password is invalid' },
  userCheckMissing: { code: 9, id: 'COMMAND-Sfw3f', key: 'Errors.User.UserIDMissing', text: 'User ID missing' },
  // ZITADEL raises this one with no id and its English text in place of a key.
  userChanged: { code: 3, id: '', key: 'user change not possible', text: 'user change not possible' },
  sessionTerminated: { code: 9, id: 'COMMAND-Hewfq', key: 'Errors.Session.Terminated', text: 'Session already terminated' },
  sessionExpired: { code: 9, id: 'COMMAND-Hkl3d', key: 'Errors.Session.Expired', text: 'Session is expired' },
  unauthenticated: { code: 16, id: 'AUTH-7fs1e', key: 'Errors.Token.Invalid', text: 'Token is invalid' },
  internal: { code: 13, id: 'COMMAND-9oe3e', key: 'Errors.Internal', text: 'Internal error' },
} satisfies Record<string, CatalogueEntry>;

export type ErrorCaseName = keyof typeof ERROR_CATALOGUE;

export function zitadelError(name: ErrorCaseName): ZitadelError {
  const entry: CatalogueEntry = ERROR_CATALOGUE[name];
  return new ZitadelError(name, entry.code, entry.id, entry.key, entry.text);
}

/** A request that breaks the message's constraints (code 3); ZITADEL sends these without an ErrorDetail. */
export function invalidArgument(text: string): ZitadelError {
  return new ZitadelError('requestInvalid', 3, '', '', text);
}
