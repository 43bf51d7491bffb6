import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Code } from '@connectrpc/connect';
import { useMock } from '../../helpers/mock';
import { ALICE, bearer, PAT, SEEDED } from '../zitadel/helpers';
import { byLoginName, failure, sessionClient } from './helpers';

const served = useMock({ apis: ['zitadel'] });
const grpc = () => sessionClient('grpc', served.mock.url);
const run = promisify(execFile);

describe('REST and RPC share one session model', () => {
  test('a session created over REST is read over gRPC, with the same sequence', async () => {
    const created = await served.http().post('/v2/sessions').set(bearer()).send({ checks: { user: { loginName: ALICE.loginName } } }).expect(201);
    const got = await grpc().getSession({ sessionId: created.body.sessionId, sessionToken: created.body.sessionToken });
    expect(got.session?.factors?.user?.loginName).toBe(ALICE.loginName);
    expect(String(got.session?.sequence)).toBe(created.body.details.sequence);
  });

  test('a session created over gRPC is updated over REST, and the sequence runs on', async () => {
    const created = await grpc().createSession({ checks: byLoginName(ALICE.loginName) });
    const set = await served.http().patch(`/v2/sessions/${created.sessionId}`).set(bearer()).send({ sessionToken: created.sessionToken, checks: { password: { password: ALICE.password } } }).expect(200);
    expect(BigInt(set.body.details.sequence)).toBe(created.details!.sequence + 2n);
    const got = await grpc().getSession({ sessionId: created.sessionId, sessionToken: set.body.sessionToken });
    expect(got.session?.sequence).toBe(BigInt(set.body.details.sequence));
    expect((await failure(grpc().getSession({ sessionId: created.sessionId, sessionToken: created.sessionToken }))).detailId).toBe('QUERY-dsfr3');
  });

  test('fixture and minted sessions are visible over gRPC, and RPC sessions in the admin listing', async () => {
    const minted = await served.mock.admin.mintSession('zitadel', 'alice');
    const got = await grpc().getSession({ sessionId: minted.id, sessionToken: minted.sessionToken as string });
    expect(got.session?.factors?.user?.id).toBe(ALICE.id);
    expect((await grpc().getSession({ sessionId: SEEDED.alice.id })).session?.factors?.password).toBeDefined();
    const created = await grpc().createSession({});
    expect((await served.mock.admin.sessions('zitadel')).map((session) => session.id)).toContain(created.sessionId);
  });
});

describe('the mock controls apply to RPC', () => {
  test('an admin fault with an HTTP status answers the matching gRPC code with the documented error', async () => {
    served.mock.admin.addFault({ api: 'zitadel', operationId: 'setSession', status: 404 });
    const refused = await failure(grpc().setSession({ sessionId: SEEDED.alice.id, sessionToken: SEEDED.alice.token }));
    expect(refused).toMatchObject({ code: Code.NotFound, detailId: 'QUERY-SFeaa' });
    expect(served.mock.admin.requests({ limit: 1 })[0]).toMatchObject({ injected: expect.stringMatching(/^fault /), rpc: { code: 'not_found' } });
  });

  test.each([
    [401, Code.Unauthenticated],
    [403, Code.PermissionDenied],
    [500, Code.Internal],
  ])('prefer: code=%i metadata answers gRPC code %i', async (status, code) => {
    const refused = await failure(grpc().listSessions({}, { headers: { prefer: `code=${status}` } }));
    expect(refused.code).toBe(code);
  });

  test('prefer: code=200 answers the documented example as a message', async () => {
    const got = await grpc().getSession({ sessionId: 'anything' }, { headers: { prefer: 'code=200' } });
    expect(got.session?.id).toMatch(/^\d+$/);
  });

  test('an API marked unavailable answers Unavailable until set back', async () => {
    served.mock.admin.setAvailability('zitadel', false);
    expect((await failure(grpc().listSessions({}))).code).toBe(Code.Unavailable);
    served.mock.admin.setAvailability('zitadel', true);
    await expect(grpc().listSessions({})).resolves.toBeDefined();
  });

  test('the journal records an RPC call with its operation, procedure and code', async () => {
    await failure(grpc().getSession({ sessionId: '1' }));
    const [entry] = served.mock.admin.requests({ api: 'zitadel', limit: 1 });
    expect(entry).toMatchObject({
      operationId: 'getSession',
      path: '/zitadel.session.v2.SessionService/GetSession',
      body: { sessionId: '1' },
      rpc: { protocol: 'grpc', service: 'zitadel.session.v2.SessionService', method: 'GetSession', code: 'not_found' },
      response: { status: 404, body: { code: 'not_found', message: 'Session does not exist (QUERY-SFeaa)' } },
    });
  });
});

describe('one port for HTTP/1.1 and h2c', () => {
  // An empty ListSessionsRequest in one gRPC frame: no compression flag, zero length.
  const EMPTY_FRAME = '\\x00\\x00\\x00\\x00\\x00';

  test('curl speaks gRPC over h2c prior knowledge and REST over HTTP/1.1 to the same port', async () => {
    const grpcCall = await run('sh', ['-c', `printf '${EMPTY_FRAME}' | curl -s -i --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' -H 'authorization: Bearer ${PAT}' --data-binary @- ${served.mock.url}/zitadel.session.v2.SessionService/ListSessions -o /dev/null -w '%{http_version} %{http_code} %header{content-type}'`]);
    expect(grpcCall.stdout).toBe('2 200 application/grpc+proto');
    const rest = await run('curl', ['-s', '--http1.1', '-o', '/dev/null', '-w', '%{http_version} %{http_code}', '-H', `authorization: Bearer ${PAT}`, `${served.mock.url}/v2/sessions/${SEEDED.alice.id}`]);
    expect(rest.stdout).toBe('1.1 200');
  });

  test('REST works over h2c too', async () => {
    const { stdout } = await run('curl', ['-s', '--http2-prior-knowledge', '-H', `authorization: Bearer ${PAT}`, `${served.mock.url}/v2/sessions/${SEEDED.alice.id}`]);
    expect(JSON.parse(stdout).session.id).toBe(SEEDED.alice.id);
  });
});
