import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { prefillFromMetadata } from './prefillFromMetadata.js'
import { takeUploadMetadata } from './readUploadMetadata.js'

/** Where the prefill leaves captions for the other locales (see fillCaptionLocales.ts). */
export const EMBEDDED_CAPTIONS = 'twinningEmbeddedCaptions'
export interface EmbeddedCaptions {
  /** The upload they were read from: a later write in the same request does not take them. */
  file: PayloadRequest['file']
  captions: Record<string, string>
}

type Data = Record<string, unknown>

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * When a file comes with the request (create, or a replaced file), takes the embedded metadata
 * readUploadMetadata read from it and prefills what neither the request nor the document gives:
 * credit, copyright holder, caption (the request's locale here; other locales in
 * fillCaptionLocales), date taken. GPS from the file becomes `location` with `keepLocation` off,
 * unless the request names a location. Runs before Payload's validation and before the pipeline's
 * `beforeChange`, which writes the credit into derived images. What was read is kept in
 * `embeddedMetadata`.
 */
export const prefillFromUpload =
  (options: Pick<ResolvedOptions, 'defaultLocale' | 'locales'>): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data || !req.file || (operation !== 'create' && operation !== 'update')) return data
    const metadata = await takeUploadMetadata(req)
    const requestLocale =
      req.locale && options.locales.includes(req.locale) ? req.locale : options.defaultLocale
    const prefill = prefillFromMetadata(metadata, { locales: options.locales, requestLocale })
    // On update, `data` already holds the stored values of fields the request left out.
    const next: Data = { ...data, embeddedMetadata: metadata ?? null }
    for (const field of ['credit', 'copyrightHolder', 'dateTaken'] as const) {
      if (blank(next[field]) && prefill[field] !== undefined) next[field] = prefill[field]
    }
    const { [requestLocale]: caption, ...otherCaptions } = prefill.captions
    if (blank(next.caption) && caption !== undefined) next.caption = caption
    if (Object.keys(otherCaptions).length && req.payload.config.localization) {
      req.context[EMBEDDED_CAPTIONS] = {
        captions: otherCaptions,
        file: req.file,
      } satisfies EmbeddedCaptions
    }
    if (prefill.location) {
      // On update `data` holds the stored location unless the request named one: compare.
      const given = (next.location ?? {}) as Data
      const stored = (operation === 'update' ? (originalDoc?.location ?? {}) : {}) as Data
      const named =
        (!blank(given.latitude) || !blank(given.longitude)) &&
        (given.latitude !== stored.latitude || given.longitude !== stored.longitude)
      // The file's location stays hidden until an editor keeps it: a new file's GPS is a new
      // place, so an earlier "keep" does not carry over.
      const keep = given.keepLocation === true && stored.keepLocation !== true
      if (!named) next.location = { ...prefill.location, keepLocation: keep }
    }
    return next
  }
