import type { TextField } from 'payload'

import { label } from '../i18n/label.js'
import type { TranslationKey } from '../i18n/resources.js'

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A web address; anything but an absolute http(s) URL is rejected (no `javascript:` links). */
export function urlField(
  name: string,
  labelKey: TranslationKey,
  overrides: Partial<TextField> = {},
): TextField {
  return {
    name,
    type: 'text',
    label: label(labelKey),
    validate: (value: null | string | undefined, { req }) =>
      !value || isHttpUrl(value) ? true : req.t('twinning:errors.invalidUrl' as never),
    ...overrides,
  } as TextField
}
