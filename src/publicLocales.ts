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

/** A locale's configured fallback chain (`zh` → en, de), else the default locale. */
function fallbackChain(req: PayloadRequest, code: string): string[] {
  const localization = req.payload.config.localization
  if (!localization) return []
  const entry = localization.locales.find((locale) => locale.code === code)
  const chain = entry?.fallbackLocale
  return Array.isArray(chain) ? chain : chain ? [chain] : [localization.defaultLocale]
}

/**
 * What a public read may be served in. Fallback is used only when the request names it
 * (`fallback-locale=<code>`): a Korean reader never silently gets German. Collections whose
 * documents must stay reachable in every locale (photos: the image and its credit are the same in
 * every language) pass `fallbackChain` and are served from the locale's configured chain instead.
 */
export function publicLocales(
  req: PayloadRequest,
  { fallbackChain: chain = false }: { fallbackChain?: boolean } = {},
): PublicLocales {
  const localization = req.payload.config.localization
  const codes = localization ? localization.localeCodes : []
  const requested: string = req.locale ?? (localization ? localization.defaultLocale : 'all')
  if (requested === 'all') return { requested, servable: codes }
  const fallback = queryValue(req, 'fallback-locale', 'fallbackLocale')
  const explicit =
    fallback !== undefined && codes.includes(fallback) && fallback !== requested ? [fallback] : []
  const servable = [
    ...new Set([requested, ...explicit, ...(chain ? fallbackChain(req, requested) : [])]),
  ]
  return { requested, servable }
}
