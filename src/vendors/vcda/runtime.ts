import { randomUUID } from 'node:crypto';
import { randomHex, tokenDigest } from '../../core/tokens';
import { MintError, type MintedSession, type VendorContext, type VendorRuntime } from '../../core/vendor';
import { createAuthenticate, type VcdaPrincipal } from './auth';
import { Directory } from './directory';
import { createVcdaErrors } from './errors';
import type { VcdaFixtures } from './fixtures';
import { createHandlers } from './handlers';
import { startSession, type VcdaSession } from './model';

export function createVcdaRuntime(context: VendorContext<VcdaFixtures>): VendorRuntime<VcdaPrincipal> {
  const { api, clock, store, fixtures } = context;
  const directory = new Directory(fixtures);
  const idleTimeoutMs = fixtures.idleTimeoutMs;

  const open = (id: string, token: string, user: string, lastUsed: number): VcdaSession => {
    const principal = directory.principal(user);
    if (!principal) throw new MintError(`no ${api} user ${JSON.stringify(user)} in the fixtures; use one of their localUsers, ssoUsers or vcdUsers`);
    return startSession({ api, id, tokenDigest: tokenDigest(token), ...principal, lastUsed, idleTimeoutMs });
  };

  return {
    authenticate: createAuthenticate(context.spec, store, clock),
    handlers: createHandlers({ api, store, clock, directory, idleTimeoutMs }),
    errors: createVcdaErrors(context.spec),
    async seed() {
      const now = clock.now();
      for (const entry of fixtures.sessions) {
        await store.put(open(entry.id, entry.token, entry.user, now - (fixtures.idleForMs.get(entry.id) ?? 0)));
      }
    },
    async mint(user: string): Promise<MintedSession> {
      const token = randomHex(16);
      const session = open(randomUUID(), token, user, clock.now());
      await store.insert(session);
      return { api, id: session.id, user: session.user, headers: { 'X-VCAV-Auth': token }, token };
    },
  };
}
