import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JournalEntry } from '../core/journal';
import type { VendorRequest, VendorResponse } from '../core/vendor';
import { normalizePath, type RouteMatch } from '../spec/router';
import type { SpecOperation } from '../spec/types';
import { responseContentType } from './content-type';
import type { MockState, VendorHost } from './mock-state';
import { readBody } from './read-body';
import { sendVendorResponse } from './send';
import { checkResponse } from './stages/check-response';
import { createHandleStage } from './stages/handle';
import { createInjectStage } from './stages/inject';
import { parseBody } from './stages/parse-body';
import { validateRequest } from './stages/validate';

/**
 * The precompiled vendor pipeline (ARCHITECTURE.md): journal -> route -> faults -> validate -> authenticate ->
 * handle -> check response. Answers `false` for a request that is no vendor's, so the caller can hand it on.
 */
export function createVendorPipeline(state: MockState) {
  const inject = createInjectStage(state);
  const handle = createHandleStage(state);
  const prefixes = [...state.vendors.values()].flatMap((host) => host.module.pathPrefixes.map((prefix) => ({ prefix, host })));

  function ownerOf(path: string): VendorHost | undefined {
    return prefixes.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`))?.host;
  }

  async function run(req: IncomingMessage, res: ServerResponse, path: string, query: string, match: RouteMatch | undefined, host: VendorHost): Promise<void> {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const read = await readBody(req);
    const parsed = parseBody(read, req.headers['content-type']);
    const entry = state.journal.record({
      time: new Date(state.clock.now()).toISOString(),
      api: host.module.name,
      operationId: match?.operation.operationId ?? null,
      method,
      path,
      query,
      headers: req.headers,
      body: parsed.body,
    });
    const finish = (operation: SpecOperation | undefined, response: VendorResponse): void => {
      const contentType = operation ? responseContentType(operation, response) : (response.contentType ?? 'application/json');
      if (operation && state.validateResponses) reportViolations(state, host, operation, response, contentType, entry);
      entry.response = { status: response.status, headers: response.headers ?? {}, body: response.body };
      entry.durationMs = performance.now() - started;
      sendVendorResponse(res, response, contentType, method === 'HEAD');
    };

    if (!match) return finish(undefined, host.runtime.errors.notFound(method, path));
    const { operation } = match;
    const request: VendorRequest = {
      method,
      path,
      operationId: operation.operationId,
      pathParams: match.pathParams,
      query: new URLSearchParams(query),
      headers: req.headers,
      body: parsed.body,
    };

    const injection = inject(host, operation, headerValue(req.headers.prefer));
    if (injection) {
      entry.injected = injection.reason;
      // Unref'd: a delayed request must not keep the process alive after close().
      if (injection.delayMs) await sleep(injection.delayMs, undefined, { ref: false });
      if (injection.drop) {
        entry.durationMs = performance.now() - started;
        req.socket.destroy();
        return;
      }
      if (injection.response) return finish(operation, injection.response);
    }

    const problems = validateRequest(state.specs.validators(host.module.name, operation.operationId), request, parsed);
    if (problems.length > 0) return finish(operation, host.runtime.errors.invalidRequest(operation.operationId, problems, request));
    finish(operation, await handle(host, request));
  }

  return {
    /** Serves the request when its path belongs to a served vendor (an operation or a vendor prefix); else false. */
    tryHandle(req: IncomingMessage, res: ServerResponse, path: string, query: string): boolean {
      const match = state.specs.router.match(req.method ?? 'GET', path);
      const host = match ? state.vendors.get(match.operation.api) : ownerOf(normalizePath(path));
      if (!host) return false;
      run(req, res, path, query, match, host).catch((error: unknown) => {
        state.log(`[session-double] pipeline failure on ${req.method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'internal error in session-double' }));
        else res.destroy();
      });
      return true;
    },
  };
}

function reportViolations(state: MockState, host: VendorHost, operation: SpecOperation, response: VendorResponse, contentType: string | undefined, entry: JournalEntry): void {
  const problems = checkResponse(state.specs.validators(host.module.name, operation.operationId), response, contentType);
  if (problems.length === 0) return;
  entry.violations = problems.map((p) => `${p.kind} ${p.pointer}: ${p.message}`);
  state.log(`[session-double] ${host.module.name} ${operation.operationId} answered ${response.status} against its spec: ${entry.violations.join('; ')}`);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
