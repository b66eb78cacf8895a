import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>

/** What a saved draft holds that the published version does not: per locale, and in shared fields. */
export interface UnpublishedChanges {
  /** Locales whose localized values (texts, `localeStatus`, translation record) differ. */
  locales: string[]
  /** A field shared by all locales differs: it goes live with the next publish of any locale. */
  shared: boolean
}

// Bookkeeping of every write, and the publication state itself (kept in step on every write).
const NOT_CONTENT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'availableLocales',
  'publishedIn',
])
// Shared by name, per locale by content: `{ zh: { sourceHashes, … } }`.
const PER_LOCALE_JSON = new Set(['translationTracking'])

/** JSON with sorted object keys and no distinction between null and missing (PostgreSQL's jsonb reorders keys). */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .filter((key) => (inner as Data)[key] !== undefined && (inner as Data)[key] !== null)
            .map((key) => [key, (inner as Data)[key]]),
        )
      : inner,
  )

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b)

const asData = (value: unknown): Data | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined

/**
 * Compares two stored versions of a document read with all locales (raw from the database
 * adapter, or the Local API with `locale: 'all'`), field by field: a localized field differs per
 * locale, a named group or tab is compared inside, anything else shared (arrays and blocks as a
 * whole, so a localized text inside a shared array counts as a shared change).
 */
export function unpublishedChanges(
  draft: Data,
  published: Data,
  fields: FlattenedField[],
  locales: string[],
): UnpublishedChanges {
  const changed = new Set<string>()
  let shared = false
  const walk = (
    level: FlattenedField[],
    a: Data | undefined,
    b: Data | undefined,
    top: boolean,
  ) => {
    for (const field of level) {
      if (top && NOT_CONTENT.has(field.name)) continue
      const x = a?.[field.name]
      const y = b?.[field.name]
      if (field.localized || (top && PER_LOCALE_JSON.has(field.name))) {
        for (const code of locales)
          if (!same(asData(x)?.[code], asData(y)?.[code])) changed.add(code)
      } else if (field.type === 'group' || field.type === 'tab') {
        walk(field.flattenedFields, asData(x), asData(y), false)
      } else if (!same(x, y)) {
        shared = true
      }
    }
  }
  walk(fields, draft, published, true)
  return { locales: locales.filter((code) => changed.has(code)), shared }
}
