import { TWINNING_LOCALES, type TwinningLocale } from '../localization.js'
import { label, type LocalizedLabel } from './label.js'

/** The name of a locale in the five admin languages; a locale Twinning has no name for shows its code. */
export function localeLabel(code: string): LocalizedLabel {
  if ((TWINNING_LOCALES as readonly string[]).includes(code))
    return label(`locales.${code as TwinningLocale}`)
  return Object.fromEntries(TWINNING_LOCALES.map((lng) => [lng, code])) as LocalizedLabel
}
