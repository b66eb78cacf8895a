import {
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  parseParams,
  restoreVersionOperation,
} from 'payload'

import { isNumericId } from '../http/numericId.js'
import { refuse } from '../http/refuse.js'
import { LOCALE_ACTION } from './scopePublishingToLocale.js'

/**
 * Restoring a version never publishes. Payload's restore without `draft` writes the version's text
 * of every locale, and its `_status`, straight into the document the public reads — past
 * per-locale publishing, the publication log, search, the read cache and the partner feeds. With
 * `draft: true` Payload leaves that document alone and saves the version's text as the newest
 * draft, which an editor then publishes locale by locale like any other draft.
 *
 * Payload reads `draft` before any hook runs, so a hook cannot turn a restore into a draft one: it
 * refuses every other restore (GraphQL without `draft: true`, the Local API's `restoreVersion`,
 * which has no `draft`). REST restores go through {@link restoreAsDraftEndpoint}, which always
 * restores as a draft — so the admin's "Restore this version" works and yields a draft.
 */
export const restoreAsDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'restoreVersion') return args
  if ((args as { draft?: boolean }).draft !== true) refuse(req, 400, 'errors.restoreAsDraft')
  // A draft save: nothing is published or withdrawn, whatever an earlier write of this request did.
  req.context[LOCALE_ACTION] = undefined
  return args
}

/**
 * `POST /api/<collection>/versions/:id` in place of Payload's handler (a collection's own
 * endpoints come before Payload's): the same restore and answer, always as a draft — the admin's
 * Restore button sends `?draft=false` unless "Restore as draft" is chosen.
 */
export const restoreAsDraftEndpoint: Endpoint = {
  method: 'post',
  path: '/versions/:id',
  handler: async (req) => {
    const slug = String(req.routeParams?.collection ?? '') as CollectionSlug
    const raw = String(req.routeParams?.id ?? '')
    const collection = req.payload.collections[slug]
    // Version ids have the database's id type (Payload reads them the same way).
    const numeric = req.payload.db.defaultIDType === 'number'
    if (!collection || (numeric && !isNumericId(raw)))
      refuse(req, 404, 'errors.idNotFound', { collection: slug, id: raw })
    const { depth, populate } = parseParams(req.query)
    const doc = await restoreVersionOperation({
      collection,
      depth,
      draft: true,
      id: numeric ? Number(raw) : raw,
      populate,
      req,
    })
    return Response.json({ ...doc, message: req.t('version:restoredSuccessfully') })
  },
}
