import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { refuse } from '../../http/refuse.js'
import type { PhotoOptions } from '../options.js'

/** What the header of an accepted upload says, read before any pixel is decoded. */
export interface UploadHeader {
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff'
  /** Size after EXIF orientation. */
  width: number
  height: number
  hasAlpha: boolean
}

/** The formats the pipeline decodes (their MIME types are the collection's accepted types). */
export const ACCEPTED_FORMATS: readonly UploadHeader['format'][] = [
  'jpeg',
  'png',
  'webp',
  'avif',
  'tiff',
]
// ISO-BMFF brands of HEIC/HEIF with HEVC pictures: this sharp build has no HEVC decoder.
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs'])

/** A byte count as the refusals show it: `40.0 MB`. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const brandOf = (data: Buffer): string | undefined =>
  data.subarray(4, 8).toString('latin1') === 'ftyp'
    ? data.subarray(8, 12).toString('latin1')
    : undefined

/**
 * Refuses an upload the pipeline cannot or must not process, from its size and header alone:
 * too large (413), not an image, SVG, GIF, HEIC or another type (415), more pixels than
 * `maxPixels` (400: a decompression bomb is refused before it is decoded).
 */
export async function inspectUpload(
  req: PayloadRequest,
  file: { data: Buffer; name: string; size?: number },
  options: PhotoOptions,
): Promise<UploadHeader> {
  const size = file.size ?? file.data.length
  if (size > options.maxFileBytes || file.data.length > options.maxFileBytes) {
    refuse(req, 413, 'photos.pipeline.errors.tooLarge', {
      max: megabytes(options.maxFileBytes),
      size: megabytes(Math.max(size, file.data.length)),
    })
  }
  const brand = brandOf(file.data)
  if (brand && HEVC_BRANDS.has(brand)) refuse(req, 415, 'photos.pipeline.errors.heic')
  let metadata: sharp.Metadata
  try {
    metadata = await sharp(file.data, { limitInputPixels: false }).metadata()
  } catch {
    refuse(req, 415, 'photos.pipeline.errors.notAnImage', { filename: file.name })
  }
  const format =
    metadata.format === 'heif'
      ? metadata.compression === 'av1'
        ? 'avif'
        : 'heic'
      : metadata.format
  if (format === 'heic') refuse(req, 415, 'photos.pipeline.errors.heic')
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format)) {
    refuse(req, 415, 'photos.pipeline.errors.unsupportedType', { type: String(format) })
  }
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0
  if (!width || !height) refuse(req, 400, 'photos.pipeline.errors.damaged', { filename: file.name })
  if (width * height > options.maxPixels) {
    refuse(req, 400, 'photos.pipeline.errors.tooManyPixels', {
      height: String(height),
      max: String(options.maxPixels),
      width: String(width),
    })
  }
  return {
    format: format as UploadHeader['format'],
    hasAlpha: Boolean(metadata.hasAlpha),
    height,
    width,
  }
}
