/** One request the mock received and what it answered. */
export interface JournalEntry {
  id: number;
  time: string;
  api: string | null;
  operationId: string | null;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  response: { status: number; headers: Record<string, string>; body: unknown } | null;
  /** Set when the request was answered by a fault, a Prefer header or an unavailable API. */
  injected?: string;
  /** With --validate-responses: how the answer broke the spec. */
  violations?: string[];
  /** Set for an RPC call; `response.status` is then the HTTP status the same outcome has over REST. */
  rpc?: RpcCall;
  durationMs: number;
}

/** An RPC call as the journal records it: its protocol, procedure and gRPC status code (`ok`, `not_found`, ...). */
export interface RpcCall {
  protocol: 'grpc' | 'grpc-web' | 'connect';
  service: string;
  method: string;
  code: string;
}

export type JournalDraft = Omit<JournalEntry, 'id' | 'response' | 'durationMs'>;

/** A bounded ring of the latest requests, newest first on read. */
export class Journal {
  private readonly entries: (JournalEntry | undefined)[];
  private next = 0;
  private seq = 0;

  constructor(readonly capacity = 1000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('the journal needs a capacity of at least 1');
    this.entries = new Array<JournalEntry | undefined>(capacity);
  }

  record(draft: JournalDraft): JournalEntry {
    const entry: JournalEntry = { ...draft, id: ++this.seq, response: null, durationMs: 0 };
    this.entries[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    return entry;
  }

  list(filter: { api?: string; limit?: number } = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    const limit = filter.limit ?? this.capacity;
    for (let i = 1; i <= this.capacity && out.length < limit; i++) {
      const entry = this.entries[(this.next - i + this.capacity) % this.capacity];
      if (!entry) break;
      if (filter.api === undefined || entry.api === filter.api) out.push(entry);
    }
    return out;
  }

  clear(): void {
    this.entries.fill(undefined);
    this.next = 0;
  }
}
