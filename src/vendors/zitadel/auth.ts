import { readAuthorization } from '../../core/http-auth';
import type { AuthOutcome, VendorRequest } from '../../core/vendor';
import { errorResponse } from './errors';
import type { Directory } from './model/directory';
import { ZitadelError } from './model/errors';
import type { Caller } from './model/types';

/** `Authorization: Bearer <PAT>` -> the caller; anything else is ZITADEL's 401 code 16. */
export function createAuthenticate(directory: Directory) {
  return function authenticate(request: VendorRequest): Promise<AuthOutcome<Caller>> {
    const authorization = readAuthorization(request.headers);
    const bearer = authorization?.scheme === 'bearer' && authorization.value !== '' ? authorization.value : undefined;
    try {
      return Promise.resolve({ principal: directory.authenticate(bearer, authorization !== undefined) });
    } catch (error) {
      if (error instanceof ZitadelError) return Promise.resolve({ response: errorResponse(error) });
      throw error;
    }
  };
}
