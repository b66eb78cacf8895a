import type { CollectionSlug, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { addRelationTags } from '../../cache/relationTags.js'
import { documentTag } from '../../cache/requestTags.js'

type Data = Record<string, unknown>
type Id = number | string

/** A document that shows a photo: in an upload or relationship field, or as a rich-text upload node. */
export interface PhotoUse {
  collection: string
  id: Id
  title: string
}

const PAGE = 100

/** Does a field (or anything inside it) point at photos, or may it hold rich-text upload nodes? */
function mayUsePhotos(field: FlattenedField, photos: string): boolean {
  if (field.type === 'richText') return true
  if (field.type === 'upload' || field.type === 'relationship') {
    const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    return (targets as string[]).includes(photos)
  }
  if (field.type === 'blocks')
    return field.blocks.some((block) =>
      block.flattenedFields.some((inner) => mayUsePhotos(inner, photos)),
    )
  if ('flattenedFields' in field)
    return field.flattenedFields.some((inner) => mayUsePhotos(inner, photos))
  return false
}

/** The text a document is listed by: its title field in the default locale, else any locale, else its id. */
function titleOf(collection: SanitizedCollectionConfig, doc: Data, defaultLocale: string): string {
  const value = doc[collection.admin?.useAsTitle ?? 'id']
  if (value && typeof value === 'object') {
    const byLocale = value as Data
    const text = byLocale[defaultLocale] ?? Object.values(byLocale).find(Boolean)
    if (typeof text === 'string' && text) return text
  }
  return typeof value === 'string' && value ? value : String(doc.id)
}

/**
 * Every document that uses one of `photoIds`, per photo: each collection that can refer to photos
 * is read page by page (all locales, depth 0, only the fields that can hold a photo), its published
 * rows and its latest drafts both, since either may go out with the photo. A full scan — an admin
 * report, not a public read.
 */
export async function photoUses(
  payload: Payload,
  photosSlug: string,
  photoIds: Id[],
): Promise<Map<string, PhotoUse[]>> {
  const wanted = new Map(photoIds.map((id) => [documentTag(photosSlug, id), String(id)]))
  const uses = new Map<string, PhotoUse[]>(photoIds.map((id) => [String(id), []]))
  if (!photoIds.length) return uses
  const defaultLocale = payload.config.localization
    ? payload.config.localization.defaultLocale
    : 'en'
  for (const { config: collection } of Object.values(payload.collections)) {
    if (collection.slug === photosSlug) continue
    const fields = collection.flattenedFields.filter((field) => mayUsePhotos(field, photosSlug))
    if (!fields.length) continue
    const select = Object.fromEntries(
      [...fields.map((field) => field.name), collection.admin?.useAsTitle ?? 'id'].map((name) => [
        name,
        true,
      ]),
    )
    const seen = new Set<string>()
    for (const draft of collection.versions?.drafts ? [false, true] : [false]) {
      for (let page = 1; ; page++) {
        const result = await payload.find({
          collection: collection.slug as CollectionSlug,
          depth: 0,
          draft,
          limit: PAGE,
          locale: 'all',
          overrideAccess: true,
          page,
          select: select as never,
          sort: 'id',
        })
        for (const doc of result.docs as Data[]) {
          const tags = new Set<string>()
          addRelationTags(fields, doc, tags, true)
          for (const tag of tags) {
            const photo = wanted.get(tag)
            const key = `${photo}:${String(doc.id)}`
            if (!photo || seen.has(key)) continue
            seen.add(key)
            uses.get(photo)!.push({
              collection: collection.slug,
              id: doc.id as Id,
              title: titleOf(collection, doc, defaultLocale),
            })
          }
        }
        if (!result.hasNextPage) break
      }
    }
  }
  return uses
}
