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

test('blanks secret-named fields inside JSON bodies sent as text and secret-named query parameters', () => {
  const { scrub } = createRedactor({ values: [], headers: [] });
  const out = scrub({
    request: { url: 'http://x/v2/sessions/1?sessionToken=abc123&view=full', body: '{"sessionToken":"abc123","checks":{"password":{"password":"p"}}}' },
    response: { text: '{"token":"eyJ.x.y","userId":1}', body: { token: 'eyJ.x.y' } },
  });
  expect(out).toEqual({
    request: { url: 'http://x/v2/sessions/1?sessionToken=***&view=full', body: '{"sessionToken":"***","checks":{"password":{"password":"***"}}}' },
    response: { text: '{"token":"***","userId":1}', body: { token: '***' } },
  });
});
