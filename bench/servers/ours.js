'use strict';
// One session-double server in its own process (forked by the bench with --expose-gc). argv: port, live sessions.
// Mints the sessions the load uses through the admin API and `extra` Veridata sessions in bulk through the
// vendor's own mint (in-process, not HTTP), then answers {cmd:'memory'} with RSS after GC and {cmd:'stop'}.
const { createMockServer } = require('../../dist/index.js');

const port = Number(process.argv[2] || 0);
const extra = Number(process.argv[3] || 0);

async function main() {
  const mock = await createMockServer({ port, host: '127.0.0.1', log: () => {} });
  const veridata = await mock.admin.mintSession('veridata', 'veridata');
  const zitadel = await mock.admin.mintSession('zitadel', 'alice');
  const started = performance.now();
  const runtime = mock.state.vendors.get('veridata').runtime;
  for (let i = 0; i < extra; i++) await runtime.mint('veridata');
  const mintSeconds = (performance.now() - started) / 1000;
  process.on('message', (message) => {
    if (message.cmd === 'memory') process.send({ memory: memoryAfterGc() });
    if (message.cmd === 'stop') mock.close().then(() => process.exit(0));
  });
  process.send({
    ready: true,
    url: mock.url,
    mintSeconds,
    sessions: await mock.state.store.count(),
    targets: {
      extend: { url: `${mock.url}/veridata/v1/session/extend`, method: 'GET', headers: { authorization: veridata.headers.Authorization } },
      setSession: {
        url: `${mock.url}/v2/sessions/${zitadel.id}`,
        method: 'PATCH',
        headers: { authorization: zitadel.headers.Authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ checks: { user: { loginName: 'alice@example.com' } } }),
      },
      zitadelSession: { id: zitadel.id, pat: zitadel.headers.Authorization.slice('Bearer '.length) },
    },
  });
}

function memoryAfterGc() {
  for (let i = 0; i < 3; i++) global.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
