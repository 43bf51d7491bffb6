import { randomInt } from 'node:crypto';
import type { Clock } from '../../../core/clock';
import type { SessionStore } from '../../../core/store/session-store';
import { randomToken, secretsEqual, tokenDigest } from '../../../core/tokens';
import type { Permission } from '../fixtures';
import type { Directory } from './directory';
import { zitadelError, type ErrorCaseName, type ZitadelError } from './errors';
import { searchSessions } from './list';
import { detailsOf, sessionOf, storedMetadata, type ZitadelRecord } from './session-view';
import { applyUpdate, startSession, terminate, type Step, type UpdateContext, type UpdatePlan } from './transitions';
import type {
  Caller,
  Checks,
  CreateSessionInput,
  CreateSessionResult,
  Details,
  ListSessionsInput,
  ListSessionsResult,
  MetadataChanges,
  Session,
  SessionRef,
  SetSessionInput,
  SetSessionResult,
} from './types';

export interface SessionServiceDeps {
  api: string;
  store: SessionStore;
  clock: Clock;
  directory: Directory;
}

/**
 * ZITADEL's Session Service as plain calls: a caller and typed inputs in, typed outputs out, a ZitadelError thrown
 * otherwise. It never sees a transport; REST handlers (and later gRPC, gRPC-web, Connect) map their messages onto it.
 *
 * @example
 * const service = new SessionService({ api: 'zitadel', store, clock, directory });
 * const caller = directory.authenticate('zitadel-login-client-pat');
 * const { sessionId, sessionToken } = await service.createSession(caller, { checks: { user: { loginName: 'alice@example.com' } } });
 */
export class SessionService {
  constructor(private readonly deps: SessionServiceDeps) {}

  async createSession(caller: Caller, input: CreateSessionInput): Promise<CreateSessionResult> {
    requirePermission(caller, 'session.write');
    const plan = this.plan(input.checks, input.metadata);
    const token = randomToken(48);
    const now = this.deps.clock.now();
    const lifetime = input.lifetimeMs ?? 0;
    const step = unwrap(startSession(plan, lifetime > 0, this.context(now, token)));
    const record: ZitadelRecord = {
      api: this.deps.api,
      id: newSessionId(),
      user: this.userName(step),
      created: now,
      expires: lifetime > 0 ? now + lifetime : null,
      state: 'active',
      tokens: [step.state.tokenDigest],
      data: step.state,
    };
    await this.deps.store.insert(record);
    return { details: detailsOf(step.state, this.deps.directory), sessionId: record.id, sessionToken: token };
  }

  async getSession(caller: Caller, input: SessionRef): Promise<Session> {
    const record = await this.deps.store.get<ZitadelRecord['data']>(this.deps.api, input.sessionId);
    // ZITADEL's projection drops a terminated session: reading it is "does not exist".
    if (!record || record.state === 'invalidated') throw zitadelError('sessionNotFound');
    // internal/query/session.go SessionByID: a token that does not verify is QUERY-dsfr3, not COMMAND-sGr42.
    authorize(record, caller, input.sessionToken, 'session.read', 'sessionReadDenied');
    return sessionOf(record, this.deps.directory);
  }

  /** 004_637c1cbc11039a03.txt (PATCH /v2/sessions/{sessionId}): checks and metadata; a change rotates the token. */
  async setSession(caller: Caller, input: SetSessionInput): Promise<SetSessionResult> {
    const plan = this.plan(input.checks, input.metadata);
    const token = randomToken(48);
    const now = this.deps.clock.now();
    const { directory } = this.deps;
    return this.deps.store.update<ZitadelRecord['data'], SetSessionResult>(this.deps.api, input.sessionId, (record) => {
      if (!record) throw zitadelError('sessionNotFound');
      authorize(record, caller, input.sessionToken, 'session.write');
      if (record.state === 'invalidated') throw zitadelError('sessionTerminated');
      if (record.expires !== null && record.expires <= now) throw zitadelError('sessionExpired');
      const step = unwrap(applyUpdate(record.data, plan, this.context(now, token)));
      if (step.events.length === 0) return { result: { details: detailsOf(record.data, directory), sessionToken: input.sessionToken ?? '' } };
      const next: ZitadelRecord = { ...record, user: this.userName(step), tokens: [step.state.tokenDigest], data: step.state };
      return { next, result: { details: detailsOf(step.state, directory), sessionToken: token } };
    });
  }

  async deleteSession(caller: Caller, input: SessionRef): Promise<Details> {
    const now = this.deps.clock.now();
    const { directory } = this.deps;
    return this.deps.store.update<ZitadelRecord['data'], Details>(this.deps.api, input.sessionId, (record) => {
      if (!record) throw zitadelError('sessionNotFound');
      authorize(record, caller, input.sessionToken, 'session.delete');
      // ZITADEL terminates idempotently: a second delete answers the details of the first.
      if (record.state === 'invalidated') return { result: detailsOf(record.data, directory) };
      const step = terminate(record.data, now);
      return { next: { ...record, state: 'invalidated', tokens: [], data: step.state }, result: detailsOf(step.state, directory) };
    });
  }

  async listSessions(caller: Caller, input: ListSessionsInput): Promise<ListSessionsResult> {
    requirePermission(caller, 'session.read');
    const records = (await this.deps.store.list(this.deps.api)) as ZitadelRecord[];
    const { total, page } = searchSessions(records, input);
    return {
      totalResult: total,
      processedSequence: records.reduce((max, record) => Math.max(max, record.data.sequence), 0),
      timestamp: this.deps.clock.now(),
      sessions: page.map((record) => sessionOf(record, this.deps.directory)),
    };
  }

  /** Resolves the named user first, as ZITADEL's API layer does before the command runs. */
  private plan(checks: Checks | undefined, metadata: MetadataChanges | undefined): UpdatePlan {
    const plan: UpdatePlan = {};
    if (checks?.user) plan.userId = this.deps.directory.resolve(checks.user).id;
    if (checks?.password) plan.password = checks.password.password;
    if (metadata) plan.metadata = storedMetadata(metadata);
    return plan;
  }

  private context(now: number, token: string): UpdateContext {
    const { directory } = this.deps;
    return { now, newTokenDigest: tokenDigest(token), verifyPassword: (userId, password) => directory.verifyPassword(userId, password) };
  }

  private userName(step: Step): string {
    return step.state.user ? (this.deps.directory.user(step.state.user.id)?.name ?? step.state.user.id) : '';
  }
}

/**
 * Seed era (vendors.md, 004_637c1cbc11039a03.txt): a sessionToken that is present must be the current one;
 * an absent one leaves the decision to the caller's permission.
 */
function authorize(record: ZitadelRecord, caller: Caller, sessionToken: string | undefined, permission: Permission, refusal: ErrorCaseName = 'tokenInvalid'): void {
  if (sessionToken !== undefined) {
    if (!secretsEqual(tokenDigest(sessionToken), record.data.tokenDigest)) throw zitadelError(refusal);
    return;
  }
  requirePermission(caller, permission);
}

function requirePermission(caller: Caller, permission: Permission): void {
  if (!caller.permissions.has(permission)) throw zitadelError('permissionDenied');
}

function unwrap(step: Step | ZitadelError): Step {
  if ('state' in step) return step;
  throw step;
}

/** ZITADEL ids are 18-digit decimal strings. */
export function newSessionId(): string {
  return `${randomInt(100_000_000, 1_000_000_000)}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}
