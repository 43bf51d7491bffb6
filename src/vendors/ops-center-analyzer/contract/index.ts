import type { VendorContract } from '../../../contract/types';
import { serverUnavailableAndFailing } from './controls';
import { sessionSlides, sessionTimesOut } from './expiry';
import { keepAliveMovesExpiry, listPrepareInvoke } from './flow';
import { jobWellFormed } from './job-well-formed';
import { malformedInvoke, unknownAction } from './malformed';
import { refusesBadCredentials, refusesUserWithoutPermission } from './refusals';

/** Ops Center Analyzer's contract scenarios: every operation of specs/ops-center-analyzer.yaml and every documented status. */
export const opsCenterAnalyzerContract: VendorContract = {
  scenarios: [
    listPrepareInvoke,
    keepAliveMovesExpiry,
    refusesBadCredentials,
    refusesUserWithoutPermission,
    malformedInvoke,
    unknownAction,
    sessionTimesOut,
    sessionSlides,
    serverUnavailableAndFailing,
  ],
  credentialKeys: {
    username: 'an Ops Center Analyzer user with Admin, StorageOps, Modify or User Management',
    password: "that user's password",
    noExecuteUsername: 'a user who may log in but holds none of Admin, StorageOps, Modify, User Management (e.g. View only)',
    noExecutePassword: "that user's password",
  },
  defaultCredentials: { username: 'system', password: 'manager', noExecuteUsername: 'viewer', noExecutePassword: 'viewer' },
  checks: { job_well_formed: jobWellFormed },
};
