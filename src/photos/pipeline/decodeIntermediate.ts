import sharp from 'sharp'

import { intermediateScale } from './focalCrop.js'
import type { UploadHeader } from './inspectUpload.js'
import { RENDITION_SIZES } from './renditionSizes.js'

/** The photo decoded once: upright, sRGB, 8 bits, reduced to what the largest crop needs. */
export interface Intermediate {
  data: Buffer
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 }
  /** The source's size after EXIF orientation (crops are never larger than it allows). */
  source: { width: number; height: number }
  format: UploadHeader['format']
  hasAlpha: boolean
}

/**
 * Decodes an accepted upload into the {@link Intermediate}. The reduction happens while decoding
 * (libjpeg/libwebp shrink-on-load) and the file is read sequentially, so a 24-megapixel JPEG costs
 * about 10 MB of pixels instead of 72 MB. Throws on damaged or truncated data.
 */
export async function decodeIntermediate(
  input: Buffer,
  header: UploadHeader,
  maxPixels: number,
): Promise<Intermediate> {
  const source = { height: header.height, width: header.width }
  const scale = intermediateScale(source, Object.values(RENDITION_SIZES))
  const { data, info } = await sharp(input, {
    failOn: 'error',
    limitInputPixels: maxPixels,
    sequentialRead: true,
  })
    .autoOrient()
    .resize({
      fit: 'fill',
      height: Math.max(1, Math.ceil(source.height * scale)),
      width: Math.max(1, Math.ceil(source.width * scale)),
      withoutEnlargement: true,
    })
    // CMYK, Adobe RGB, Display P3 …: converted with the embedded ICC profile when there is one.
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
  return {
    data,
    format: header.format,
    hasAlpha: info.channels === 4 || info.channels === 2,
    info: { channels: info.channels, height: info.height, width: info.width },
    source,
  }
}
