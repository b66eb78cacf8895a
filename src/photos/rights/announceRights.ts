import type { CollectionSlug, PayloadRequest } from 'payload'

import { documentTag, listTag } from '../../cache/requestTags.js'
import { readCacheOf } from '../../cache/readCache.js'
import { localeSetupOf } from '../../publication/localeSetup.js'
import { appendToLog, type LogEntry } from '../../publication/log/append.js'
import { servableLocales, servedLocale } from '../../publication/predicates.js'
import { publicationOf } from '../../publication/publicRead.js'
import type { ResolvedOptions } from '../../options.js'
import { reindexDocument } from '../../search/followPublication.js'
import { TWINNING } from '../../slugs.js'
import { isRightsExpired } from './expiry.js'
import { lockPhotoRow } from './lockPhotoRow.js'

type Data = Record<string, unknown>
export type RightsChange = 'expired' | 'restored'

/** Locales a stored photo is public in, its rights aside (a photo falls back along the locale chain). */
function visibleLocales(req: PayloadRequest, slug: CollectionSlug, photo: Data): string[] {
  const setup = localeSetupOf(req.payload.config)
  const fallbackChain = Boolean(
    publicationOf(req.payload.collections[slug]?.config ?? {})?.fallbackChain,
  )
  return setup.locales.filter(
    (locale) =>
      servedLocale(photo, servableLocales(setup, { fallbackChain, locale }).servable) !== undefined,
  )
}

/**
 * Brings the public side of one photo's rights in line with its expiry date, inside the request's
 * transaction: when the stored `rightsExpired` flag (what the public has been told) differs from
 * the date, the flag is written, the publication log gets a `withdrawn` entry (after expiry) or a
 * `published` entry (after an extension) for every locale the photo is public in, the search index
 * drops the photo (or indexes it again where public), and the cached answers that showed or
 * embedded it are dropped once the transaction commits. Nothing to do: no write at all — so
 * running it again changes nothing (idempotent). With `log: false` (an editor's write) the log is
 * left alone: the publication log's own hook compares the public view before and after that
 * write, and an expired photo has none, so it has logged the change already.
 */
export async function announceRights(
  req: PayloadRequest,
  id: number | string,
  now: Date = new Date(),
  { log = true }: { log?: boolean } = {},
): Promise<RightsChange | undefined> {
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const slug = slugs.photos as CollectionSlug
  await lockPhotoRow(req, slug, id)
  const photo = (await req.payload.db.findOne({
    collection: slug,
    req,
    where: { id: { equals: id } },
  })) as Data | null
  if (!photo) return undefined
  const expired = isRightsExpired(photo, now)
  if (expired === (photo.rightsExpired === true)) return undefined

  await req.payload.db.updateOne({
    collection: slug,
    data: { rightsExpired: expired },
    id: photo.id as number | string,
    req,
    returning: false,
  })
  const at = now.toISOString()
  const entries: LogEntry[] = visibleLocales(req, slug, photo).map((locale) => ({
    at,
    change: expired ? 'withdrawn' : 'published',
    collection: slug,
    documentId: String(photo.id),
    locale,
    reason: expired ? 'rightsExpired' : 'rightsRestored',
  }))
  if (log) await appendToLog(req, slugs.publicationLog as CollectionSlug, entries)
  // The log entries above do not reach the search index (it follows writes, and an expired photo
  // has no public view to compare): every locale leaves it, or comes back where public again.
  const config = req.payload.collections[slug]!.config
  await reindexDocument(req, config, { ...photo, rightsExpired: expired })
  await readCacheOf(req.payload.config)?.changed(req, [documentTag(slug, photo.id), listTag(slug)])
  return expired ? 'expired' : 'restored'
}
