import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The tags of the cached request being rendered: every document it read (directly, in a list or
 * embedded at depth) and every document it refers to. One store per process, even if this module
 * is loaded twice (the plugin from its package, the route from the sources).
 */
const KEY = Symbol.for('twinning.cache.requestTags')
const globals = globalThis as unknown as Record<symbol, AsyncLocalStorage<Set<string>> | undefined>
export const requestTags: AsyncLocalStorage<Set<string>> = (globals[KEY] ??= new AsyncLocalStorage<
  Set<string>
>())

/** A document's tag: any change to it drops the responses that showed or referred to it. */
export const documentTag = (collection: string, id: unknown): string =>
  `d:${collection}:${String(id)}`

/** A collection's list tag: any change in the collection drops its lists (and counts). */
export const listTag = (collection: string): string => `l:${collection}`
