import { rm } from 'node:fs/promises'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import {
  generationOfRenditions,
  pruneRenditionFiles,
  renditionDir,
  writeRenditionFiles,
} from '../renditionFiles.js'
import { pendingRenditions } from './decodedUploads.js'

type Photo = { filename?: string | null; id: number | string; renditions?: unknown }

/**
 * Once the write has passed validation: writes the renditions `makeRenditions` rendered, then
 * removes those the photo no longer points to — except the ones its stored (published) row still
 * shows, as Payload keeps a published file when a draft replaces it.
 */
export const writeRenditions: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const photo = doc as Photo
  const before = previousDoc as Photo | undefined
  const staticDir = collection.upload.staticDir ?? ''
  const generation = generationOfRenditions(photo.renditions)
  const pending = generation ? pendingRenditions.get(req)?.get(generation) : undefined
  if (photo.filename && generation && pending) {
    await writeRenditionFiles(staticDir, photo.filename, pending)
    pendingRenditions.get(req)?.delete(generation)
  }
  // Every write, not only those that render: publishing a draft's renditions retires the old ones.
  if (!photo.filename && !before?.filename) return doc
  const stored = (await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { id: { equals: photo.id } },
  })) as Photo | null
  for (const filename of new Set([before?.filename, photo.filename])) {
    if (!filename) continue
    const keep = new Set(
      [photo, stored]
        .filter((row): row is Photo => row?.filename === filename)
        .map((row) => generationOfRenditions(row.renditions) ?? ''),
    )
    await pruneRenditionFiles(staticDir, filename, keep)
  }
  return doc
}

/** A deleted photo's renditions go with its file. */
export const deleteRenditions: CollectionAfterDeleteHook = async ({ collection, doc }) => {
  const { filename } = doc as Photo
  if (!filename || !collection.upload.staticDir) return
  await rm(renditionDir(collection.upload.staticDir, filename), { force: true, recursive: true })
}
