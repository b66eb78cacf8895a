import { randomBytes } from 'node:crypto'

import sharp from 'sharp'

import { type CreditMetadata, creditXmp } from './creditMetadata.js'
import type { Intermediate } from './decodeIntermediate.js'
import { focalCrop } from './focalCrop.js'
import {
  EXTENSIONS,
  fallbackFormat,
  MIME_TYPES,
  RENDITION_SIZES,
  type RenditionFormat,
  type Renditions,
  SIZE_NAMES,
} from './renditionSizes.js'

/** One rendered file, before it is written. */
export interface RenderedFile {
  filename: string
  data: Buffer
}

// Encoder settings: AVIF's default effort (4) takes ~10 s for a detailed 1920×1080 image, effort 2
// about 1 s at nearly the same size.
const ENCODE: Record<RenditionFormat, (image: sharp.Sharp) => sharp.Sharp> = {
  avif: (image) => image.avif({ effort: 2, quality: 55 }),
  jpeg: (image) => image.jpeg({ mozjpeg: false, quality: 82 }),
  png: (image) => image.png({ compressionLevel: 7 }),
  webp: (image) => image.webp({ quality: 80 }),
}

/**
 * Every size × format of a photo from its decoded {@link Intermediate}: cropped around the focal
 * point, encoded with only the credit and copyright as metadata (EXIF IFD0 Artist/Copyright, XMP).
 * Each call makes a new generation (part of the file names), so a regeneration never overwrites
 * files a published version still points to.
 */
export async function renderRenditions(
  image: Intermediate,
  focal: { x: number; y: number },
  credit: CreditMetadata,
): Promise<{ files: RenderedFile[]; renditions: Renditions }> {
  const generation = randomBytes(6).toString('hex')
  const fallback = fallbackFormat(image.format, image.hasAlpha)
  const formats: RenditionFormat[] = ['webp', 'avif', fallback]
  const xmp = creditXmp(credit)
  const exif = { IFD0: { Artist: credit.credit, Copyright: credit.copyright } }
  const files: RenderedFile[] = []
  const renditions: Renditions = {}
  for (const size of SIZE_NAMES) {
    const target = RENDITION_SIZES[size]
    // The intermediate is a scaled copy of the source: cut in its pixels, never beyond the source.
    const { region } = focalCrop(image.info, target, focal)
    const { output } = focalCrop(image.source, target, focal)
    const { data, info } = await sharp(image.data, { raw: image.info })
      .extract(region)
      .resize(output.width, output.height, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true })
    renditions[size] = {}
    for (const format of formats) {
      let pipeline = sharp(data, {
        raw: { channels: info.channels, height: info.height, width: info.width },
      })
      if (format === 'jpeg' && image.hasAlpha)
        pipeline = pipeline.flatten({ background: '#ffffff' })
      const encoded = await ENCODE[format](pipeline.withExif(exif).withXmp(xmp)).toBuffer()
      const filename = `${size}.${generation}.${EXTENSIONS[format]}`
      files.push({ data: encoded, filename })
      renditions[size]![format] = {
        filename,
        filesize: encoded.length,
        height: info.height,
        mimeType: MIME_TYPES[format],
        width: info.width,
      }
    }
  }
  return { files, renditions }
}
