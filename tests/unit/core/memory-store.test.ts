import { MemorySessionStore } from '../../../src/core/store/memory-store';
import { describeSessionStore } from '../../helpers/session-store-contract';

describeSessionStore('MemorySessionStore', () => Promise.resolve(new MemorySessionStore()));
