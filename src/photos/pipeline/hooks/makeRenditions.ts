import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.js'
import { uploadedBytes } from '../../uploadedBytes.js'
import { creditMetadataOf } from '../creditMetadata.js'
import { decodeIntermediate, type Intermediate } from '../decodeIntermediate.js'
import { inspectUpload } from '../inspectUpload.js'
import { inPhotoQueue } from '../processingQueue.js'
import { renderRenditions } from '../renderRenditions.js'
import { generationOfRenditions } from '../renditionFiles.js'
import { decodedUploads, pendingRenditions } from './decodedUploads.js'

type PhotoData = {
  copyrightHolder?: string | null
  credit?: string | null
  filename?: string | null
  focalX?: number | null
  focalY?: number | null
  renditions?: unknown
}

const focalOf = (doc: PhotoData | undefined, data: PhotoData) => ({
  x: Number(data.focalX ?? doc?.focalX ?? 50),
  y: Number(data.focalY ?? doc?.focalY ?? 50),
})

/** The upload of this write, decoded (by checkUpload, or now), or the stored original's. */
async function sourceImage(
  req: PayloadRequest,
  options: ResolvedOptions,
  staticDir: string,
  filename: string,
): Promise<Intermediate | undefined> {
  const file = req.file
  const known = file?.data && decodedUploads.get(file.data)
  if (known) return known
  const bytes = file
    ? await uploadedBytes(req)
    : await readFile(path.join(staticDir, filename)).catch(() => undefined)
  if (!bytes) return undefined
  const header = await inspectUpload(req, { data: bytes, name: filename }, options.photos)
  return inPhotoQueue(options.photos.concurrency, { filename, step: 'decode' }, () =>
    decodeIntermediate(bytes, header, options.photos.maxPixels),
  )
}

/**
 * Renders every size × format when the file, the focal point, the credit or the copyright holder
 * changed (or a photo has none yet), and stores their list in `renditions`. The files are written
 * by `writeRenditions` once the write has passed validation. `renditions` is never taken from
 * the client.
 */
export const makeRenditions =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const doc = originalDoc as PhotoData | undefined
    const incoming = data as PhotoData
    const filename = incoming.filename ?? doc?.filename
    incoming.renditions = doc?.renditions ?? null
    if (!filename) return data
    const staticDir = collection.upload.staticDir ?? options.mediaDir
    const focal = focalOf(doc, incoming)
    const credit = creditMetadataOf({
      copyrightHolder:
        incoming.copyrightHolder !== undefined ? incoming.copyrightHolder : doc?.copyrightHolder,
      credit: incoming.credit ?? doc?.credit,
    })
    const previous = doc && creditMetadataOf(doc)
    const unchanged =
      !req.file &&
      doc?.renditions &&
      filename === doc.filename &&
      focal.x === Number(doc.focalX ?? 50) &&
      focal.y === Number(doc.focalY ?? 50) &&
      previous?.credit === credit.credit &&
      previous?.copyright === credit.copyright
    if (unchanged) return data

    const image = await sourceImage(req, options, staticDir, filename)
    if (!image) {
      req.payload.logger.warn(`twinning photos: ${filename} is not on disk; renditions kept`)
      return data
    }
    const { files, renditions } = await inPhotoQueue(
      options.photos.concurrency,
      { filename, step: 'encode' },
      () => renderRenditions(image, focal, credit),
    )
    const pending = pendingRenditions.get(req) ?? new Map()
    pending.set(generationOfRenditions(renditions)!, files)
    pendingRenditions.set(req, pending)
    incoming.renditions = renditions
    return data
  }
