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
    /** The i18n key (or ZITADEL's raw text where it uses none); empty for plain gRPC statuses (request validation, a
     * missing Authorization header), which ZITADEL answers without an ErrorDetail. */
    readonly key: string,
    readonly text: string,
  ) {
    // internal/api/grpc/gerrors ZITADELToGRPCError: msg := key; msg += " (" + id + ")" -- even when the id is empty.
    super(key ? `${text} (${id})` : text);
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
  // GetSession checks the token in the query layer (internal/query/session.go): the key has no English text, so
  // ZITADEL sends the key itself.
  sessionReadDenied: { code: 7, id: 'QUERY-dsfr3', key: 'Errors.PermissionDenied', text: 'Errors.PermissionDenied' },
  // internal/api/authz/permissions.go checkUserResourcePermissions: raw text, no i18n key.
  permissionDenied: { code: 7, id: 'AUTH-AWfge', key: 'No matching permissions found', text: 'No matching permissions found' },
  sessionNotFound: { code: 5, id: 'QUERY-SFeaa', key: 'Errors.Session.NotExisting', text: 'Session does not exist' },
  userNotFound: { code: 5, id: 'QUERY-Dfbg2', key: 'Errors.User.NotFound', text: 'User could not be found' },
  passwordInvalid: { code: 3, id: 'COMMAND-3M0fs', key: 'Errors.User.Password.Invalid', text: 'Password is invalid' },
  userCheckMissing: { code: 9, id: 'COMMAND-Sfw3f', key: 'Errors.User.UserIDMissing', text: 'User ID missing' },
  // ZITADEL raises this one with no id and its English text in place of a key; the message still ends in " ()".
  userChanged: { code: 3, id: '', key: 'user change not possible', text: 'user change not possible' },
  sessionTerminated: { code: 9, id: 'COMMAND-Hewfq', key: 'Errors.Session.Terminated', text: 'Session already terminated' },
  sessionExpired: { code: 9, id: 'COMMAND-Hkl3d', key: 'Errors.Session.Expired', text: 'Session has expired' },
  unauthenticated: { code: 16, id: 'AUTH-7fs1e', key: 'Errors.Token.Invalid', text: 'Token is invalid' },
  // The auth interceptor's plain status.Error(codes.Unauthenticated, "auth header missing"): no id, no ErrorDetail.
  authHeaderMissing: { code: 16, id: '', key: '', text: 'auth header missing' },
  internal: { code: 13, id: 'COMMAND-9oe3e', key: 'Errors.Internal', text: 'An internal error occurred' },
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
