type Data = Record<string, unknown>

/** The value at a dot path (`pressContact.office`). No Node imports: the admin's client components use it too. */
export const valueAt = (doc: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Data)[key] : undefined),
      doc,
    )

/** One locale's value of a localized field, from a document read with `locale: 'all'`. */
export const valueInLocale = (doc: unknown, path: string, locale: string): unknown =>
  (valueAt(doc, path) as Data | undefined)?.[locale]
