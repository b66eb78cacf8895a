import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TaskConfig,
} from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { announceRights } from './announceRights.js'
import { rightsValidWhere, unannouncedExpiryWhere } from './expiry.js'

/** The slug of the task that announces expired (and restored) photo rights. */
export const RIGHTS_TASK = 'twinningPhotoRights'

/** Photos announced per run at most; a run that hits it queues the next one at once. */
const BATCH = 200

/**
 * Ids of photos whose public announcement is behind their date: expired but not flagged, or
 * flagged but no longer expired (an extension written past the hooks, e.g. straight into the
 * database). Server-side read of the main rows: published or not, every photo counts.
 */
async function photosBehind(payload: Payload, slug: CollectionSlug, now: Date) {
  const { docs } = await payload.db.find({
    collection: slug,
    limit: BATCH,
    pagination: false,
    sort: 'id',
    where: {
      or: [
        unannouncedExpiryWhere(now),
        { and: [rightsValidWhere(now), { rightsExpired: { equals: true } }] },
      ],
    },
  })
  return docs.map((doc) => doc.id as number | string)
}

/**
 * Announces, for every photo that is behind, its expiry (or restoration): each photo in its own
 * transaction, so one failure leaves the others announced. Runs whenever any expiry falls due (the
 * photo's write queues it for that moment, see `queueAtExpiry`), and is safe to run at any time:
 * a photo already announced is not touched again.
 */
export async function announceDueRights(
  payload: Payload,
  now: Date = new Date(),
): Promise<{ expired: number; restored: number; more: boolean }> {
  const { slugs } = payload.config.custom[TWINNING] as ResolvedOptions
  const ids = await photosBehind(payload, slugs.photos as CollectionSlug, now)
  const counts = { expired: 0, more: ids.length === BATCH, restored: 0 }
  for (const id of ids) {
    const req = await createLocalReq({}, payload)
    const started = await initTransaction(req)
    try {
      const change = await announceRights(req, id, now)
      if (started) await commitTransaction(req)
      if (change) counts[change] += 1
    } catch (error) {
      if (started) await killTransaction(req)
      throw error
    }
  }
  return counts
}

/** The jobs task: Payload's runner (`jobs.autoRun`, `payload jobs:run`) calls it when it is due. */
export const rightsExpiryTask = {
  slug: RIGHTS_TASK,
  retries: 2,
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'restored', type: 'number' },
  ],
  handler: async ({ req }: { req: PayloadRequest }) => {
    const { expired, more, restored } = await announceDueRights(req.payload)
    if (more) await queueRightsTask(req.payload)
    return { output: { expired, restored } }
  },
} as unknown as TaskConfig

/**
 * Queues the expiry task, at once or for a moment to come, in the request's transaction when one is
 * given. (The task's slug enters Payload's generated job types once they are regenerated.)
 */
export const queueRightsTask = (
  payload: Payload,
  { req, waitUntil }: { req?: PayloadRequest; waitUntil?: Date } = {},
) =>
  payload.jobs.queue({ input: {}, req, task: RIGHTS_TASK, waitUntil } as unknown as Parameters<
    Payload['jobs']['queue']
  >[0])
