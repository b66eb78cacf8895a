import { extractHeaderLanguage } from '@payloadcms/translations'

import { TWINNING_LOCALES } from '../localization.js'

const COOKIE = /(?:^|;\s*)payload-lng=([^;]*)/

/**
 * The language Payload answers a request in (its `getRequestLanguage`), for where there is no
 * Payload config at hand (the front server): the `payload-lng` cookie, then `Accept-Language`,
 * each only if it is one of Twinning's five, else German, Twinning's fallback language.
 */
export function requestLanguage(header: (name: string) => string | null | undefined): string {
  const supported = TWINNING_LOCALES as readonly string[]
  const cookie = COOKIE.exec(header('cookie') ?? '')?.[1]
  if (cookie && supported.includes(cookie)) return cookie
  const accepted = header('accept-language')
  const language = accepted ? extractHeaderLanguage(accepted) : undefined
  return language && supported.includes(language) ? language : 'de'
}
