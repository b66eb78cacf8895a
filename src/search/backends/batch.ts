import { SLOTS } from './rankKey.js'

/** One document-locale as a map key, for entries (`id`) and stored rows (`doc_id`) alike. */
export const keyOf = (entry: {
  collection?: unknown
  doc_id?: unknown
  id?: unknown
  locale?: unknown
}) =>
  `${String(entry.collection)}\u0000${String(entry.doc_id ?? entry.id)}\u0000${String(entry.locale)}`

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The highest slot of this second (`rankKey.ts`) that no entry holds, or undefined when all are. */
export function freeSlot(base: number, taken: Set<number>): number | undefined {
  for (let key = base + SLOTS - 1; key >= base; key--) if (!taken.has(key)) return key
  return undefined
}

/** The distinct (kind, value) pairs of the scopes table a batch of entries adds. */
export const scopePairs = (entries: Array<{ collection: string; locale: string }>) =>
  [...new Set(entries.flatMap((e) => [`c\u0000${e.collection}`, `l\u0000${e.locale}`]))].map(
    (pair) => pair.split('\u0000') as [string, string],
  )
