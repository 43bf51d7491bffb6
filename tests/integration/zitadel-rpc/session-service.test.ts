import { Code } from '@connectrpc/connect';
import { useMock } from '../../helpers/mock';
import { ALICE, NO_PERMISSION_PAT } from '../zitadel/helpers';
import { byLoginName, failure, sessionClient, TRANSPORT_NAMES } from './helpers';

const served = useMock({ apis: ['zitadel'] });

describe.each(TRANSPORT_NAMES)('SessionService over %s with the official client', (transport) => {
  const client = (token?: string) => sessionClient(transport, served.mock.url, token);

  test('create, get and set: set rotates the session token and increases the sequence', async () => {
    const created = await client().createSession({ checks: byLoginName(ALICE.loginName) });
    const got = await client().getSession({ sessionId: created.sessionId, sessionToken: created.sessionToken });
    expect(got.session?.factors?.user?.id).toBe(ALICE.id);
    expect(got.session?.sequence).toBe(created.details?.sequence);

    const set = await client().setSession({ sessionId: created.sessionId, sessionToken: created.sessionToken, checks: { password: { password: ALICE.password } } });
    expect(set.sessionToken).not.toBe(created.sessionToken);
    expect(set.details!.sequence).toBeGreaterThan(created.details!.sequence);
    const after = await client().getSession({ sessionId: created.sessionId, sessionToken: set.sessionToken });
    expect(after.session?.factors?.password?.verifiedAt).toBeDefined();
  });

  test('the token before a rotation is PermissionDenied: COMMAND-sGr42 on set, QUERY-dsfr3 on get', async () => {
    const created = await client().createSession({ checks: byLoginName(ALICE.loginName) });
    await client().setSession({ sessionId: created.sessionId, sessionToken: created.sessionToken, metadata: { step: new TextEncoder().encode('1') } });
    const stale = { sessionId: created.sessionId, sessionToken: created.sessionToken };
    const refusedSet = await failure(client().setSession({ ...stale, metadata: { step: new TextEncoder().encode('2') } }));
    expect(refusedSet).toEqual({ code: Code.PermissionDenied, message: 'Session Token is invalid (COMMAND-sGr42)', detailId: 'COMMAND-sGr42' });
    // internal/query/session.go SessionByID: the key Errors.PermissionDenied has no English text, so it is sent as is.
    const refusedGet = await failure(client().getSession(stale));
    expect(refusedGet).toEqual({ code: Code.PermissionDenied, message: 'Errors.PermissionDenied (QUERY-dsfr3)', detailId: 'QUERY-dsfr3' });
  });

  test('an unknown PAT is Unauthenticated with AUTH-7fs1e', async () => {
    expect(await failure(client('no-such-pat').listSessions({}))).toEqual({ code: Code.Unauthenticated, message: 'Token is invalid (AUTH-7fs1e)', detailId: 'AUTH-7fs1e' });
  });

  test('a PAT without session permissions is PermissionDenied', async () => {
    const refused = await failure(client(NO_PERMISSION_PAT).createSession({}));
    expect(refused).toMatchObject({ code: Code.PermissionDenied, detailId: 'AUTH-AWfge' });
  });

  test('a wrong password is InvalidArgument with COMMAND-3M0fs', async () => {
    const refused = await failure(client().createSession({ checks: { ...byLoginName(ALICE.loginName), password: { password: 'wrong' } } }));
    expect(refused).toEqual({ code: Code.InvalidArgument, message: 'Password is invalid (COMMAND-3M0fs)', detailId: 'COMMAND-3M0fs' });
  });

  test('an empty session id or an over-long token is InvalidArgument without an ErrorDetail', async () => {
    expect(await failure(client().getSession({ sessionId: '' }))).toEqual({ code: Code.InvalidArgument, message: 'invalid GetSessionRequest.SessionId: value length must be between 1 and 200 runes, inclusive', detailId: undefined });
    expect((await failure(client().setSession({ sessionId: '1', sessionToken: 'x'.repeat(201) }))).code).toBe(Code.InvalidArgument);
  });

  test('get after delete is NotFound', async () => {
    const created = await client().createSession({});
    await client().deleteSession({ sessionId: created.sessionId, sessionToken: created.sessionToken });
    expect(await failure(client().getSession({ sessionId: created.sessionId }))).toMatchObject({ code: Code.NotFound, detailId: 'QUERY-SFeaa' });
  });

  test('list finds the session by id and by user', async () => {
    const created = await client().createSession({ checks: byLoginName(ALICE.loginName) });
    const byId = await client().listSessions({ queries: [{ query: { case: 'idsQuery', value: { ids: [created.sessionId] } } }] });
    expect(byId.sessions.map((session) => session.id)).toEqual([created.sessionId]);
    expect(byId.details?.totalResult).toBe(1n);
    const byUser = await client().listSessions({ queries: [{ query: { case: 'userIdQuery', value: { id: ALICE.id } } }] });
    expect(byUser.sessions.map((session) => session.id)).toContain(created.sessionId);
  });

  test('a session expires when the virtual clock passes its lifetime', async () => {
    const created = await client().createSession({ checks: byLoginName(ALICE.loginName), lifetime: { seconds: 60n } });
    served.mock.admin.advanceClock('PT2M');
    const refused = await failure(client().setSession({ sessionId: created.sessionId, sessionToken: created.sessionToken, checks: { password: { password: ALICE.password } } }));
    expect(refused).toEqual({ code: Code.FailedPrecondition, message: 'Session has expired (COMMAND-Hkl3d)', detailId: 'COMMAND-Hkl3d' });
  });
});
