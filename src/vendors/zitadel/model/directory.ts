import { secretsEqual } from '../../../core/tokens';
import type { ServiceUserFixture, UserFixture, ZitadelFixtures } from '../fixtures';
import { zitadelError } from './errors';
import type { Caller, UserCheck } from './types';

/** The fixtures' users and service users, looked up the way ZITADEL looks them up. */
export class Directory {
  private readonly byId = new Map<string, UserFixture>();
  private readonly byLoginName = new Map<string, UserFixture>();

  constructor(private readonly fixtures: ZitadelFixtures) {
    for (const user of fixtures.users) {
      this.byId.set(user.id, user);
      // ZITADEL matches login names without regard to case.
      this.byLoginName.set(user.loginName.toLowerCase(), user);
    }
  }

  get instanceId(): string {
    return this.fixtures.instanceId;
  }

  get defaultServiceUser(): ServiceUserFixture {
    return this.fixtures.serviceUsers[0]!;
  }

  user(id: string): UserFixture | undefined {
    return this.byId.get(id);
  }

  /** The user a check names by userId or loginName; an unknown one is 404 code 5 "User could not be found". */
  resolve(check: UserCheck): UserFixture {
    const found = check.userId !== undefined ? this.byId.get(check.userId) : this.byLoginName.get((check.loginName ?? '').toLowerCase());
    if (!found) throw zitadelError('userNotFound');
    return found;
  }

  /** A fixture user by its fixture name, login name or id (for minting). */
  find(user: string): UserFixture | undefined {
    return this.fixtures.users.find((u) => u.name === user) ?? this.byLoginName.get(user.toLowerCase()) ?? this.byId.get(user);
  }

  verifyPassword(userId: string, password: string): boolean {
    const user = this.byId.get(userId);
    return user !== undefined && secretsEqual(user.password, password);
  }

  /**
   * The caller a bearer token stands for. No Authorization header at all is 401 code 16 "auth header missing" (the
   * auth interceptor's plain status, no ErrorDetail); a header that carries no known PAT is 401 "Token is invalid
   * (AUTH-7fs1e)".
   */
  authenticate(bearer: string | undefined, headerPresent = true): Caller {
    if (!headerPresent) throw zitadelError('authHeaderMissing');
    let found: ServiceUserFixture | undefined;
    // Compare against every PAT so the time taken does not tell which one came close.
    for (const serviceUser of this.fixtures.serviceUsers) if (bearer !== undefined && secretsEqual(serviceUser.pat, bearer)) found = serviceUser;
    if (!found) throw zitadelError('unauthenticated');
    return { id: found.id, name: found.name, permissions: new Set(found.permissions) };
  }
}
