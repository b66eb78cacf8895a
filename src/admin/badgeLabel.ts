import type { TranslationKey } from '../i18n/resources.js'
import { TWINNING_LOCALES, type TwinningLocale } from '../localization.js'
import type { LocaleBadge } from '../publication/localeBadge.js'

/** `translate()` on the server, the admin's `t()` in the browser: both typed by the German file's keys. */
export type Translate = (key: TranslationKey, vars?: Record<string, string>) => string

/** A locale's name in the admin language ("Koreanisch"); a locale Twinning has no name for shows its code. */
export const languageName = (code: string, translate: Translate): string =>
  (TWINNING_LOCALES as readonly string[]).includes(code)
    ? translate(`locales.${code as TwinningLocale}`)
    : code

/** A badge's state in words: "Published", "In translation", "Scheduled for 24 Dec 2026, 10:00". */
export function stateText(
  badge: Pick<LocaleBadge, 'scheduledAt' | 'state'>,
  translate: Translate,
  formatDate: (iso: string) => string,
): string {
  if (badge.state === 'scheduled')
    return translate('languageColumn.scheduledOn', { date: formatDate(badge.scheduledAt ?? '') })
  return translate(`localeStatuses.${badge.state}`)
}

/** The accessible name and tooltip of a badge: "Korean: Scheduled for …", "Chinese: Published, translation outdated". */
export const badgeLabel = (
  badge: LocaleBadge,
  translate: Translate,
  formatDate: (iso: string) => string,
): string =>
  translate(badge.outdated ? 'languageColumn.badgeOutdated' : 'languageColumn.badge', {
    language: languageName(badge.code, translate),
    state: stateText(badge, translate, formatDate),
  })
