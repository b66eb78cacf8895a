import type { CollectionBeforeOperationHook } from 'payload'

import { refuse } from '../http/refuse.js'
import { ALL_LOCALES_QUERY_VALUES, NO_FALLBACK_QUERY_VALUES } from '../localization.js'
import { queryValue } from '../http/queryValue.js'

/**
 * Payload quietly serves the default locale for an unknown `?locale=`; a partner city asking for
 * `?locale=kr` would get German without noticing. Refuse it with 400 and the valid codes instead.
 */
export const validateLocaleQuery: CollectionBeforeOperationHook = ({ args, req }) => {
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []

  const locale = queryValue(req, 'locale')
  if (
    locale !== undefined &&
    !codes.includes(locale) &&
    !ALL_LOCALES_QUERY_VALUES.includes(locale)
  ) {
    const valid = [...codes, ...ALL_LOCALES_QUERY_VALUES]
    refuse(
      req,
      400,
      'errors.unknownLocale',
      { locale, locales: valid.join(', ') },
      { validLocales: valid },
    )
  }

  const fallback = queryValue(req, 'fallback-locale', 'fallbackLocale')
  if (
    fallback !== undefined &&
    !codes.includes(fallback) &&
    !NO_FALLBACK_QUERY_VALUES.includes(fallback)
  ) {
    const valid = [...codes, ...NO_FALLBACK_QUERY_VALUES]
    const vars = { locale: fallback, locales: valid.join(', ') }
    refuse(req, 400, 'errors.unknownFallbackLocale', vars, { validFallbackLocales: valid })
  }
  return args
}
