import type { Endpoint } from 'payload'

import { requireStaff } from '../endpoints/respond.js'
import { TWINNING } from '../slugs.js'
import { parseSlugQuery } from './parseQuery.js'
import { firstFreeSlug } from './registry.js'
import { slugOf, urlSlugOptionsOf } from './slugOptions.js'

/**
 * `GET /api/twinning/slug?collection=&locale=&title=&id=` (staff): a fresh slug for `title` in
 * `locale` — what saving would give it now, `-2`, `-3`, … included — for the admin's regenerate
 * button. Nothing is reserved until the document is saved. `{ slug }`; '' when the title has
 * nothing usable (saving then gives the id-based slug).
 */
export const slugEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/slug`,
  handler: async (req) => {
    requireStaff(req)
    const { collection, id, locale, title } = parseSlugQuery(req)
    const base = await slugOf(req, title, locale)
    const slug = base
      ? await firstFreeSlug(req, {
          base,
          collection,
          document: id,
          locale,
          maxLength: urlSlugOptionsOf(req).maxLength,
        })
      : ''
    return Response.json({ slug })
  },
}
