import type { Exchange } from '../types';

/** How a session check reads a value out of an exchange (a vendor's scenario supplies it). */
export type Reader<T> = (exchange: Exchange) => T | undefined;

export interface CompareOptions<T> {
  previous: Exchange;
  read: Reader<T>;
  /** What the value is, for messages ("token exp", "details.sequence"). */
  label: string;
}
