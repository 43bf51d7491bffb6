import { secretsEqual } from '../../core/tokens';
import type { Account, VcdaFixtures, VcdUser } from './fixtures';
import type { SiteAuth } from './model';

/** Who a session belongs to, as login or mint starts it. */
export interface Principal {
  user: string;
  roles: string[];
  authenticatedSites: SiteAuth[];
}

/** Why a login failed: the user name the client sent, when it sent one (the 401 names it). */
export interface LoginFailure {
  failedUser?: string;
}

/** A string field the client sent; own properties only, so `__proto__` or `constructor` never answer. */
export function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, name)) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

export function orgOf(vcdUser: string): string {
  return vcdUser.slice(vcdUser.lastIndexOf('@') + 1);
}

/** The fixtures' users, sites, cookies and tokens, and every credential check made against them. */
export class Directory {
  constructor(private readonly world: VcdaFixtures) {}

  knowsSite(site: string): boolean {
    return site === this.world.localSite || this.world.pairedSites.includes(site);
  }

  /** The principal a login body stands for, or why not. The body has passed the spec's validation. */
  login(body: unknown): Principal | LoginFailure {
    const secret = (name: string) => field(body, name) ?? '';
    switch (field(body, 'type')) {
      case 'localUser':
        return this.account(this.world.localUsers, secret('localUser'), secret('localPassword'));
      case 'ssoCredentials':
        return this.account(this.world.ssoUsers, secret('username'), secret('password'));
      case 'vcdCredentials': {
        const user = this.vcdUser(secret('vcdUser'), secret('vcdPassword'));
        return user && this.validAt(user, this.world.localSite) ? this.vcdPrincipal(user) : { failedUser: secret('vcdUser') };
      }
      case 'vcdCookie':
        return this.issued(this.world.vcdCookies.find((entry) => secretsEqual(entry.cookie, secret('vcdCookie'))));
      case 'vcdAccessToken':
        return this.issued(this.world.vcdAccessTokens.find((entry) => secretsEqual(entry.token, secret('vcdAccessToken'))));
      default:
        return {};
    }
  }

  /**
   * The `{org, site}` an extend body authenticates at `site`, or undefined when that site's Cloud Director
   * rejects it. Login's field names (`vcdUser`, `vcdCookie`) are accepted as the spec decides.
   */
  remoteAuth(body: unknown, site: string): SiteAuth | undefined {
    const user = this.remoteUser(body);
    return user && this.validAt(user, site) ? { org: orgOf(user.user), site } : undefined;
  }

  /** The principal of a fixture user by name (for mint and the pre-issued sessions). */
  principal(name: string): Principal | undefined {
    const vcd = this.world.vcdUsers.find((user) => sameVcdUser(user.user, name));
    if (vcd) return this.vcdPrincipal(vcd);
    const other = [...this.world.localUsers, ...this.world.ssoUsers].find((account) => account.user === name);
    return other && { user: other.user, roles: [...other.roles], authenticatedSites: [] };
  }

  private remoteUser(body: unknown): VcdUser | undefined {
    switch (field(body, 'type')) {
      case 'credentials':
        return this.vcdUser(field(body, 'vcdUsername') ?? field(body, 'vcdUser') ?? '', field(body, 'vcdPassword') ?? '');
      case 'cookie': {
        const cookie = field(body, 'cookie') ?? field(body, 'vcdCookie') ?? '';
        return this.userOf(this.world.vcdCookies.find((entry) => secretsEqual(entry.cookie, cookie)));
      }
      case 'vcdAccessToken': {
        const token = field(body, 'vcdAccessToken') ?? '';
        return this.userOf(this.world.vcdAccessTokens.find((entry) => secretsEqual(entry.token, token)));
      }
      default:
        return undefined;
    }
  }

  private account(accounts: Account[], user: string, password: string): Principal | LoginFailure {
    const found = accounts.find((account) => account.user === user && secretsEqual(account.password, password));
    return found ? { user: found.user, roles: [...found.roles], authenticatedSites: [] } : { failedUser: user };
  }

  private vcdUser(name: string, password: string): VcdUser | undefined {
    return this.world.vcdUsers.find((user) => sameVcdUser(user.user, name) && secretsEqual(user.password, password));
  }

  private userOf(entry: { user: string } | undefined): VcdUser | undefined {
    return entry && this.world.vcdUsers.find((user) => user.user === entry.user);
  }

  private issued(entry: { user: string } | undefined): Principal | LoginFailure {
    const user = this.userOf(entry);
    return user && this.validAt(user, this.world.localSite) ? this.vcdPrincipal(user) : {};
  }

  private validAt(user: VcdUser, site: string): boolean {
    return user.sites.includes(site);
  }

  private vcdPrincipal(user: VcdUser): Principal {
    return { user: user.user, roles: [...user.roles], authenticatedSites: [{ org: orgOf(user.user), site: this.world.localSite }] };
  }
}

/** Cloud Director compares user and organization names without regard to case. */
function sameVcdUser(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
