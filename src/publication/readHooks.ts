import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  CollectionBeforeReadHook,
  Where,
} from 'payload'

import { refuse } from '../http/refuse.js'
import { localeSetupOf } from './localeSetup.js'
import { guardPublicSortPath, guardPublicWhere, type QueryRefusal } from './publicQuery.js'
import { publicReadOf } from './publicRead.js'
import { planPublicView, restrictToPublicLocales, toPublicDocument } from './projection.js'

type Select = Record<string, unknown>

/** Fields every public read selects, whatever the client's `select`: the projection decides on them. */
const DECIDING_FIELDS = ['publishedIn', '_status'] as const

/** A selection that always carries the deciding fields (in include mode), or never leaves them out. */
function withDecidingFields(select: Select | undefined): Select | undefined {
  if (!select || typeof select !== 'object') return select
  const including = Object.values(select).some(
    (value) => value === true || (value && typeof value === 'object'),
  )
  const next = { ...select }
  for (const name of DECIDING_FIELDS) {
    if (including) next[name] = true
    else if (next[name] === false) delete next[name]
  }
  return next
}

/**
 * Before a public read (REST, GraphQL, `findPublic`): the published version only (`draft` off),
 * a selection that cannot switch the rule off, and filters, sorts and distinct values that see
 * only text the reader may see — or a 400 naming the path.
 */
export const shapePublicRead: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const read = publicReadOf(req, collection, overrideAccess)
  if (!read) return args
  const { locales } = localeSetupOf(req.payload.config)
  const fields = collection.flattenedFields
  const fail = (refusal: QueryRefusal): never =>
    refuse(req, 400, refusal.key, { path: refusal.path })
  const query = args as {
    draft?: boolean
    field?: string
    populate?: Record<string, Select>
    select?: Select
    sort?: string | string[]
    where?: Where
  }

  if (operation === 'read') {
    query.draft = false
    query.select = withDecidingFields(query.select)
    if (query.populate) {
      query.populate = Object.fromEntries(
        Object.entries(query.populate).map(([slug, select]) => [
          slug,
          withDecidingFields(select) ?? select,
        ]),
      )
    }
  }
  if (query.where) {
    const guarded = guardPublicWhere(query.where, fields, read, locales)
    if ('refusal' in guarded) fail(guarded.refusal)
    else query.where = guarded.where
  }
  // Payload falls back to the collection's default sort after these hooks: check it here too, and
  // where it would order by hidden text (partner cities by name, read with a fallback), sort by id.
  if (operation === 'read' && !query.sort && typeof collection.defaultSort === 'string') {
    const path = collection.defaultSort
    if (guardPublicSortPath(path, fields, read, locales))
      query.sort = path.startsWith('-') ? '-id' : 'id'
  }
  const sorts = Array.isArray(query.sort)
    ? query.sort
    : typeof query.sort === 'string'
      ? query.sort.split(',')
      : []
  for (const path of [
    ...sorts,
    ...(operation === 'readDistinct' && query.field ? [query.field] : []),
  ]) {
    const refusal = path.trim()
      ? guardPublicSortPath(path.trim(), fields, read, locales)
      : undefined
    if (refusal) fail(refusal)
  }
  return args
}

type ReadHookArgs = Pick<
  Parameters<CollectionBeforeReadHook>[0],
  'collection' | 'doc' | 'overrideAccess' | 'req'
>

/**
 * How a public read serves this stored document, or undefined for staff and the server's own
 * reads. Nothing servable (it cannot pass the read rule, but fail closed): no locale's text.
 */
function publicPlan({ collection, doc, overrideAccess, req }: ReadHookArgs) {
  const read = publicReadOf(req, collection, overrideAccess)
  if (!read) return undefined
  const { locales } = localeSetupOf(req.payload.config)
  const plan = planPublicView(doc, read, locales) ?? {
    keep: new Set<string>(),
    note: { requested: read.requested, served: [] as string[] },
  }
  return { locales, plan, readable: read.readable }
}

/**
 * Before Payload picks the requested locale out of a stored document (and fills empty fields
 * along the fallback chain), keep only the text of locales the document is public in, and put a
 * fallback's text in the requested locale's slot. So nothing withdrawn or unpublished can be
 * served, filled in, or selected.
 */
export const keepPublicLocales: CollectionBeforeReadHook = (args) => {
  const shaped = publicPlan(args)
  if (shaped)
    restrictToPublicLocales(args.collection.flattenedFields, args.doc, shaped.plan, shaped.locales)
  return args.doc
}

/** After the read: the public shape — internal fields dropped, `_locale` says what was served. */
export const servePublicDocument: CollectionAfterReadHook = (args) => {
  const shaped = publicPlan(args)
  return shaped ? toPublicDocument(args.doc, shaped.plan.note, shaped.readable) : args.doc
}
