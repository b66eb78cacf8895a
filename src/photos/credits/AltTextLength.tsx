'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import type { TranslationKey } from '../../i18n/resources.js'

/**
 * Under the alt text: how many characters it has against the recommended length. Longer is
 * allowed; past the guideline the note says why shorter is better. `max` is `photos.altTextLength`
 * (withAltTextGuideline passes it).
 */
export function AltTextLength({ max, path = 'alt' }: { max: number; path?: string }) {
  const { t } = useTranslation<object, `twinning:${TranslationKey}`>()
  const { value } = useField<string>({ path })
  const count = [...(typeof value === 'string' ? value.trim() : '')].length
  const over = count > max
  return (
    <p
      aria-live="polite"
      className="twinning-alt-text-length"
      style={{
        color: over ? 'var(--theme-warning-500)' : 'var(--theme-elevation-500)',
        margin: '4px 0 0',
      }}
    >
      {t(over ? 'twinning:photos.altText.tooLong' : 'twinning:photos.altText.guideline', {
        count,
        max,
      })}
    </p>
  )
}
