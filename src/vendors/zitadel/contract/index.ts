import type { VendorContract } from '../../../contract/types';
import { malformedRefused, wrongPasswordAndUnknownIds } from './bad-input';
import { deleteInvalidates } from './delete';
import { lifetimeExpiry } from './expiry';
import { tokenRotation } from './rotation';
import { serverFailure } from './server-failure';
import { bearerRequired } from './unauthenticated';

/**
 * The ZITADEL Session Service v2 contract. Scenarios send the REST JSON shapes through `t.send` only, so an RPC
 * transport (gRPC, gRPC-web, Connect) can run them unchanged.
 */
export const zitadelContract: VendorContract = {
  scenarios: [tokenRotation, deleteInvalidates, bearerRequired, malformedRefused, wrongPasswordAndUnknownIds, lifetimeExpiry, serverFailure],
  credentialKeys: {
    pat: 'a personal access token of a service user allowed to read, write and delete sessions',
    loginName: 'the login name of a human test user',
    password: "that test user's password",
    noPermissionPat: 'a personal access token of a service user without session permissions (empty: the 403 steps are left out)',
  },
  // fixtures/default/zitadel.yaml
  defaultCredentials: {
    pat: 'zitadel-login-client-pat',
    loginName: 'alice@example.com',
    password: 'Password1!',
    noPermissionPat: 'zitadel-no-permission-pat',
  },
};
