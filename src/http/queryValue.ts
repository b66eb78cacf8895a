import type { PayloadRequest } from 'payload'

/** The first value of a query parameter (`?a=x&a=y` → x), or undefined; the first name present wins. */
export function queryValue(
  req: Pick<PayloadRequest, 'query'>,
  ...names: string[]
): string | undefined {
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const name of names) {
    const value = Array.isArray(query[name]) ? (query[name] as unknown[])[0] : query[name]
    if (value !== undefined) return typeof value === 'string' ? value : undefined
  }
  return undefined
}
