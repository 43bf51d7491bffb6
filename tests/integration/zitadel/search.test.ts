import { useMock } from '../../helpers/mock';
import { ALICE, bearer, BOB, SEEDED } from './helpers';

const server = useMock({ apis: ['zitadel'] });
const search = (body: object) => server.http().post('/v2/sessions/search').set(bearer()).send(body);
const ids = (body: { sessions: { id: string }[] }) => body.sessions.map((s) => s.id);

test('finds sessions by ids and leaves terminated ones out', async () => {
  const response = await search({ queries: [{ idsQuery: { ids: [SEEDED.alice.id, SEEDED.terminated.id, '1'] } }] });
  expect(response.status).toBe(200);
  expect(ids(response.body)).toEqual([SEEDED.alice.id]);
  expect(response.body.details).toEqual({ totalResult: '1', processedSequence: expect.stringMatching(/^\d+$/), timestamp: expect.any(String) });
});

test('finds the sessions of one user by user id, expired ones included', async () => {
  const response = await search({ queries: [{ userIdQuery: { id: ALICE.id } }], query: { asc: true } });
  expect(ids(response.body).sort()).toEqual([SEEDED.alice.id, SEEDED.expired.id].sort());
  expect((await search({ queries: [{ userIdQuery: { id: BOB.id } }] })).body.sessions).toEqual([]);
});

test('combines queries with a logical AND', async () => {
  const response = await search({ queries: [{ userIdQuery: { id: ALICE.id } }, { idsQuery: { ids: [SEEDED.empty.id, SEEDED.expired.id] } }] });
  expect(ids(response.body)).toEqual([SEEDED.expired.id]);
});

test('finds sessions by creation date', async () => {
  const now = new Date(Date.parse(server.mock.admin.clock().now) - 1000).toISOString();
  const response = await search({ queries: [{ creationDateQuery: { creationDate: now, method: 'TIMESTAMP_QUERY_METHOD_LESS' } }] });
  expect(ids(response.body)).toEqual([SEEDED.expired.id]);
});

test('pages with offset and limit and counts every match in totalResult, newest first by default', async () => {
  server.mock.admin.advanceClock(1);
  const created = await server.http().post('/v2/sessions').set(bearer()).send({});
  const first = await search({ query: { offset: '0', limit: 1 } });
  expect(ids(first.body)).toEqual([created.body.sessionId]);
  expect(first.body.details.totalResult).toBe('4');
  const rest = await search({ query: { offset: '1', limit: 10 } });
  expect(rest.body.sessions).toHaveLength(3);
});
