import type {
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { publicationOf } from '../publicRead.js'
import { appendToLog, type LogEntry } from './append.js'
import { publicChanges } from './publicChanges.js'

type Data = Record<string, unknown>
type Id = number | string

/** `req.context` key: the stored documents that referred to each document being deleted. */
const REFERRERS = 'twinningReferrersBefore'

/**
 * Query paths of the relationship and upload fields, in groups, tabs, arrays and blocks, that
 * point at `target` alone. (Rich text keeps its references as JSON, which a delete leaves alone;
 * no Twinning collection has a polymorphic relation.)
 */
function referencePaths(fields: FlattenedField[], target: string, prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    if (field.type === 'relationship' || field.type === 'upload')
      return field.relationTo === target ? [path] : []
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
      return referencePaths(field.flattenedFields, target, `${path}.`)
    if (field.type === 'blocks')
      return (field.blocks ?? []).flatMap((block) =>
        referencePaths(block.flattenedFields, target, `${path}.`),
      )
    return []
  })
}

const stash = (req: PayloadRequest) =>
  ((req.context as Record<string, unknown>)[REFERRERS] ??= new Map()) as Map<
    string,
    Array<{ collection: SanitizedCollectionConfig; doc: Data }>
  >

const key = (collection: string, id: Id) => `${collection}:${id}`

/**
 * Before a delete: the stored documents with per-locale publishing that refer to the document
 * (read in the delete's transaction).
 */
export const rememberReferrers: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const found: Array<{ collection: SanitizedCollectionConfig; doc: Data }> = []
  for (const referrer of req.payload.config.collections) {
    if (!publicationOf(referrer)) continue
    const paths = referencePaths(referrer.flattenedFields, collection.slug)
    if (!paths.length) continue
    const { docs } = await req.payload.db.find({
      collection: referrer.slug as CollectionSlug,
      pagination: false,
      req,
      // Not the collection's default sort: a localized one (partner cities by name) needs a locale.
      sort: 'id',
      where: { or: paths.map((path) => ({ [path]: { in: [id] } })) },
    })
    for (const doc of docs as Data[])
      if (!(referrer.slug === collection.slug && String(doc.id) === String(id)))
        found.push({ collection: referrer, doc })
  }
  if (found.length) stash(req).set(key(collection.slug, id), found)
}

/**
 * After a delete: the database dropped the references to the deleted document (a partner city's
 * tag from the releases tagged with it, a photo from a hero slot) with no write of the documents
 * that held them — yet what the public sees of those changed. Each such change is logged like a
 * write's (`updated` in every locale where a public view changed), so the change feed and the
 * webhooks tell partners.
 */
export const recordReferrerChanges: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const referrers = stash(req).get(key(collection.slug, id))
  stash(req).delete(key(collection.slug, id))
  if (!referrers?.length) return
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const at = new Date().toISOString()
  const entries: LogEntry[] = []
  for (const { collection: referrer, doc: before } of referrers) {
    const after = (await req.payload.db.findOne({
      collection: referrer.slug as CollectionSlug,
      req,
      where: { id: { equals: before.id } },
    })) as Data | null
    entries.push(...publicChanges(req, referrer, before.id as Id, before, after, at))
  }
  await appendToLog(req, slugs.publicationLog, entries)
}
