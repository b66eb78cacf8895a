import type { PayloadRequest, Where } from 'payload'

import { URL_SLUGS } from './collection.js'
import { insertFree, lockSlugSpace } from './registryTable.js'
import { withSuffix } from './suffix.js'

export interface RegistryRow {
  collection: string
  current: boolean
  document: null | string
  id: number | string
  locale: string
  slug: string
}

/** How many `-N` candidates one query asks about. */
const CANDIDATES_PER_ROUND = 16

export async function findRows(req: PayloadRequest, where: Where, limit = 0) {
  const result = await req.payload.db.find({
    collection: URL_SLUGS,
    limit,
    pagination: false,
    req,
    where,
  })
  return result.docs as unknown as RegistryRow[]
}

/** The rows of one document in one locale (its current slug and its redirects). */
export const rowsOfDocument = (
  req: PayloadRequest,
  collection: string,
  document: string,
  locale?: string,
) =>
  findRows(req, {
    and: [
      { collection: { equals: collection } },
      { document: { equals: document } },
      ...(locale ? [{ locale: { equals: locale } }] : []),
    ],
  })

/** The row holding `slug` in a collection and locale, current or old. */
export async function rowOfSlug(
  req: PayloadRequest,
  collection: string,
  locale: string,
  slug: string,
): Promise<RegistryRow | undefined> {
  const rows = await findRows(
    req,
    {
      and: [
        { collection: { equals: collection } },
        { locale: { equals: locale } },
        { slug: { equals: slug } },
      ],
    },
    1,
  )
  return rows[0]
}

export interface Claim {
  collection: string
  /** The document's id; null while it is being created. */
  document: null | string
  locale: string
  /** The slug wanted; `-2`, `-3`, … are tried while it is taken. */
  base: string
  maxLength: number
}

/**
 * The candidates `base`, `base-2`, `base-3`, … in rounds, each with the row holding it (if any).
 * Stops when `take` returns a result.
 */
async function firstCandidate<T>(
  req: PayloadRequest,
  claim: Claim,
  take: (slug: string, holder: RegistryRow | undefined) => Promise<T | undefined>,
): Promise<T> {
  for (let from = 1; ; from += CANDIDATES_PER_ROUND) {
    const candidates = Array.from({ length: CANDIDATES_PER_ROUND }, (_, i) =>
      withSuffix(claim.base, from + i, claim.maxLength),
    )
    const taken = await findRows(req, {
      and: [
        { collection: { equals: claim.collection } },
        { locale: { equals: claim.locale } },
        { slug: { in: candidates } },
      ],
    })
    for (const slug of new Set(candidates)) {
      const result = await take(
        slug,
        taken.find((row) => row.slug === slug),
      )
      if (result !== undefined) return result
    }
  }
}

const heldBy = (row: RegistryRow | undefined, document: null | string) =>
  row !== undefined && document !== null && row.document === document

/**
 * Gives the document `base` in this collection and locale — or the first of `base-2`, `base-3`, …
 * nobody else holds, counting old slugs kept as redirects. A slug the same document held before
 * (one of its redirects) is taken back. Returns the slug and its row's id; never throws on a
 * collision: a slug another writer took between the look-up and the insert is simply skipped.
 */
export async function claimSlug(
  req: PayloadRequest,
  claim: Claim,
): Promise<{ id: number | string; slug: string }> {
  await lockSlugSpace(req, claim.collection, claim.locale)
  return firstCandidate(req, claim, async (slug, holder) => {
    if (holder && heldBy(holder, claim.document)) {
      if (!holder.current) await markCurrent(req, holder.id, true)
      return { id: holder.id, slug }
    }
    if (holder) return undefined
    const [id] = await insertFree(req, [
      {
        collection: claim.collection,
        current: true,
        document: claim.document,
        locale: claim.locale,
        slug,
      },
    ])
    return id === undefined ? undefined : { id, slug }
  })
}

/** What {@link claimSlug} would give now, without reserving it (the admin's regenerate button). */
export const firstFreeSlug = (req: PayloadRequest, claim: Claim): Promise<string> =>
  firstCandidate(req, claim, async (slug, holder) =>
    !holder || heldBy(holder, claim.document) ? slug : undefined,
  )

export const markCurrent = (req: PayloadRequest, id: number | string, current: boolean) =>
  req.payload.db.updateOne({ collection: URL_SLUGS, data: { current }, id, req })

export const renameRow = (req: PayloadRequest, id: number | string, slug: string) =>
  req.payload.db.updateOne({ collection: URL_SLUGS, data: { slug }, id, req })

export const deleteRows = (req: PayloadRequest, ids: Array<number | string>) =>
  ids.length
    ? req.payload.db.deleteMany({ collection: URL_SLUGS, req, where: { id: { in: ids } } })
    : Promise.resolve()

/** Rows created with the document, still without its id: they get it once the insert is done. */
export const adoptRows = (req: PayloadRequest, ids: Array<number | string>, document: string) =>
  ids.length
    ? req.payload.db.updateMany({
        collection: URL_SLUGS,
        data: { document },
        req,
        where: { id: { in: ids } },
      })
    : Promise.resolve()
