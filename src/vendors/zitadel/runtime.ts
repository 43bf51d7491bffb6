import { randomToken } from '../../core/tokens';
import { MintError, type MintedSession, type VendorContext, type VendorRuntime } from '../../core/vendor';
import { createAuthenticate } from './auth';
import { createZitadelErrors } from './errors';
import type { ZitadelFixtures } from './fixtures';
import { createHandlers } from './handlers';
import { Directory } from './model/directory';
import { newSessionId, SessionService } from './model/service';
import type { Caller } from './model/types';
import { fixtureRecord, mintedRecord } from './seed';

/** The ZITADEL vendor for one server: REST handlers over the transport-neutral session model. */
export function createZitadelRuntime(context: VendorContext<ZitadelFixtures>): VendorRuntime<Caller> {
  const { api, store, clock, fixtures, spec } = context;
  const directory = new Directory(fixtures);
  const service = new SessionService({ api, store, clock, directory });
  return {
    authenticate: createAuthenticate(directory),
    handlers: createHandlers(service),
    errors: createZitadelErrors(spec),
    rpc: {
      // The service's full name (zitadel.session.v2.SessionService), written out so the descriptors load only on use.
      pathPrefixes: ['/zitadel.session.v2.SessionService/'],
      load: async () => (await import('./rpc')).createZitadelRpc(service, directory, spec),
    },
    async seed() {
      const now = clock.now();
      for (const session of fixtures.sessions) await store.put(fixtureRecord(api, session, directory, now));
    },
    async mint(user): Promise<MintedSession> {
      const found = directory.find(user);
      if (!found) throw new MintError(`no zitadel user ${JSON.stringify(user)} in the fixtures; known: ${fixtures.users.map((u) => u.name).join(', ')}`);
      const sessionToken = randomToken(48);
      const record = mintedRecord(api, newSessionId(), found, sessionToken, clock.now());
      await store.insert(record);
      return { api, id: record.id, user: found.name, sessionToken, headers: { Authorization: `Bearer ${directory.defaultServiceUser.pat}` } };
    },
  };
}
