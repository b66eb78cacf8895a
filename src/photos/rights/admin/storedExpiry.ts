import type { CollectionSlug, Payload } from 'payload'

/** The expiry the public is held to: the photo's stored (published) row, not the draft being edited. */
export async function storedExpiry(
  payload: Payload,
  collection: string,
  id: number | string,
): Promise<unknown> {
  const photo = (await payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
  })) as { rightsExpireAt?: unknown } | null
  return photo?.rightsExpireAt
}
