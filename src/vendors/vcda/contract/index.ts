import type { VendorContract } from '../../../contract/types';
import { idleExpiry } from './expiry';
import { extendAttachesSite } from './extend';
import { logoutInvalidates } from './lifecycle';
import { loginRefused } from './login-refused';
import { extendRefused, tokenRequired } from './refusals';
import { serverFailure } from './server-failure';

/** The VCDA contract: scenarios over specs/vcda.yaml and what a staging team provides to run them. */
export const vcdaContract: VendorContract = {
  scenarios: [logoutInvalidates, loginRefused, extendAttachesSite, tokenRequired, extendRefused, idleExpiry, serverFailure],
  credentialKeys: {
    user: 'a VMware Cloud Director organization user (user@org) who can log in at the local site (login type vcdCredentials)',
    password: "that user's password",
    remoteSite: 'the name of a site paired with the local one, which extend attaches and shrink forgets',
    remoteUser: 'a VMware Cloud Director user (user@org) known at the remote site (extend type credentials)',
    remotePassword: "that remote user's password",
    remoteCookie: 'a VMware Cloud Director auth cookie valid at the remote site (extend type cookie)',
    remoteAccessToken: 'a VMware Cloud Director access token (jwt) valid at the remote site (extend type vcdAccessToken)',
  },
  // fixtures/default/vcda.yaml
  defaultCredentials: {
    user: 'admin1@Org1',
    password: 'password',
    remoteSite: 'site2',
    remoteUser: 'admin1@org2',
    remotePassword: 'password',
    remoteCookie: 'f12977876fef48a6b032ffdb2cdf22d7',
    remoteAccessToken: 'eyJhbGciOiJSUzI1NiJ9....',
  },
};
