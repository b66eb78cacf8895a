/** Why the public gets a placeholder instead of a photo. */
export const UNAVAILABLE_REASONS = ['rightsExpired'] as const
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number]

/** What the public gets where an unavailable photo is related: its id and the reason, nothing of the image. */
export interface UnavailablePhoto {
  id: number | string
  unavailable: true
  reason: UnavailableReason
}

export const unavailablePhoto = (
  id: number | string,
  reason: UnavailableReason = 'rightsExpired',
): UnavailablePhoto => ({ id, reason, unavailable: true })
