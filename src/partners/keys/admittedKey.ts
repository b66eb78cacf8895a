import { AsyncLocalStorage } from 'node:async_hooks'

/** The gate's decision on a request's API key: the client it admitted (or null: none). */
export interface AdmittedKey {
  client: Record<string, unknown> | null
}

/**
 * The partner gate's decision, for the rest of the request: Payload's authentication then takes
 * the very client the gate admitted instead of judging the key a second time — a key expiring, or
 * a client's scope changing, between the two could otherwise render one scope's answer under
 * another's cache key. One store per process, even if this module is loaded twice.
 */
const KEY = Symbol.for('twinning.partners.admittedKey')
const globals = globalThis as unknown as Record<symbol, AsyncLocalStorage<AdmittedKey> | undefined>
export const admittedKey: AsyncLocalStorage<AdmittedKey> = (globals[KEY] ??=
  new AsyncLocalStorage<AdmittedKey>())
