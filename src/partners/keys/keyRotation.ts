import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { readCacheOf } from '../../cache/readCache.js'
import { afterCommit } from '../../hooks/afterCommit.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { keyRegistryOf } from './keyRegistry.js'

const HOUR_MS = 3_600_000

/**
 * Before a client is saved with a new key or none (the admin's "generate" and "revoke", or
 * `apiKey` over the API): the replaced key's HMAC moves to `previousKeyIndex`, valid for the
 * grace period; a revoked key's to `revokedKeyIndex` (it then answers "revoked", and any grace
 * ends). The key itself is not stored: Payload keeps its HMAC in `apiKeyIndex` and would keep the
 * key encrypted, reversibly, in `apiKey` — that value is dropped here.
 */
export const rotateApiKey: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!('apiKey' in data) && !('enableAPIKey' in data)) return data
  const stored =
    operation === 'update' && originalDoc?.id !== undefined
      ? ((await req.payload.db.findOne({
          collection: collection.slug,
          req,
          where: { id: { equals: originalDoc.id } },
        })) as Record<string, unknown> | null)
      : null
  const oldIndex = typeof stored?.apiKeyIndex === 'string' ? stored.apiKeyIndex : undefined
  const newIndex = typeof data.apiKeyIndex === 'string' ? data.apiKeyIndex : undefined
  const now = Date.now()
  if (newIndex && oldIndex && newIndex !== oldIndex) {
    const { partners } = req.payload.config.custom[TWINNING] as ResolvedOptions
    const hours = Number(
      data.keyGraceHours ?? stored?.keyGraceHours ?? (partners ? partners.keyGraceHours : 24),
    )
    data.previousKeyIndex = oldIndex
    data.previousKeyValidUntil = new Date(now + Math.max(0, hours) * HOUR_MS).toISOString()
    data.revokedAt = null
  } else if (newIndex && !oldIndex) {
    data.revokedAt = null
  } else if (!newIndex && oldIndex && data.apiKeyIndex === null) {
    data.revokedKeyIndex = oldIndex
    data.revokedAt = new Date(now).toISOString()
    data.previousKeyIndex = null
    data.previousKeyValidUntil = null
  }
  // Only the HMAC is kept; Payload's field hook then stores null for the key itself.
  if (typeof data.apiKey === 'string') data.apiKey = null
  return data
}

/**
 * After any write to a client: keys are judged anew here at once and, through the read cache's
 * invalidations (Redis when configured), on every other instance.
 */
async function forget(req: PayloadRequest, slug: string, id: unknown): Promise<void> {
  const registry = keyRegistryOf(req.payload)
  registry.clear()
  // Again once the write's transaction ended: a key check in between re-read the old row.
  await afterCommit(req, () => registry.clear(), { always: true })
  await readCacheOf(req.payload.config)?.changed(req, [`k:${slug}:${String(id)}`])
}

export const forgetClientKeys: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await forget(req, collection.slug, doc.id)
  return doc
}

export const forgetDeletedClientKeys: CollectionAfterDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  await forget(req, collection.slug, id)
}
