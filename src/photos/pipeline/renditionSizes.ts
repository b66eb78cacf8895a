/** The sizes every photo gets, cropped around its focal point (never enlarged). */
export const RENDITION_SIZES = {
  thumbnail: { width: 400, height: 400 },
  card: { width: 800, height: 500 },
  hero: { width: 1920, height: 1080 },
  og: { width: 1200, height: 630 },
} as const

export type RenditionSize = keyof typeof RENDITION_SIZES
export const SIZE_NAMES = Object.keys(RENDITION_SIZES) as RenditionSize[]

/** Output formats: WebP and AVIF for every photo, plus one "original-format" variant. */
export type RenditionFormat = 'webp' | 'avif' | 'jpeg' | 'png'

export const MIME_TYPES: Record<RenditionFormat, string> = {
  avif: 'image/avif',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}

export const EXTENSIONS: Record<RenditionFormat, string> = {
  avif: 'avif',
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
}

/**
 * The variant every browser shows, in the original's format where that is a web format: PNG for
 * PNG originals and for any original with transparency, JPEG for JPEG, TIFF, WebP and AVIF.
 */
export function fallbackFormat(sourceFormat: string, hasAlpha: boolean): 'jpeg' | 'png' {
  return sourceFormat === 'png' || hasAlpha ? 'png' : 'jpeg'
}

/** One encoded file of a photo, as stored in its `renditions` field. */
export interface RenditionEntry {
  width: number
  height: number
  mimeType: string
  filesize: number
  /** `<size>.<generation>.<ext>`, under `<mediaDir>/renditions/<photo filename>/`. */
  filename: string
  /** Added on read: `/api/photos/file/<photo filename>?rendition=<filename>`. */
  url?: string
}

/** The `renditions` field: size → format → file. */
export type Renditions = Partial<
  Record<RenditionSize, Partial<Record<RenditionFormat, RenditionEntry>>>
>

const NAME = /^(thumbnail|card|hero|og)\.([a-z0-9]{12})\.(webp|avif|jpg|png)$/

/** Whether `name` has the form of a rendition file name (nothing else is ever served as one). */
export const isRenditionName = (name: string): boolean => NAME.test(name)

/** The generation part of a rendition file name (each regeneration writes a new one). */
export const generationOf = (name: string): string | undefined => NAME.exec(name)?.[2]
