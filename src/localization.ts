/** The five languages Twinning is built for, in the order editors see them. */
export const TWINNING_LOCALES = ['de', 'en', 'zh', 'ko', 'ja'] as const

export type TwinningLocale = (typeof TWINNING_LOCALES)[number]

export const DEFAULT_LOCALE: TwinningLocale = 'de'

/**
 * Fallback chains used when the host does not set its own: English is the bridge language
 * for the Asian partner cities, German (the source) comes last.
 */
export const DEFAULT_FALLBACKS: Record<string, string[]> = {
  de: [],
  en: ['de'],
  ja: ['en', 'de'],
  ko: ['en', 'de'],
  zh: ['en', 'de'],
}

/** Query values Payload accepts for `locale` besides a configured locale code. */
export const ALL_LOCALES_QUERY_VALUES = ['all', '*']

/** Query values Payload reads as "no fallback" in `fallback-locale`. */
export const NO_FALLBACK_QUERY_VALUES = ['none', 'null', 'false']
