import type { IncomingHttpHeaders } from 'node:http';
import type { VendorResponse } from '../../core/vendor';

export const API_ROOT = '/Analytics';

// 001_c39cb08b7efa28f3.txt: the response header of the example carries these on every answer of the server.
export const VENDOR_HEADERS: Readonly<Record<string, string>> = {
  Server: 'Cosminexus HTTP Server',
  'Cache-Control': 'no-cache',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-XSS-Protection': '1; mode=block',
  'X-Content-Type-Options': 'nosniff',
};

export interface Action {
  name: string;
  href: string;
  method: string;
  type: string;
  parameters: unknown[];
}

/** The one KeepAlive action, as prepare publishes it and invoke expects it back. */
export function submitAction(origin: string, invokePath: string): Action {
  return { name: 'submit', href: `${origin}${invokePath}`, method: 'POST', type: 'application/json', parameters: [] };
}

export function actionList(origin: string, invokePath: string): { data: Action[]; count: number } {
  return { data: [submitAction(origin, invokePath)], count: 1 };
}

/** A 200 naming the session's HSSO token, as the seed's response header does. */
export function success(token: string, body: unknown): VendorResponse {
  return { status: 200, headers: { ...VENDOR_HEADERS, 'WWW-Authenticate': `HSSO ${token}` }, body };
}

/** `http://host:port` of the request as the client addressed it, else the configured fallback. */
export function originOf(headers: IncomingHttpHeaders, fallback: string): string {
  const host = headers.host;
  if (typeof host !== 'string' || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return fallback;
  const proto = headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
