import { sendHttp, type HttpOptions } from './http-client';
import type { MockControls } from './types';

/** True when the target answers `GET /__admin/health` like a session-double mock serving `api`. */
export async function detectMockControls(baseUrl: string, api: string, http: HttpOptions, adminToken: string | undefined): Promise<boolean> {
  try {
    const response = await sendHttp({ method: 'GET', url: `${baseUrl}/__admin/health`, headers: authHeaders(adminToken), body: undefined }, http);
    const body = response.body as { status?: unknown; apis?: unknown } | undefined;
    return response.status === 200 && body?.status === 'ok' && Array.isArray(body.apis) && body.apis.includes(api);
  } catch {
    return false;
  }
}

/** The admin API of the mock at `baseUrl`, for one API. */
export function createMockControls(baseUrl: string, api: string, http: HttpOptions, adminToken: string | undefined): MockControls {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const headers = { ...authHeaders(adminToken), ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const response = await sendHttp({ method, url: `${baseUrl}/__admin${path}`, headers, body: body === undefined ? undefined : JSON.stringify(body) }, http);
    if (response.status >= 300) throw new Error(`the mock's admin API answered ${method} ${path} with ${response.status}: ${response.text}`);
    return response.body;
  };
  const faultExists = async (id: string): Promise<boolean> => ((await call('GET', '/faults')) as { id: string }[]).some((fault) => fault.id === id);
  return {
    advanceClock: async (by) => void (await call('POST', '/clock', { advance: by })),
    addFault: async (fault) => ((await call('POST', '/faults', { api, ...fault })) as { id: string }).id,
    removeFault: async (id) => {
      // A fault that already fired is gone: removing it again is no error.
      if (!(await faultExists(id))) return;
      await call('DELETE', `/faults/${encodeURIComponent(id)}`);
    },
    setAvailability: async (available) => void (await call('PUT', `/apis/${api}/availability`, { available })),
    mintSession: async (user) => (await call('POST', '/sessions', { api, user })) as Record<string, unknown> & { headers: Record<string, string> },
  };
}

function authHeaders(adminToken: string | undefined): Record<string, string> {
  return adminToken ? { authorization: `Bearer ${adminToken}` } : {};
}
