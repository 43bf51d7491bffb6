import type { IncomingMessage } from 'node:http';
import { createContextKey } from '@connectrpc/connect';

/** The raw Node request of an RPC call, for the faults that drop the connection. */
export const kRawRequest = createContextKey<IncomingMessage | undefined>(undefined, { description: 'raw Node request' });
