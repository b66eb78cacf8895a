import { createInstance, type i18n as I18next } from 'i18next'

import { TWINNING_LOCALES } from '../localization.js'
import { resources } from './resources.js'

let instance: I18next | undefined

/** One synchronously initialised i18next instance holding the five resource files. */
export function twinningI18next(): I18next {
  if (instance) return instance
  instance = createInstance()
  void instance.init({
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    ns: ['twinning'],
    defaultNS: 'twinning',
    resources: Object.fromEntries(
      TWINNING_LOCALES.map((lng) => [lng, { twinning: resources[lng] }]),
    ),
    returnEmptyString: true,
    supportedLngs: [...TWINNING_LOCALES],
  })
  return instance
}
