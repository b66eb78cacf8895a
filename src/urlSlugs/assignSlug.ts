import type { CollectionAfterDeleteHook, FieldHook, PayloadRequest } from 'payload'

import { everPublished } from './everPublished.js'
import {
  adoptRows,
  claimSlug,
  deleteRows,
  markCurrent,
  renameRow,
  rowOfSlug,
  rowsOfDocument,
} from './registry.js'
import { slugOf, urlSlugOptionsOf } from './slugOptions.js'
import { wasPublicSlug } from './wasPublicSlug.js'

/** `req.context` key: registry rows claimed by a create, waiting for the new document's id. */
const PENDING = 'twinningPendingSlugRows'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The slug of the locale being written (`slugField`'s beforeChange hook). It follows the title
 * (`from`) on create and on every title change until the locale is first published; after that
 * only an editor changes it — by typing one (normalized like a generated one), or by clearing the
 * field or asking the admin to regenerate it. The slug is claimed in the registry (unique per
 * collection and locale, `-2`, `-3`, …); the one it replaces is kept as a redirect when it was the
 * public slug of a published locale, otherwise released.
 */
export function assignSlug(from: string): FieldHook {
  return async ({ collection, data, operation, originalDoc, req, value }) => {
    const locale = req.locale
    if (!collection || !locale || locale === 'all') return value
    if (operation !== 'create' && operation !== 'update') return value
    const document = operation === 'create' ? null : String(originalDoc?.id ?? '')
    if (document === '') return value
    const rows = document ? await rowsOfDocument(req, collection.slug, document, locale) : []
    const current = rows.find((row) => row.current)
    const previous = current?.slug ?? text(originalDoc?.slug)
    const typed = value === undefined ? undefined : text(value)
    const titleSent = data?.[from] !== undefined
    const title = titleSent ? data?.[from] : originalDoc?.[from]
    const titleChanged =
      operation === 'create' || (titleSent && text(title) !== text(originalDoc?.[from]))
    const frozen = document
      ? await everPublished(req, collection.slug, document, locale, originalDoc?.availableLocales)
      : false

    let wanted = ''
    if (typed && typed !== previous) wanted = await slugOf(req, typed, locale)
    if (!wanted && (typed === '' || !previous || (!frozen && titleChanged)))
      wanted = await slugOf(req, title, locale)
    if (!wanted) wanted = previous

    const { maxLength } = urlSlugOptionsOf(req)
    const claim = { collection: collection.slug, document, locale, maxLength }
    const claimed = wanted
      ? await claimSlug(req, { ...claim, base: wanted })
      : await claimFallback(req, claim)
    if (!document) pending(req).push(claimed.id)

    for (const row of rows.filter((r) => r.current && r.id !== claimed.id)) {
      const redirect =
        frozen &&
        document &&
        (await wasPublicSlug(req, collection.slug, document, locale, row.slug))
      if (redirect) await markCurrent(req, row.id, false)
      else await deleteRows(req, [row.id])
    }
    return claimed.slug
  }
}

/** The new document's rows get its id (`slugField`'s afterChange hook). */
export const adoptPendingSlugs: FieldHook = async ({ operation, originalDoc, req, value }) => {
  const ids = pending(req)
  if (operation === 'create' && ids.length && originalDoc?.id !== undefined) {
    await adoptRows(req, ids.splice(0), String(originalDoc.id))
  }
  return value
}

/** A deleted document's slugs are released: they 404 and may be given to another document. */
export const releaseSlugs: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const rows = await rowsOfDocument(req, collection.slug, String(id))
  await deleteRows(
    req,
    rows.map((row) => row.id),
  )
}

function pending(req: PayloadRequest): Array<number | string> {
  const context = req.context as Record<string, unknown>
  return (context[PENDING] ??= []) as Array<number | string>
}

/**
 * A title of only emoji or punctuation: `<collection>-<n>`, n being the slug's own registry number
 * (known before the document's id is). Stable: later saves keep it while the title stays unusable.
 */
async function claimFallback(
  req: PayloadRequest,
  claim: { collection: string; document: null | string; locale: string; maxLength: number },
) {
  const placeholder = `${claim.collection}-${crypto.randomUUID()}`
  const held = await claimSlug(req, { ...claim, base: placeholder })
  const wanted = `${claim.collection}-${held.id}`
  if (!(await rowOfSlug(req, claim.collection, claim.locale, wanted))) {
    await renameRow(req, held.id, wanted)
    return { id: held.id, slug: wanted }
  }
  await deleteRows(req, [held.id])
  return claimSlug(req, { ...claim, base: wanted })
}
