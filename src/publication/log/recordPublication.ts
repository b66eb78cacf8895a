import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  SanitizedCollectionConfig,
  PayloadRequest,
} from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { followPublication, forgetDocument } from '../../search/followPublication.js'
import { TWINNING } from '../../slugs.js'
import { localeSetupOf } from '../localeSetup.js'
import { publicationOf } from '../publicRead.js'
import { LOCALE_ACTION } from '../scopePublishingToLocale.js'
import { appendToLog, type LogEntry } from './append.js'
import type { PublicationChange } from './collection.js'
import { publicTextHash } from './publicText.js'

type Data = Record<string, unknown>
type Id = number | string

/** `req.context` key: what the public could see of each document before this request wrote it. */
const BEFORE = 'twinningPublicBefore'

const key = (collection: string, id: Id) => `${collection}:${id}`

/** The stored document with every locale, as the adapter holds it, read in the write's transaction. */
const stored = async (req: PayloadRequest, collection: CollectionSlug, id: Id) =>
  (await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })) as Data | null

/** Per locale: a hash of what a public reader sees, or undefined where the document is not visible. */
function publicViews(collection: SanitizedCollectionConfig, req: PayloadRequest, doc: Data | null) {
  const setup = localeSetupOf(req.payload.config)
  const settings = publicationOf(collection)
  return Object.fromEntries(
    setup.locales.map((code) => [
      code,
      doc ? publicTextHash(collection.flattenedFields, doc, code, setup, settings) : undefined,
    ]),
  )
}

function stash(req: PayloadRequest): Map<string, Data | null> {
  const context = req.context as Record<string, unknown>
  return (context[BEFORE] ??= new Map()) as Map<string, Data | null>
}

async function append(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: Id,
  before: Data | null,
  after: Data | null,
) {
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const was = publicViews(collection, req, before)
  const now = publicViews(collection, req, after)
  const at = new Date().toISOString()
  const entries: LogEntry[] = []
  for (const locale of Object.keys(now)) {
    const change: PublicationChange | undefined = !was[locale]
      ? now[locale]
        ? 'published'
        : undefined
      : !now[locale]
        ? after
          ? 'withdrawn'
          : 'deleted'
        : was[locale] !== now[locale]
          ? 'updated'
          : undefined
    if (change)
      entries.push({ at, change, collection: collection.slug, documentId: String(id), locale })
  }
  await appendToLog(req, slugs.publicationLog, entries)
  if (after) await followPublication(req, collection, after, entries)
  else await forgetDocument(req, collection.slug, id)
}

/** Before a publish or unpublish: remember what the public could see. Draft saves change nothing public. */
export const rememberPublicView: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && req.context[LOCALE_ACTION] && originalDoc?.id !== undefined) {
    stash(req).set(
      key(collection.slug, originalDoc.id),
      await stored(req, collection.slug, originalDoc.id),
    )
  }
  return data
}

/** After a publish or unpublish: log each locale whose public view appeared, changed or went away. */
export const recordPublication: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (!req.context[LOCALE_ACTION]) return doc
  const before =
    operation === 'create' ? null : (stash(req).get(key(collection.slug, doc.id)) ?? null)
  stash(req).delete(key(collection.slug, doc.id))
  await append(req, collection, doc.id, before, await stored(req, collection.slug, doc.id))
  return doc
}

export const rememberBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  stash(req).set(key(collection.slug, id), await stored(req, collection.slug, id))
}

/** After a delete: a tombstone for every locale the document was visible in. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  const before = stash(req).get(key(collection.slug, id)) ?? null
  stash(req).delete(key(collection.slug, id))
  await append(req, collection, id, before, null)
  return doc
}
