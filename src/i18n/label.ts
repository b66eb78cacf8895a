import type { TwinningLocale } from '../localization.js'

import { TWINNING_LOCALES } from '../localization.js'
import { twinningI18next } from './i18next.js'
import type { TranslationKey } from './resources.js'

export type LocalizedLabel = Record<TwinningLocale, string>

/**
 * Payload's static label object (`{ de, en, zh, ko, ja }`) for a key of `locales/*.json`;
 * Payload picks the entry matching the admin language.
 */
export function label(key: TranslationKey, vars?: Record<string, string | number>): LocalizedLabel {
  const i18n = twinningI18next()
  return Object.fromEntries(
    TWINNING_LOCALES.map((lng) => [lng, i18n.getFixedT(lng)(key, vars ?? {}) as string]),
  ) as LocalizedLabel
}

/** The text of one key in one language (server-side messages, seed, logs). */
export function translate(
  lng: string,
  key: TranslationKey,
  vars?: Record<string, string | number>,
): string {
  const language = (TWINNING_LOCALES as readonly string[]).includes(lng) ? lng : 'en'
  return twinningI18next().getFixedT(language)(key, vars ?? {}) as string
}
