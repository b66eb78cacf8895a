import type { RenditionEntry, Renditions } from './renditionSizes.js'

/**
 * The URL of a rendition: the photo's own file route with `?rendition=`, so Payload's file access
 * check of the photo (the public read rule) decides who gets it, as for the original.
 */
export function renditionURL(
  base: { serverURL?: string; api: string; collection: string },
  photoFilename: string,
  name: string,
): string {
  return `${base.serverURL ?? ''}${base.api}/${base.collection}/file/${encodeURIComponent(photoFilename)}?rendition=${encodeURIComponent(name)}`
}

/** Every entry of a `renditions` value, with its size and format. */
export function renditionEntries(renditions: unknown): RenditionEntry[] {
  if (!renditions || typeof renditions !== 'object') return []
  return Object.values(renditions as Renditions).flatMap((formats) =>
    Object.values(formats ?? {}).filter((entry): entry is RenditionEntry =>
      Boolean(entry?.filename),
    ),
  )
}

/** The variant for `<img src>`: JPEG or PNG of a size (WebP/AVIF go in `<source>`). */
export function fallbackEntry(
  renditions: unknown,
  size: keyof Renditions,
): RenditionEntry | undefined {
  const formats = (renditions as Renditions | null | undefined)?.[size]
  return formats?.jpeg ?? formats?.png
}
