import type { CollectionBeforeDeleteHook } from 'payload'

import { refuse } from '../../http/refuse.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'

/**
 * Before a partner city is deleted: refused while an API client is restricted to it. The database
 * would set the client's `partnerCity` to null — and a key scoped to one city would then read
 * every city's content.
 */
export const keepRestrictingCity: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const { docs } = await req.payload.db.find({
    collection: slugs.apiClients,
    limit: 10,
    pagination: false,
    req,
    where: { partnerCity: { equals: id } },
  })
  if (docs.length)
    refuse(req, 400, 'errors.partnerCityRestricts', {
      clients: docs.map((client) => `"${String((client as { name?: unknown }).name)}"`).join(', '),
    })
}
