import type { IncomingHttpHeaders } from 'node:http';
import type { DescMethodUnary, Message } from '@bufbuild/protobuf';
import type { ConnectError, ConnectRouter } from '@connectrpc/connect';
import type { Clock } from './clock';
import type { SessionStore } from './store/session-store';
import type { SpecApi } from '../spec/types';
import type { VendorContract } from '../contract/types';

/** A request as a vendor handler sees it: parsed, routed and validated, with no Node or Express object. */
export interface VendorRequest {
  method: string;
  path: string;
  operationId: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** What a vendor answers. `contentType` defaults to the media type the spec documents for that status. */
export interface VendorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  contentType?: string;
}

/** A problem request validation found, worded for a person. */
export interface ValidationProblem {
  location: 'path' | 'query' | 'header' | 'body';
  pointer: string;
  message: string;
  /** What kind of problem, so a vendor can pick its own error code (e.g. malformed JSON vs a missing field). */
  kind?: 'malformed-json' | 'body-too-large' | 'media-type' | 'schema' | 'prefer' | 'unreadable';
}

export type AuthOutcome<P> = { principal: P } | { response: VendorResponse };

export type Handler<P> = (request: VendorRequest, principal: P) => Promise<VendorResponse>;

/** How a vendor renders the answers the core decides on (faults, validation, unknown paths, crashes). */
export interface VendorErrors {
  /** The documented response for (operation, status), with a realistic vendor body: for Prefer and faults. */
  documented(operationId: string, status: number): VendorResponse;
  /**
   * A request the spec rejects (bad JSON, wrong types, missing fields, body too large). `request` is the routed
   * request when there is one, so a vendor can tell which branch of a `oneOf` body the client meant.
   */
  invalidRequest(operationId: string | null, problems: ValidationProblem[], request?: VendorRequest): VendorResponse;
  /** A path under the vendor's prefix that matches no operation. */
  notFound(method: string, path: string): VendorResponse;
  /** The API is marked unavailable through the admin API. */
  unavailable(operationId: string): VendorResponse;
  /** A handler failed unexpectedly. */
  internal(operationId: string): VendorResponse;
}

/** A session as the admin API lists it. */
export interface SessionView {
  api: string;
  id: string;
  user: string;
  created: string;
  expires: string | null;
  state: 'active' | 'expired' | 'invalidated';
}

/** What `POST /__admin/sessions` answers: the vendor-native credentials of a minted session. */
export interface MintedSession {
  api: string;
  id: string;
  user: string;
  headers: Record<string, string>;
  [extra: string]: unknown;
}

export interface VendorContext<F> {
  api: string;
  clock: Clock;
  store: SessionStore;
  fixtures: F;
  spec: SpecApi;
}

/** One vendor's behaviour over HTTP, made for one server from its fixtures and shared state. */
export interface VendorRuntime<P = unknown> {
  /** Authenticates a routed, validated request; operations that need no credentials answer a principal too. */
  authenticate(request: VendorRequest): Promise<AuthOutcome<P>>;
  /** One handler per operationId of the spec; a missing one fails start-up. */
  handlers: Record<string, Handler<P>>;
  errors: VendorErrors;
  /** Puts the fixtures' pre-issued sessions into the store (at start-up and on reset). */
  seed(): Promise<void>;
  /** Starts a session for `user` without the vendor login. Throws MintError for an unknown user. */
  mint(user: string): Promise<MintedSession>;
  /** RPC services (gRPC, gRPC-web, Connect) the vendor serves on the same port, over the same state. */
  rpc?: VendorRpcMount;
}

/**
 * Where a vendor's RPC services live and how to load them. The RPC stack (protobuf descriptors, Connect) loads on
 * the first call to one of its paths, so a mock that never sees an RPC call does not pay for it at start-up.
 */
export interface VendorRpcMount {
  /** Path prefixes of the procedures, e.g. `/acme.session.v1.SessionService/`. */
  pathPrefixes: string[];
  load(): Promise<VendorRpc>;
}

/**
 * A vendor's RPC services. The server mounts every vendor's routes on one Connect adapter and wraps each unary call
 * with the journal, `prefer: code=NNN`, admin faults and availability, exactly as the REST pipeline does.
 */
export interface VendorRpc {
  /** Registers the service implementations (built from published descriptors). */
  routes(router: ConnectRouter): void;
  /** The spec operationId a method stands for, so faults, Prefer and the journal name it like its REST twin. */
  operationId(method: DescMethodUnary): string | undefined;
  /**
   * What the RPC answers where REST would answer `response` (a fault, Prefer, the API unavailable): the response
   * message, or the ConnectError to fail with.
   */
  fromVendorResponse(method: DescMethodUnary, response: VendorResponse): Message | ConnectError;
}

export class MintError extends Error {}

/** Parses and checks a vendor's fixture file; throws FixtureError naming the file and field. */
export type FixtureParser<F> = (raw: unknown, file: string) => F;

export class FixtureError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
  }
}

/** One documented (operation, status) and how a client produces it without the mock's controls. */
export interface ErrorCase {
  operationId: string;
  status: number;
  /** The catalogue key of the body the vendor answers, e.g. `tokenExpired`. */
  case: string;
  /** How to produce it against a real server, e.g. "extend with a token past its 1-hour lifetime". */
  cause: string;
}

/** Everything one vendor means. The core and the contract runner take these as values and never import one. */
export interface VendorModule<F = unknown, P = unknown> {
  /** The API name users type (`--api veridata`). */
  name: string;
  /** The spec file in specs/. */
  specFile: string;
  /** Path prefixes that belong to this vendor: an unknown path under one gets the vendor's 404. */
  pathPrefixes: string[];
  /** The fixture file name inside a fixtures directory, and its parser. */
  fixtureFile: string;
  parseFixtures: FixtureParser<F>;
  /** Every documented (operation, status) the vendor can answer, with its natural cause: the `errors` catalogue. */
  errorCases: ErrorCase[];
  createRuntime(context: VendorContext<F>): VendorRuntime<P>;
  /** Scenarios, credentials and vendor-specific checks for the contract suite. */
  contract?: VendorContract;
}
