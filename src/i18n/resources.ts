import de from '../../locales/de.json' with { type: 'json' }
import en from '../../locales/en.json' with { type: 'json' }
import ja from '../../locales/ja.json' with { type: 'json' }
import ko from '../../locales/ko.json' with { type: 'json' }
import zh from '../../locales/zh.json' with { type: 'json' }

import type { TwinningLocale } from '../localization.js'

/** The only importer of `locales/*.json`: every label and UI string of Twinning starts here. */
export const resources: Record<TwinningLocale, typeof de> = { de, en, ja, ko, zh }

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every key of the German file, as a dot path; a typo in a key fails to compile. */
export type TranslationKey = Paths<typeof de>

/** Flattens nested resources into `{ 'a.b.c': 'text' }`, the shape Payload's `t('twinning:<key>')` reads. */
export function flattenResource(resource: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat[path] = value
    else Object.assign(flat, flattenResource(value as object, path))
  }
  return flat
}
