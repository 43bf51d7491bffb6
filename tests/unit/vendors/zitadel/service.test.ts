import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { VirtualClock } from '../../../../src/core/clock';
import { MemorySessionStore } from '../../../../src/core/store/memory-store';
import { parseZitadelFixtures } from '../../../../src/vendors/zitadel/fixtures';
import { Directory, SessionService, ZitadelError } from '../../../../src/vendors/zitadel/model';

const FILE = 'fixtures/default/zitadel.yaml';
const directory = new Directory(parseZitadelFixtures(parse(readFileSync(FILE, 'utf8')), FILE));
const clock = new VirtualClock(() => Date.parse('2024-03-05T14:00:00.000Z'));
const service = new SessionService({ api: 'zitadel', store: new MemorySessionStore(), clock, directory });
const caller = directory.authenticate('zitadel-login-client-pat');

const rejection = async (promise: Promise<unknown>): Promise<Pick<ZitadelError, 'code' | 'id' | 'key' | 'text'>> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ZitadelError);
  const { code, id, key, text } = error as ZitadelError;
  return { code, id, key, text };
};

test('serves a session without any transport: create, set with bytes metadata, get', async () => {
  const created = await service.createSession(caller, { checks: { user: { loginName: 'alice@example.com' } }, lifetimeMs: 60_000 });
  expect(created.details).toEqual({ sequence: 4, changeDate: clock.now(), resourceOwner: '69629023906488334' });
  const set = await service.setSession(caller, { sessionId: created.sessionId, sessionToken: created.sessionToken, metadata: new Map([['theme', Buffer.from('dark')]]) });
  expect(set.details.sequence).toBe(6);
  const session = await service.getSession(caller, { sessionId: created.sessionId });
  expect(Buffer.from(session.metadata.get('theme')!).toString()).toBe('dark');
  expect(session.expirationDate).toBe(clock.now() + 60_000);
});

test('raises typed errors with gRPC code, id, i18n key and English text', async () => {
  const created = await service.createSession(caller, {});
  await service.setSession(caller, { sessionId: created.sessionId, metadata: new Map([['a', Buffer.from('1')]]) });
  expect(await rejection(service.setSession(caller, { sessionId: created.sessionId, sessionToken: created.sessionToken }))).toEqual({
    code: 7,
    id: 'COMMAND-sGr42',
    key: 'Errors.Session.Token.Invalid',
    text: 'Session Token is invalid',
  });
  expect((await rejection(service.getSession(caller, { sessionId: 'nope' }))).id).toBe('QUERY-SFeaa');
  expect(() => directory.authenticate(undefined)).toThrow(ZitadelError);
});
