import type { CollectionSlug, PayloadRequest } from 'payload'

import { refuse } from '../../http/refuse.js'
import { isPublicReader } from '../../publication/predicates.js'
import { isRightsExpired } from './expiry.js'

type Data = Record<string, unknown>

/**
 * An upload handler, first of the photos' handlers: the public asking for a file of a photo whose
 * rights have expired — the original or any rendition — gets 410 Gone. Payload has checked read
 * access already and hands over the photo it found for the file name; when it found none (a
 * rendition's name), the photo is looked up by name. Staff get every file.
 */
export async function refuseExpiredFile(
  req: PayloadRequest,
  { doc, params }: { doc?: unknown; params: { collection: string; filename: string } },
): Promise<void> {
  if (!isPublicReader(req.user)) return
  let photo = doc && typeof doc === 'object' && 'rightsExpireAt' in doc ? (doc as Data) : null
  photo ??= (await req.payload.db.findOne({
    collection: params.collection as CollectionSlug,
    req,
    where: { filename: { equals: params.filename } },
  })) as Data | null
  if (photo && isRightsExpired(photo))
    refuse(req, 410, 'photos.rights.errors.fileGone', { filename: params.filename })
}
