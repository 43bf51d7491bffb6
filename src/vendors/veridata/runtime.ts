import { randomUUID } from 'node:crypto';
import { DigestAuthority } from '../../core/auth/digest';
import { parseIsoDuration } from '../../core/duration';
import { randomToken, tokenDigest } from '../../core/tokens';
import { MintError, type VendorContext, type VendorRuntime } from '../../core/vendor';
import { isObject } from '../../spec/document';
import type { SpecApi } from '../../spec/types';
import { createAuthenticator, type VeridataPrincipal } from './auth';
import { createVeridataErrors } from './errors';
import type { VeridataFixtures, VeridataFixtureSession, VeridataUser } from './fixtures';
import { createHandlers } from './handlers';
import { signToken } from './jwt';
import { openSession, type IssuedToken, type VeridataSession } from './model';

export function createRuntime(context: VendorContext<VeridataFixtures>): VendorRuntime<VeridataPrincipal> {
  const { fixtures, clock, store, api } = context;
  const users = new Map(fixtures.users.map((user) => [user.name, user]));
  const lifetimeMs = tokenLifetimeMs(context.spec);
  const key = fixtures.signingKey ?? randomToken();
  const digest = new DigestAuthority({ realm: fixtures.realm, nonceMaxAgeMs: parseIsoDuration(fixtures.nonceMaxAge)!, now: () => clock.now(), key: fixtures.signingKey });
  const errors = createVeridataErrors(context.spec, digest);
  const issue = (user: string, sessionId: string): { token: string; issued: IssuedToken } => {
    const issuedMs = clock.now();
    const token = signToken(key, { user, sessionId, issuedMs, expiresMs: issuedMs + lifetimeMs });
    return { token, issued: { digest: tokenDigest(token), issued: issuedMs, expires: issuedMs + lifetimeMs } };
  };

  return {
    authenticate: createAuthenticator({ context, errors, digest, users }),
    handlers: createHandlers({ context, errors, issue }),
    errors,
    async seed() {
      for (const session of fixtures.sessions) {
        const record = fixtureRecord(api, session, users.get(session.user)!, clock.now());
        await store.put(record);
      }
    },
    async mint(name) {
      const user = users.get(name);
      if (!user) throw new MintError(`no ${api} user named ${JSON.stringify(name)} in the fixtures; users: ${[...users.keys()].join(', ')}`);
      const id = randomUUID();
      const { token, issued } = issue(user.name, id);
      await store.insert(openSession({ api, id, user: user.name, userId: user.userId, roles: user.roles, token: issued }));
      return { api, id, user: user.name, headers: { Authorization: `Bearer ${token}` }, token };
    },
  };
}


/** A pre-issued session of the fixtures, issued `issuedAgo` before the seed, with its fixed token. */
function fixtureRecord(api: string, session: VeridataFixtureSession, user: VeridataUser, now: number): VeridataSession {
  const issued = now - parseIsoDuration(session.issuedAgo)!;
  const token = { digest: tokenDigest(session.token), issued, expires: issued + parseIsoDuration(session.validFor)! };
  const record = openSession({ api, id: session.id, user: user.name, userId: user.userId, roles: user.roles, token });
  return { ...record, state: session.state };
}

// 000_bc046bcfc83e86d4.txt: "Token expiration is 1 hour", written in the spec as BearerAuth's x-token-lifetime.
function tokenLifetimeMs(spec: SpecApi): number {
  const scheme = spec.document.components?.securitySchemes?.BearerAuth;
  const lifetime = isObject(scheme) && typeof scheme['x-token-lifetime'] === 'string' ? parseIsoDuration(scheme['x-token-lifetime']) : undefined;
  if (lifetime === undefined) throw new Error(`${spec.specFile}: components.securitySchemes.BearerAuth needs x-token-lifetime (e.g. PT1H)`);
  return lifetime;
}
