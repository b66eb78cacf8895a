/** Options of the photo pipeline (`twinning({ photos })`). */
export interface PhotoOptions {
  /** Uploads processed at the same time; more wait their turn (sharp decodes a 24 MP photo into ~100 MB). */
  concurrency: number
  /** Largest upload accepted, in bytes (bigger gets 413). */
  maxFileBytes: number
  /** Largest image accepted, in pixels (width × height): a decompression bomb gets 400. */
  maxPixels: number
  /** Photos whose rights expire within this many days are flagged in the admin. */
  expiryWarningDays: number
  /** Alt text length the admin recommends (characters); longer is allowed, with a warning. */
  altTextLength: number
}

export const DEFAULT_PHOTO_OPTIONS: PhotoOptions = {
  concurrency: 1,
  maxFileBytes: 40 * 1024 * 1024,
  maxPixels: 100_000_000,
  expiryWarningDays: 30,
  altTextLength: 125,
}

export function resolvePhotoOptions(options: Partial<PhotoOptions> = {}): PhotoOptions {
  const resolved = { ...DEFAULT_PHOTO_OPTIONS, ...options }
  for (const key of Object.keys(DEFAULT_PHOTO_OPTIONS) as (keyof PhotoOptions)[]) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 1)
      throw new Error(`twinning: photos.${key} must be a whole number of at least 1.`)
  }
  return resolved
}
