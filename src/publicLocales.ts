import type { PayloadRequest } from 'payload'

export interface PublicLocales {
  /** The locale asked for, or 'all'. */
  requested: string
  /** Locales the answer may come from, in order: the requested one, then an explicitly requested fallback. */
  servable: string[]
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/**
 * What a public read may be served in. Fallback is used only when the request names it
 * (`fallback-locale=<code>`): a Korean reader never silently gets German.
 */
export function publicLocales(req: PayloadRequest): PublicLocales {
  const localization = req.payload.config.localization
  const codes = localization ? localization.localeCodes : []
  const requested: string = req.locale ?? (localization ? localization.defaultLocale : 'all')
  if (requested === 'all') return { requested, servable: codes }
  const query = (req.query ?? {}) as Record<string, unknown>
  const fallback = first(query['fallback-locale'] ?? query.fallbackLocale)
  const servable = typeof fallback === 'string' && codes.includes(fallback) && fallback !== requested ? [requested, fallback] : [requested]
  return { requested, servable }
}
