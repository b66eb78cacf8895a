import type { CollectionSlug, Endpoint } from 'payload'

import { requireStaff } from '../endpoints/respond.js'
import { isNumericId } from '../http/numericId.js'
import { refuse } from '../http/refuse.js'
import { readLocaleBadges } from './localeBadges.js'
import { localeSetupOf } from './localeSetup.js'
import { storedVersions } from './storedVersions.js'
import { unpublishedChanges } from './unpublishedChanges.js'

/**
 * `GET /api/<collection>/:id/languages`: every locale's badge (published, scheduled, in review, in
 * translation, draft, unpublished; outdated) and whether the saved draft holds changes that are not
 * published in that locale — what the edit view's status states. Newsroom staff only.
 */
export const languagesEndpoint: Endpoint = {
  method: 'get',
  path: '/:id/languages',
  handler: async (req) => {
    requireStaff(req)
    const slug = String(req.routeParams?.collection ?? '') as CollectionSlug
    const raw = String(req.routeParams?.id ?? '')
    const collection = req.payload.collections[slug]
    const numeric = (collection?.customIDType ?? req.payload.db.defaultIDType) === 'number'
    if (!collection || (numeric && !isNumericId(raw)))
      return refuse(req, 404, 'errors.documentNotFound', { id: raw })
    const id = numeric ? Number(raw) : raw
    const badges = (await readLocaleBadges(req.payload, slug, [id])).get(String(id))
    if (!badges) return refuse(req, 404, 'errors.documentNotFound', { id: raw })

    const { locales } = localeSetupOf(req.payload.config)
    const { latest, published } = await storedVersions(req.payload, slug, id, req)
    const changes =
      latest && published && latest.id !== published.id
        ? unpublishedChanges(
            latest.version,
            published.version,
            collection.config.flattenedFields,
            locales,
          )
        : { locales: [], shared: false }
    return Response.json({
      id,
      locales: badges.map((badge) => ({
        ...badge,
        changed: changes.shared || changes.locales.includes(badge.code),
      })),
      sharedChanged: changes.shared,
    })
  },
}
