import { useMock } from '../../helpers/mock';
import { b64, bearer, SEEDED } from './helpers';

const server = useMock({ apis: ['zitadel'] });

test('counts each of 200 concurrent metadata updates exactly once in the sequence, with no 500', async () => {
  const before = await server.http().get(`/v2/sessions/${SEEDED.alice.id}`).set(bearer());
  const start = Number(before.body.session.sequence);
  const updates = Array.from({ length: 200 }, (_, i) =>
    server.http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ metadata: { [`key-${i}`]: b64(String(i)) } }),
  );
  const responses = await Promise.all(updates);
  expect(responses.map((r) => r.status)).toEqual(Array(200).fill(200));
  const sequences = responses.map((r) => Number(r.body.details.sequence)).sort((a, b) => a - b);
  expect(new Set(sequences).size).toBe(200);
  expect(sequences.at(-1)).toBe(start + 200 * 2);
  const after = await server.http().get(`/v2/sessions/${SEEDED.alice.id}`).set(bearer());
  expect(after.body.session.sequence).toBe(String(start + 400));
  expect(Object.keys(after.body.session.metadata)).toHaveLength(200);
  expect(new Set(responses.map((r): string => String(r.body.sessionToken))).size).toBe(200);
});

test('lets exactly one of 50 concurrent updates with the same token win; the rest see 403 COMMAND-sGr42', async () => {
  const updates = Array.from({ length: 50 }, (_, i) =>
    server.http().patch(`/v2/sessions/${SEEDED.alice.id}`).set(bearer()).send({ sessionToken: SEEDED.alice.token, metadata: { k: b64(String(i)) } }),
  );
  const statuses = (await Promise.all(updates)).map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 403)).toHaveLength(49);
});
