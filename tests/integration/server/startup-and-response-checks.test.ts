import supertest from 'supertest';
import type { VendorModule, VendorRuntime } from '../../../src/core/vendor';
import { startMockServer } from '../../../src/server/create-mock-server';
import { vcdaVendor } from '../../../src/vendors/vcda';

/** The real VCDA module with its runtime changed by `change`. */
function vcdaWith(change: (runtime: VendorRuntime) => void): VendorModule {
  return {
    ...vcdaVendor,
    createRuntime: (context) => {
      const runtime = vcdaVendor.createRuntime(context as never) as VendorRuntime;
      change(runtime);
      return runtime;
    },
  };
}

test('start-up fails, naming the operation, when a vendor has no handler for it', async () => {
  const broken = vcdaWith((runtime) => delete runtime.handlers.logout);
  await expect(startMockServer({ vendors: [broken], port: false })).rejects.toThrow(/vcda: no handler for operation logout/);
});

test('start-up fails, naming the pair, when a documented status cannot be produced', async () => {
  const broken = vcdaWith((runtime) => {
    const documented = runtime.errors.documented.bind(runtime.errors);
    runtime.errors.documented = (operationId, status) => (operationId === 'shrinkSession' && status === 400 ? { status: 500 } : documented(operationId, status));
  });
  await expect(startMockServer({ vendors: [broken], port: false })).rejects.toThrow(/vcda shrinkSession: the documented 400 answers 500/);
});

test('with validateResponses an answer that breaks the spec is logged and kept on the journal entry', async () => {
  const lines: string[] = [];
  const broken = vcdaWith((runtime) => {
    runtime.handlers.getSession = () => Promise.resolve({ status: 200, body: { roles: 'not-an-array' } });
  });
  const mock = await startMockServer({ vendors: [broken], port: false, validateResponses: true, log: (line) => lines.push(line) });
  try {
    await supertest(mock.handler).get('/sessions').set('x-vcav-auth', '0a7c9e1d5b3f4a6c8e2d1f0b9a8c7e61').expect(200);
    expect(lines.join('\n')).toMatch(/vcda getSession answered 200 against its spec: body \/roles: must be array/);
    expect(mock.admin.requests()[0]?.violations).toEqual(['body /roles: must be array']);
  } finally {
    await mock.close();
  }
});

test('a handler that throws is answered with the vendor own 500, never a stack trace', async () => {
  const lines: string[] = [];
  const broken = vcdaWith((runtime) => {
    runtime.handlers.getSession = () => Promise.reject(new Error('boom'));
  });
  const mock = await startMockServer({ vendors: [broken], port: false, log: (line) => lines.push(line) });
  try {
    const res = await supertest(mock.handler).get('/sessions').set('x-vcav-auth', '0a7c9e1d5b3f4a6c8e2d1f0b9a8c7e61').expect(500);
    expect(res.body).toMatchObject({ code: 'GeneralServerFailure' });
    expect(res.text).not.toContain('boom');
    expect(lines.join('\n')).toMatch(/vcda getSession failed: Error: boom/);
  } finally {
    await mock.close();
  }
});
