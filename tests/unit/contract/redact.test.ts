import { createRedactor } from '../../../src/contract/redact';

test('blanks credential values wherever they appear, credential headers and secret-named fields', () => {
  const { scrub } = createRedactor({ values: ['Welcome@123'], headers: ['X-VCAV-Auth'] });
  const out = scrub({
    url: 'http://x/login?pw=Welcome@123',
    headers: { authorization: 'Basic dmVyaWRhdGE6V2VsY29tZUAxMjM=', 'x-vcav-auth': 'abc', 'content-type': 'application/json' },
    body: { vcdPassword: 'hunter2', sessionToken: 'tok', user: 'admin', note: 'password was Welcome@123' },
  });
  expect(out).toEqual({
    url: 'http://x/login?pw=***',
    headers: { authorization: 'Basic ***', 'x-vcav-auth': '***', 'content-type': 'application/json' },
    body: { vcdPassword: '***', sessionToken: '***', user: 'admin', note: 'password was ***' },
  });
});
