import type { PayloadRequest } from 'payload'

export interface PublicLocales {
  /** The locale asked for, or 'all'. */
  requested: string
  /** Locales the answer may come from, in order: the requested one, then an explicitly requested fallback. */
  servable: string[]
}

/** The first value of a query parameter (`?a=x&a=y` → x), or undefined; the first name present wins. */
export function queryValue(req: PayloadRequest, ...names: string[]): string | undefined {
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const name of names) {
    const value = Array.isArray(query[name]) ? (query[name] as unknown[])[0] : query[name]
    if (value !== undefined) return typeof value === 'string' ? value : undefined
  }
  return undefined
}

/**
 * What a public read may be served in. Fallback is used only when the request names it
 * (`fallback-locale=<code>`): a Korean reader never silently gets German.
 */
export function publicLocales(req: PayloadRequest): PublicLocales {
  const localization = req.payload.config.localization
  const codes = localization ? localization.localeCodes : []
  const requested: string = req.locale ?? (localization ? localization.defaultLocale : 'all')
  if (requested === 'all') return { requested, servable: codes }
  const fallback = queryValue(req, 'fallback-locale', 'fallbackLocale')
  const servable = fallback !== undefined && codes.includes(fallback) && fallback !== requested ? [requested, fallback] : [requested]
  return { requested, servable }
}
