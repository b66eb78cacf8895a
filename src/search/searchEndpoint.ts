import type { Endpoint } from 'payload'

import { refuse } from '../http/refuse.js'
import { expiredPhotoHits } from '../photos/rights/expiredHits.js'
import { requestScope } from '../partners/keys/clientScope.js'
import { publishedCollections } from '../publication/publishedCollections.js'
import { TWINNING } from '../slugs.js'
import { snippet } from './analyzer/index.js'
import { hitsOfPartnerCity } from './clientHits.js'
import { ownLanguageHit, readableHit } from './ownLanguageHits.js'
import { searchIndexOf } from './registry.js'
import { MAX_DEPTH, parseSearchRequest } from './searchQuery.js'
import type { QueryPlan, SearchHit } from './types.js'

/** The passage to show for a hit: from the first text field holding a query word, the title last. */
function bestSnippet(hit: SearchHit, plan: QueryPlan) {
  const fields = Object.keys(hit.text)
  const ordered = [
    ...fields.filter((field) => hit.text[field] !== hit.title),
    ...fields.filter((field) => hit.text[field] === hit.title),
  ]
  for (const field of ordered) {
    const found = snippet(hit.text[field]!, plan)
    if (found) return { field, ...found }
  }
  return null
}

/**
 * `GET /api/twinning/search?q=…&locale=…&collections=news,events&limit=&page=`: public search over
 * what is public in each locale (the index holds nothing else; a photo whose rights ended before the
 * expiry job took it out is left out here), ranked title hits first, then newer before older; each
 * hit with a highlighted snippet. Without `locale` (or with `all`): every locale.
 */
export const searchEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/search`,
  handler: async (req) => {
    // Registered only when search is on; the index is set up at start-up.
    const index = searchIndexOf(req.payload)!
    // An API client searches its own collections and languages only.
    const scope = requestScope(req)
    const searchable = publishedCollections(req.payload.config).filter(
      (slug) => !scope || scope.collections.includes(slug),
    )
    const query = parseSearchRequest(req, searchable)
    const outside = scope && query.locales?.find((code) => !scope.locales.includes(code))
    if (scope && outside)
      refuse(req, 403, 'errors.keyLocale', { locale: outside, locales: scope.locales.join(', ') })
    const locales = scope ? (query.locales ?? scope.locales) : query.locales
    const city = scope?.partnerCity !== undefined
    // Narrowed after the index (an API client; an expired photo): every hit up to the
    // 1,000th and one more (it tells "more than that" apart), plus room for those left out.
    const ask = (narrowed: boolean, room = 0) =>
      index.query({
        collections: query.collections,
        countLimit: MAX_DEPTH + 1 + room,
        limit: narrowed ? MAX_DEPTH + 1 + room : query.limit,
        locales,
        page: narrowed ? 1 : query.page,
        plan: query.plan,
      })
    // An API client sees no text another language filled in (`ownLanguageHit`).
    const own = (hits: SearchHit[]) =>
      scope ? hits.flatMap((hit) => ownLanguageHit(hit, query.plan) ?? []) : hits
    let wide = city
    let found = await ask(wide)
    let expired = await expiredPhotoHits(req, query.collections, found.hits)
    // Rare (rights ended, the job not run yet; a key's page holding a hit found by filled-in
    // text): pages and totals count only what is served. Otherwise a key's total may still count
    // such hits on other pages — visitors find them, so it tells nothing they could not learn.
    if (!wide && (expired.size || own(found.hits).length < found.hits.length)) {
      wide = true
      found = await ask(wide, expired.size)
      expired = await expiredPhotoHits(req, query.collections, found.hits)
    }
    let hits = own(found.hits.filter((hit) => !expired.has(`${hit.collection}:${hit.id}`)))
    let counted = found.totalDocs
    if (wide) {
      if (scope && city) hits = await hitsOfPartnerCity(req, scope, hits)
      counted = hits.length
      hits = hits.slice((query.page - 1) * query.limit, query.page * query.limit)
    }
    const totalDocs = Math.min(counted, MAX_DEPTH)
    const totalPages = Math.ceil(totalDocs / query.limit)
    return Response.json(
      {
        docs: hits.map(readableHit).map((hit) => ({
          collection: hit.collection,
          date: hit.date,
          id: hit.id,
          locale: hit.locale,
          slug: hit.slug,
          snippet: bestSnippet(hit, query.plan),
          title: hit.title,
        })),
        hasNextPage: query.page < totalPages,
        hasPrevPage: query.page > 1,
        limit: query.limit,
        page: query.page,
        q: query.q,
        totalDocs,
        /** False when there are more than `totalDocs` (1,000) hits: "1,000+". */
        totalDocsExact: counted <= MAX_DEPTH,
        totalPages,
      },
      // Never kept by a shared cache: a withdrawal must reach the next search.
      { headers: { 'Cache-Control': 'no-cache' } },
    )
  },
}
