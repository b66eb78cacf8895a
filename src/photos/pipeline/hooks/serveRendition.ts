import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'

import { headersWithCors, type PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles.js'
import { refuse } from '../../../http/refuse.js'
import { renditionPath } from '../renditionFiles.js'
import { fallbackEntry, renditionEntries, renditionURL } from '../renditionURL.js'
import { isRenditionName, MIME_TYPES } from '../renditionSizes.js'

type Params = { params: { collection: string; filename: string }; doc?: unknown }

const MIME_BY_EXTENSION: Record<string, string> = {
  avif: MIME_TYPES.avif,
  jpg: MIME_TYPES.jpeg,
  png: MIME_TYPES.png,
  webp: MIME_TYPES.webp,
}

type PhotoRow = { renditions?: unknown; rightsExpireAt?: unknown }

/** The photo row Payload's file access check found (public readers); a version row nests it. */
const photoRowOf = (doc: unknown): PhotoRow | undefined => {
  const row = doc as (PhotoRow & { version?: PhotoRow }) | undefined
  return row && 'version' in row && row.version ? row.version : row
}
const renditionsOf = (doc: unknown): unknown => photoRowOf(doc)?.renditions

/** How long a shared cache may keep a public rendition, in seconds. */
const PUBLIC_MAX_AGE = 300

/**
 * A public rendition's lifetime in shared caches: at most until the photo's rights end, so a CDN
 * or browser never shows it past its expiry (a later date, or none: the usual five minutes).
 */
function publicMaxAge(doc: unknown, now = Date.now()): number {
  const expiry = photoRowOf(doc)?.rightsExpireAt
  if (expiry === null || expiry === undefined || expiry === '') return PUBLIC_MAX_AGE
  const left = Math.floor((new Date(expiry as string).getTime() - now) / 1000)
  return Number.isNaN(left) ? 0 : Math.max(0, Math.min(PUBLIC_MAX_AGE, left))
}

/**
 * An upload handler of the photos' file route (`/api/photos/file/<filename>`), after Payload's
 * file access check of the photo:
 * - `?rendition=<name>` streams that rendition of the photo, with its type, an ETag and cache
 *   headers. Someone who reads under a query rule (the public) gets only the renditions the photo
 *   row they may read lists — never a draft's.
 * - without it, staff get the stored original (left to the next handler and Payload); everyone
 *   else is sent to the hero rendition, as the original keeps embedded metadata such as GPS.
 */
export async function serveRendition(
  req: PayloadRequest,
  { doc, params }: Params,
): Promise<Response | void> {
  const name = req.searchParams.get('rendition')
  const upload = req.payload.collections[params.collection as 'photos']?.config.upload
  if (!upload?.staticDir) return
  const staff = isStaffUser(req.user)
  if (name === null) {
    if (staff) return
    const hero = fallbackEntry(renditionsOf(doc), 'hero')
    if (!hero) refuse(req, 403, 'photos.pipeline.errors.originalStaffOnly')
    const location = renditionURL(
      {
        api: req.payload.config.routes.api,
        collection: params.collection,
        serverURL: req.payload.config.serverURL,
      },
      params.filename,
      hero.filename,
    )
    return new Response(null, {
      headers: headersWithCors({
        headers: new Headers({ 'Cache-Control': 'no-cache', Location: location }),
        req,
      }),
      status: 302,
    })
  }
  if (!isRenditionName(name)) refuse(req, 400, 'photos.pipeline.errors.renditionName', { name })
  // `doc` is there when access was a query (the public): the rendition must be that row's.
  if (doc && !renditionEntries(renditionsOf(doc)).some((entry) => entry.filename === name)) {
    refuse(req, 404, 'errors.fileNotFound', { filename: name })
  }
  const file = renditionPath(upload.staticDir, params.filename, name)!
  const stats = await stat(file).catch(() => undefined)
  if (!stats?.isFile()) refuse(req, 404, 'errors.fileNotFound', { filename: name })
  // A rendition's name changes whenever its content does: name and size identify it.
  const etag = `"${name}-${stats.size}"`
  const headers = new Headers({
    'Cache-Control': doc || !staff ? `public, max-age=${publicMaxAge(doc)}` : 'private, no-cache',
    'Content-Type': MIME_BY_EXTENSION[name.split('.').pop()!]!,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.headers.get('if-none-match') === etag) {
    return new Response(null, { headers: headersWithCors({ headers, req }), status: 304 })
  }
  headers.set('Content-Length', String(stats.size))
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>
  return new Response(body, { headers: headersWithCors({ headers, req }), status: 200 })
}
