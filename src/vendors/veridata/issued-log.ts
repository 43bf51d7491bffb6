/** One token a session has issued; each expires on its own (the old one outlives an extend). */
export interface IssuedToken {
  digest: string;
  issued: number;
  expires: number;
}

/**
 * Every token a session has issued, oldest first, as an immutable value that appends in O(1): full chunks are
 * shared between versions and never change; an append copies only the short tail (and, once per CHUNK appends,
 * the list of chunks). A session extended 100k times therefore costs no more per extend than a fresh one.
 */
export interface IssuedLog {
  chunks: IssuedToken[][];
  tail: IssuedToken[];
}

const CHUNK = 128;
// Most sessions never fill a chunk: they all share this one empty list (nothing ever writes to a list in place).
const NO_CHUNKS: IssuedToken[][] = [];

export function issuedLog(first: IssuedToken): IssuedLog {
  return { chunks: NO_CHUNKS, tail: [first] };
}

export function appendIssued(log: IssuedLog, token: IssuedToken): IssuedLog {
  if (log.tail.length < CHUNK) return { chunks: log.chunks, tail: [...log.tail, token] };
  return { chunks: [...log.chunks, log.tail], tail: [token] };
}

/** The token with this digest. Clients present the newest token (or keep the first), so both ends are tried first. */
export function findIssued(log: IssuedLog, digest: string): IssuedToken | undefined {
  const part = (i: number): IssuedToken[] => (i < log.chunks.length ? log.chunks[i]! : log.tail);
  for (let first = 0, last = log.chunks.length; first <= last; first++, last--) {
    const found = findIn(part(last), digest) ?? (first < last ? findIn(part(first), digest) : undefined);
    if (found) return found;
  }
  return undefined;
}

function findIn(tokens: IssuedToken[], digest: string): IssuedToken | undefined {
  for (let first = 0, last = tokens.length - 1; first <= last; first++, last--) {
    if (tokens[last]!.digest === digest) return tokens[last];
    if (tokens[first]!.digest === digest) return tokens[first];
  }
  return undefined;
}
