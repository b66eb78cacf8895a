import type { CollectionAfterChangeHook } from 'payload'

import { localeSetupOf } from './localeSetup.js'
import { LOCALE_ACTION } from './scopePublishingToLocale.js'
import { storedVersions } from './storedVersions.js'
import { unpublishedChanges } from './unpublishedChanges.js'

/**
 * Payload's per-locale publish (`publishSpecificLocale`) stores two versions: the published one
 * (that locale merged into the last published version) and after it a draft snapshot of every
 * locale's saved state. The admin compares the newest version with the published one, so every
 * release published locale by locale showed "Changed" for good. When every locale is published
 * and the snapshot holds nothing the published version lacks, the snapshot goes and the published
 * version is the latest again, so the admin shows what is true. A snapshot that differs in
 * anything (a draft text, a shared field, a workflow status) stays: those are unpublished changes.
 * So does one while a locale is not published: Payload's Publish button needs it to publish an
 * unchanged locale.
 */
export const settlePublishedSnapshot: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.context[LOCALE_ACTION]) return doc
  const { db } = req.payload
  const { locales } = localeSetupOf(req.payload.config)
  const { latest, published } = await storedVersions(req.payload, collection.slug, doc.id, req)
  if (!latest?.snapshot || latest.version._status !== 'draft' || !published) return doc
  const available = (published.version.availableLocales as string[] | undefined) ?? []
  if (!locales.every((code) => available.includes(code))) return doc
  const changes = unpublishedChanges(
    latest.version,
    published.version,
    collection.flattenedFields,
    locales,
  )
  if (changes.shared || changes.locales.length) return doc
  await db.deleteVersions({
    collection: collection.slug,
    req,
    where: { id: { equals: latest.id } },
  })
  await db.updateVersion({
    collection: collection.slug,
    id: published.id,
    req,
    versionData: { latest: true } as never,
  })
  return doc
}
