import type { Config } from 'payload'

import { TWINNING } from '../slugs.js'
import { TWINNING_LOCALES } from '../localization.js'
import { flattenResource, resources } from './resources.js'

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

/**
 * Merges Twinning's strings into Payload's i18n under the `twinning` namespace, so components and
 * validation messages can call `t('twinning:<key>')`. The host's strings win.
 */
export function mergeTranslations(host: Translations | undefined): Translations {
  const merged: Record<string, Record<string, unknown>> = {
    ...(host as Record<string, Record<string, unknown>>),
  }
  for (const lng of TWINNING_LOCALES) {
    const hostLanguage = merged[lng] ?? {}
    const hostNamespace = (hostLanguage[TWINNING] as Record<string, string> | undefined) ?? {}
    merged[lng] = {
      ...hostLanguage,
      [TWINNING]: { ...flattenResource(resources[lng]), ...hostNamespace },
    }
  }
  return merged as Translations
}
