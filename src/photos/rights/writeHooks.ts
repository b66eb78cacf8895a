import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { changesPublicRow } from '../../publication/changesPublicRow.js'
import { announceRights } from './announceRights.js'
import { rightsExpiredAt } from './expiry.js'
import { queueRightsTask } from './expiryTask.js'

type Data = Record<string, unknown>

/** `req.context` key: each photo's stored expiry before this request wrote it. */
const BEFORE = 'twinningRightsBefore'
const stash = (req: PayloadRequest) =>
  ((req.context as Data)[BEFORE] ??= new Map()) as Map<string, unknown>

/**
 * Before any write of a photo: `rightsExpired` says what the public has been told, so only the
 * server writes it — every write carries the stored value forward (a draft or version loaded in
 * the admin may hold an older one). The stored expiry is remembered for `announceRightsOnWrite`.
 */
export const keepRightsFlag: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create' || originalDoc?.id === undefined)
    return { ...data, rightsExpired: false }
  const stored = (await req.payload.db.findOne({
    collection: collection.slug as CollectionSlug,
    req,
    where: { id: { equals: originalDoc.id } },
  })) as Data | null
  stash(req).set(String(originalDoc.id), stored?.rightsExpireAt ?? null)
  return { ...data, rightsExpired: stored?.rightsExpired === true }
}

/**
 * After a write the public can see (a create, a publish or unpublish — not a draft save): an expiry
 * moved into the past, or out of it, is announced at once (log, cache: `announceRights`), and a
 * new expiry in the future queues the expiry job for that moment. A change of visibility this
 * write made is logged by the publication log's own hook (an expired photo has no public view).
 */
export const announceRightsOnWrite: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (!changesPublicRow(collection, operation, req)) return doc
  const before = stash(req).get(String(doc.id))
  stash(req).delete(String(doc.id))
  const at = doc.rightsExpireAt as string | null | undefined
  // When this write moved the expiry across now, the log's own hook has logged the change of
  // visibility; when time did (the rights ended before the write, the job not yet told), nobody has.
  const changedByWrite = rightsExpiredAt(before) !== rightsExpiredAt(at)
  await announceRights(req, doc.id, new Date(), { log: !changedByWrite })
  if (at && at !== before && !rightsExpiredAt(at)) {
    await queueRightsTask(req.payload, { req, waitUntil: new Date(at) })
  }
  return doc
}
