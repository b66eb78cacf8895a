import type { CollectionSlug, Payload } from 'payload'

import type { LocaleBadge } from '../publication/localeBadge.js'
import { readLocaleBadges } from '../publication/localeBadges.js'

interface Batch {
  ids: Set<number | string>
  read: Promise<Map<string, LocaleBadge[]>>
}

const open = new WeakMap<Payload, Map<string, Batch>>()

/**
 * One row's badges. Payload renders a list's cells one by one, each knowing only its own row;
 * the rows asked for within the same turn of the event loop are read together, so a page of 100
 * releases costs two queries, not two hundred.
 */
export function localeBadgesOf(
  payload: Payload,
  slug: CollectionSlug,
  id: number | string,
): Promise<LocaleBadge[] | undefined> {
  let batches = open.get(payload)
  if (!batches) open.set(payload, (batches = new Map()))
  let batch = batches.get(slug)
  if (!batch) {
    const ids = new Set<number | string>()
    const read = new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
      batches.delete(slug)
      return readLocaleBadges(payload, slug, [...ids]).catch((error: unknown) => {
        payload.logger.error({
          err: error,
          msg: `twinning: reading the language badges of ${slug}`,
        })
        return new Map<string, LocaleBadge[]>()
      })
    })
    batch = { ids, read }
    batches.set(slug, batch)
  }
  batch.ids.add(id)
  return batch.read.then((badges) => badges.get(String(id)))
}
