import type { CollectionSlug, Payload, PayloadRequest, TypeWithVersion, Where } from 'payload'

type Data = Record<string, unknown>
export type StoredVersion = TypeWithVersion<Data> & { latest?: boolean; snapshot?: boolean }

/**
 * A document's latest version (what the admin edits) and its newest published one, as the
 * database adapter stores them: every locale, no hooks. Either is undefined when there is none.
 */
export async function storedVersions(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  req?: PayloadRequest,
): Promise<{ latest?: StoredVersion; published?: StoredVersion }> {
  const newest = async (condition: Where) =>
    (
      await payload.db.findVersions({
        collection,
        limit: 1,
        pagination: false,
        req,
        sort: '-updatedAt',
        where: { and: [{ parent: { equals: id } }, condition] },
      })
    ).docs[0] as StoredVersion | undefined
  return {
    latest: await newest({ latest: { equals: true } }),
    published: await newest({ 'version._status': { equals: 'published' } }),
  }
}
