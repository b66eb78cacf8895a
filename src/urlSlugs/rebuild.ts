import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'
import { preloadRomanizers } from './makeSlug.js'
import { claimSlug, deleteRows, markCurrent, rowsOfDocument } from './registry.js'
import { slugOf } from './slugOptions.js'
import { writeStoredSlug } from './storedSlug.js'
import { wasPublicSlug } from './wasPublicSlug.js'

export interface RebuildCounts {
  /** Document-locales that got a slug for the first time. */
  filled: number
  /** Slugs replaced by a fresh one (unpublished locales, or every locale with `force`). */
  changed: number
  /** Published slugs kept as they are (without `force`). */
  kept: number
  /** Already right: nothing written. */
  unchanged: number
}

export type RebuildReport = Record<string, RebuildCounts>

type Doc = Record<string, unknown> & { id: number | string }
type Localized = Record<string, unknown> | undefined

const PAGE = 100

/** The title field a collection's slug is made from: its `useAsTitle`. */
const sourceOf = (payload: Payload, slug: string) =>
  payload.collections[slug as CollectionSlug]?.config.admin?.useAsTitle ?? 'title'

/**
 * Fills and checks the slug of every document in every locale that has a title (`npm run slugs --
 * --rebuild`). Slugs of locales that were ever published stay as they are — unless `force`, which
 * makes them afresh from the title and keeps the old ones as redirects. Every slug ends up in the
 * registry, unique. Idempotent: a second run finds everything `unchanged`.
 */
export async function rebuildSlugs(
  payload: Payload,
  { force = false, log }: { force?: boolean; log?: (line: string) => void } = {},
): Promise<RebuildReport> {
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  await preloadRomanizers(locales)
  const report: RebuildReport = {}
  const collections = Object.values(payload.collections)
    .map(({ config }) => config)
    .filter((config) =>
      config.flattenedFields.some((f) => f.name === 'slug' && 'localized' in f && f.localized),
    )
    .filter((config) => (Object.values(options.slugs) as string[]).includes(config.slug))
  for (const config of collections) {
    const counts: RebuildCounts = { changed: 0, filled: 0, kept: 0, unchanged: 0 }
    report[config.slug] = counts
    const from = sourceOf(payload, config.slug)
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: config.slug,
        depth: 0,
        draft: true,
        limit: PAGE,
        locale: 'all',
        overrideAccess: true,
        page,
        sort: 'id',
      })
      const docs = result.docs as unknown as Doc[]
      const mainRows = await publishedRows(payload, config.slug, docs)
      const transactionID = await payload.db.beginTransaction()
      const req = {
        context: {},
        payload,
        transactionID: transactionID ?? undefined,
      } as PayloadRequest
      try {
        const published = await publishedPairs(req, options.slugs.publicationLog, config.slug, docs)
        for (const doc of docs) {
          const main = mainRows.get(String(doc.id))
          for (const locale of locales) {
            const publicNow =
              Array.isArray(main?.availableLocales) && main.availableLocales.includes(locale)
            const frozen = publicNow || published.has(`${doc.id}:${locale}`)
            // A locale that was ever published takes its title and slug from the published row, never
            // from a pending draft: the slug is public, and a draft's title must not show through it.
            const source = frozen ? main : doc
            const title = (source?.[from] as Localized)?.[locale]
            const stored = ((source?.slug as Localized)?.[locale] as string | undefined) ?? ''
            if (typeof title !== 'string' || !title.trim()) continue
            // A withdrawn locale's row holds the draft merged in at withdrawal: its slug is kept as
            // it is (even with --force), never made from that title.
            if (frozen && !publicNow && !stored) continue
            const outcome = await rebuildOne(req, {
              collection: config.slug,
              document: String(doc.id),
              force: force && (publicNow || !frozen),
              frozen,
              id: doc.id,
              locale,
              maxLength: options.urlSlugs.maxLength,
              stored,
              title,
            })
            counts[outcome]++
            if (outcome !== 'unchanged' && outcome !== 'kept')
              log?.(`${config.slug} ${doc.id} ${locale}: ${outcome}`)
          }
        }
        if (transactionID) await payload.db.commitTransaction(transactionID)
      } catch (error) {
        if (transactionID) await payload.db.rollbackTransaction(transactionID)
        throw error
      }
      if (!result.hasNextPage) break
    }
  }
  return report
}

async function rebuildOne(
  req: PayloadRequest,
  one: {
    collection: string
    document: string
    force: boolean
    frozen: boolean
    id: number | string
    locale: string
    maxLength: number
    stored: string
    title: string
  },
): Promise<keyof RebuildCounts> {
  const rows = await rowsOfDocument(req, one.collection, one.document, one.locale)
  const current = rows.find((row) => row.current)
  const keep = one.frozen && one.stored && !one.force
  const wanted = keep ? one.stored : (await slugOf(req, one.title, one.locale)) || one.stored
  if (!wanted) return 'unchanged' // nothing usable and nothing stored: the next save gives the id-based slug
  const claimed = await claimSlug(req, {
    base: wanted,
    collection: one.collection,
    document: one.document,
    locale: one.locale,
    maxLength: one.maxLength,
  })
  for (const row of rows.filter((r) => r.current && r.id !== claimed.id)) {
    // Only a slug that was public becomes a redirect; a draft's is released.
    const redirect =
      one.frozen && (await wasPublicSlug(req, one.collection, one.document, one.locale, row.slug))
    if (redirect) await markCurrent(req, row.id, false)
    else await deleteRows(req, [row.id])
  }
  if (claimed.slug !== one.stored) {
    await writeStoredSlug(req, one.collection, one.id, one.locale, claimed.slug)
    return one.stored ? 'changed' : 'filled'
  }
  if (keep) return 'kept'
  // The stored slug was right; it may only have been missing from the registry.
  return current?.slug === one.stored ? 'unchanged' : 'filled'
}

/** The documents' own rows (what is published), by id; `docs` are their latest versions (drafts). */
async function publishedRows(
  payload: Payload,
  collection: CollectionSlug,
  docs: Doc[],
): Promise<Map<string, Doc>> {
  if (!docs.length) return new Map()
  const { docs: rows } = await payload.find({
    collection,
    depth: 0,
    draft: false,
    limit: docs.length,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    where: { id: { in: docs.map((doc) => doc.id) } },
  })
  return new Map((rows as unknown as Doc[]).map((row) => [String(row.id), row]))
}

/** `id:locale` of the documents given that the publication log says were published at some time. */
async function publishedPairs(
  req: PayloadRequest,
  logSlug: CollectionSlug,
  collection: string,
  docs: Doc[],
): Promise<Set<string>> {
  if (!docs.length) return new Set()
  const { docs: entries } = await req.payload.db.find({
    collection: logSlug,
    limit: 0,
    pagination: false,
    req,
    where: {
      and: [
        { collection: { equals: collection } },
        { change: { equals: 'published' } },
        { documentId: { in: docs.map((doc) => String(doc.id)) } },
      ],
    },
  })
  return new Set(
    (entries as unknown as Array<{ documentId: string; locale: string }>).map(
      (e) => `${e.documentId}:${e.locale}`,
    ),
  )
}
