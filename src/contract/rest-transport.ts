import type { SpecApi, SpecOperation } from '../spec/types';
import type { ApiTarget } from './config';
import { sendHttp } from './http-client';
import type { Exchange, RequestSpec, SentRequest } from './types';

/** Sends a scenario's request to the target over HTTP: path from the spec, the target's extra headers added. */
export type Transport = (step: string, request: RequestSpec, operation: SpecOperation) => Promise<Exchange>;

export function createRestTransport(spec: SpecApi, target: ApiTarget): Transport {
  return async (step, request, operation) => {
    const sent = buildRequest(target, request, operation);
    const started = performance.now();
    const response = await sendHttp(sent, target.http);
    return { api: spec.api, step, operationId: operation.operationId, request: sent, response, durationMs: performance.now() - started };
  };
}

function buildRequest(target: ApiTarget, request: RequestSpec, operation: SpecOperation): SentRequest {
  const path = request.path ?? operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request.pathParams?.[name];
    if (value === undefined) throw new Error(`${operation.operationId} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
  const headers: Record<string, string> = { accept: 'application/json', ...lower(target.headers), ...lower(request.headers ?? {}) };
  let body: string | undefined;
  if (request.rawBody !== undefined) body = request.rawBody;
  else if (request.body !== undefined) body = JSON.stringify(request.body);
  if (body !== undefined) headers['content-type'] ??= request.contentType ?? 'application/json';
  return { method: operation.method, url: `${target.baseUrl}${path}${query}`, headers, body };
}

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
