import { namedKindTable } from './named-kinds';

/** The kind table for Node code (the browser builds its own from the same source). */
export const NAMED_KINDS = namedKindTable<unknown>();

/** The named selector kinds every driver resolves the same way. */
export type NamedSelectorKind = keyof typeof NAMED_KINDS;
export const NAMED_SELECTOR_KINDS = Object.keys(NAMED_KINDS) as NamedSelectorKind[];
