import type { SanitizedConfig } from 'payload'

import type { LocaleSetup } from './predicates.js'

const setups = new WeakMap<object, LocaleSetup>()

/** The installation's locales and fallback chains, read once from Payload's sanitized localization. */
export function localeSetupOf(config: Pick<SanitizedConfig, 'localization'>): LocaleSetup {
  const localization = config.localization
  if (!localization) return { defaultLocale: 'all', fallbacks: {}, locales: [] }
  let setup = setups.get(localization)
  if (!setup) {
    const fallbacks: Record<string, string[]> = {}
    for (const locale of localization.locales) {
      const chain = locale.fallbackLocale
      fallbacks[locale.code] = Array.isArray(chain)
        ? chain
        : chain
          ? [chain]
          : locale.code === localization.defaultLocale
            ? []
            : [localization.defaultLocale]
    }
    setup = {
      defaultLocale: localization.defaultLocale,
      fallbacks,
      locales: localization.localeCodes,
    }
    setups.set(localization, setup)
  }
  return setup
}
