import type { VendorContract } from '../../../contract/types';
import { jobOperatorSession, serverErrors } from './controls';
import { extendedTokenOutlivesOld, tokenExpires } from './expiry';
import { extendMovesExpiry, loginExtendInvalidate } from './lifecycle';
import { malformedRequests, unknownPaths } from './malformed';
import { loginChallenge, loginRefusesBadCredentials, loginRefusesRoleLessUser, sessionRefusesBadTokens } from './refusals';

/** Veridata's contract scenarios: every operation of specs/veridata.yaml and every documented status. */
export const veridataContract: VendorContract = {
  scenarios: [
    loginExtendInvalidate,
    extendMovesExpiry,
    loginRefusesBadCredentials,
    loginRefusesRoleLessUser,
    loginChallenge,
    sessionRefusesBadTokens,
    malformedRequests,
    unknownPaths,
    tokenExpires,
    extendedTokenOutlivesOld,
    jobOperatorSession,
    serverErrors,
  ],
  credentialKeys: {
    username: 'a Veridata user holding a login role (e.g. Administrator)',
    password: "that user's password",
    roleLessUsername:
      "a Veridata user holding none of login's roles, e.g. JobOperator only (against a mock with controls, also minted to show JobOperator may extend and invalidate)",
    roleLessPassword: "that user's password",
  },
  defaultCredentials: { username: 'veridata', password: 'Welcome@123', roleLessUsername: 'jobop', roleLessPassword: 'Jobop@123' },
};
