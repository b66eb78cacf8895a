import type { Endpoint } from 'payload'

import { refuse } from '../http/refuse.js'
import { requestClient } from '../partners/keys/clientScope.js'
import { findPublicByID } from '../publication/findPublic.js'
import { localeSetupOf } from '../publication/localeSetup.js'
import { publicLocalesOf } from '../publication/predicates.js'
import { TWINNING } from '../slugs.js'
import { parseResolveQuery } from './parseQuery.js'
import { rowOfSlug } from './registry.js'

/**
 * `GET /api/twinning/resolve?collection=news&locale=zh&slug=…` (public): the document a slug names,
 * `{ id, collection, locale, slug, slugs, redirect }` — `slug` its current slug in that locale,
 * `slugs` its current slug in every locale where it is public (for language switchers), `redirect`
 * true when the slug asked for is an old one. 404 for a slug that never existed, was released, or
 * whose document is not public in that locale; a draft's slug is never answered. Reads go through
 * the public read model, so nothing of an unpublished or withdrawn locale comes out.
 */
export const resolveEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/resolve`,
  handler: async (req) => {
    const { collection, locale, slug } = parseResolveQuery(req)
    const row = await rowOfSlug(req, collection, locale, slug)
    const doc = row?.document
      ? await findPublicByID(req.payload, {
          // An API client resolves within its scope: its collections, languages and partner city.
          client: requestClient(req),
          collection,
          depth: 0,
          id: row.document,
          locale: 'all',
        })
      : null
    const publicIn = doc
      ? publicLocalesOf(doc as Record<string, unknown>, localeSetupOf(req.payload.config).locales)
      : []
    const stored = (doc?.slug ?? {}) as Record<string, unknown>
    const slugs: Record<string, string> = {}
    for (const code of publicIn) {
      if (typeof stored[code] === 'string' && stored[code]) slugs[code] = stored[code]
    }
    const current = slugs[locale]
    // A current row whose slug the public version does not carry is a draft's: not answered.
    if (!row || !doc || !current || (row.current && row.slug !== current))
      refuse(req, 404, 'urlSlugs.errors.notFound', { slug: slug.slice(0, 80) })
    return Response.json(
      { collection, id: doc.id, locale, redirect: row.slug !== current, slug: current, slugs },
      // Never kept by a shared cache: a withdrawal must reach the next asking.
      { headers: { 'Cache-Control': 'no-cache' } },
    )
  },
}
