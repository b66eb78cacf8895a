import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { refuse } from '../../../http/refuse.js'
import type { ResolvedOptions } from '../../../options.js'
import { uploadedBytes } from '../../uploadedBytes.js'
import { decodeIntermediate } from '../decodeIntermediate.js'
import { inspectUpload } from '../inspectUpload.js'
import { inPhotoQueue } from '../processingQueue.js'
import { decodedUploads } from './decodedUploads.js'

/** A focal point coordinate the client sent, if any; refuses one outside 0–100. */
function checkFocal(req: PayloadRequest, axis: 'focalX' | 'focalY', value: unknown): void {
  if (value === undefined || value === null) return
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0 || number > 100) {
    refuse(req, 400, 'photos.pipeline.errors.focalRange', { field: axis, value: String(value) })
  }
}

/**
 * Before Payload reads or stores anything of a create or update: refuses a focal point outside
 * 0–100 and an upload the pipeline will not take (inspectUpload), then decodes the upload once,
 * in the process-wide queue. A damaged or truncated image is refused here (400), before Payload
 * replaces the stored file — nothing is written, nothing is changed.
 */
export const checkUpload =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const data = (args as { data?: Record<string, unknown> }).data ?? {}
    checkFocal(req, 'focalX', data.focalX)
    checkFocal(req, 'focalY', data.focalY)
    const edits = (req.query as { uploadEdits?: { focalPoint?: { x?: unknown; y?: unknown } } })
      ?.uploadEdits
    checkFocal(req, 'focalX', edits?.focalPoint?.x)
    checkFocal(req, 'focalY', edits?.focalPoint?.y)

    const file = req.file
    if (!file) return args
    const bytes = (await uploadedBytes(req)) ?? Buffer.alloc(0)
    const header = await inspectUpload(
      req,
      { data: bytes, name: file.name, size: file.size },
      options.photos,
    )
    const image = await inPhotoQueue(
      options.photos.concurrency,
      { filename: file.name, step: 'decode' },
      () => decodeIntermediate(bytes, header, options.photos.maxPixels),
    ).catch((error: Error) => {
      req.payload.logger.warn(`twinning photos: ${file.name} refused: ${error.message}`)
      return refuse(req, 400, 'photos.pipeline.errors.damaged', { filename: file.name })
    })
    // Kept only for an upload in memory: Payload writes an admin crop over a temp file in place,
    // under the same (empty) `file.data`, so a temp-file upload is decoded again after it.
    if (file.data.length) decodedUploads.set(file.data, image)
    return args
  }
