import type { FieldHook } from 'payload'

import { EMBEDDED_CAPTIONS, type EmbeddedCaptions } from './prefillFromUpload.js'

/**
 * A caption `beforeChange` hook: captions the upload carries for other locales (XMP
 * `dc:description` alternatives, or a caption whose script names its locale) go into those
 * locales in the same write, where the document has none yet. Payload merges the request's
 * locale with the stored ones from `siblingDocWithLocales`; the other locales are added there.
 * They stay unpublished text until their locale is published.
 */
export const fillCaptionLocales: FieldHook = ({ req, siblingDocWithLocales, value }) => {
  const embedded = req.context[EMBEDDED_CAPTIONS] as EmbeddedCaptions | undefined
  if (!embedded || embedded.file !== req.file || !siblingDocWithLocales) return value
  delete req.context[EMBEDDED_CAPTIONS]
  const stored = siblingDocWithLocales.caption
  const captions: Record<string, unknown> =
    stored && typeof stored === 'object' ? { ...(stored as Record<string, unknown>) } : {}
  for (const [locale, text] of Object.entries(embedded.captions)) {
    const current = captions[locale]
    if (locale !== req.locale && (typeof current !== 'string' || current.trim() === ''))
      captions[locale] = text
  }
  siblingDocWithLocales.caption = captions
  return value
}
