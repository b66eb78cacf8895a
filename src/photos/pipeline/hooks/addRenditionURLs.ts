import type { CollectionAfterReadHook } from 'payload'

import { isStaffUser } from '../../../access/roles.js'
import { fallbackEntry, renditionURL } from '../renditionURL.js'
import type { Renditions } from '../renditionSizes.js'

/**
 * Adds `url` to every rendition. The stored original keeps its embedded metadata (GPS among it)
 * and is served to staff only, so for everyone else the photo's `url` is its largest rendition
 * (hero, JPEG or PNG) and `thumbnailURL` its thumbnail.
 */
export const addRenditionURLs: CollectionAfterReadHook = ({ collection, doc, req }) => {
  const { filename, renditions } = doc as { filename?: string; renditions?: Renditions | null }
  if (!filename || !renditions || typeof renditions !== 'object') return doc
  const base = {
    api: req.payload.config.routes.api,
    collection: collection.slug,
    serverURL: req.payload.config.serverURL,
  }
  const withURLs: Renditions = {}
  for (const [size, formats] of Object.entries(renditions) as [
    keyof Renditions,
    Renditions[keyof Renditions],
  ][]) {
    withURLs[size] = Object.fromEntries(
      Object.entries(formats ?? {}).map(([format, entry]) => [
        format,
        { ...entry, url: renditionURL(base, filename, entry.filename) },
      ]),
    )
  }
  const thumbnail = fallbackEntry(withURLs, 'thumbnail')
  const hero = fallbackEntry(withURLs, 'hero')
  return {
    ...doc,
    renditions: withURLs,
    ...(thumbnail ? { thumbnailURL: thumbnail.url } : {}),
    ...(!isStaffUser(req.user) && 'url' in doc ? { url: hero?.url ?? null } : {}),
  }
}
