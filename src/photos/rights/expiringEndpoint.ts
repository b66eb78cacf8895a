import type { Endpoint, PayloadRequest } from 'payload'

import { requireStaff } from '../../endpoints/respond.js'
import { queryValue } from '../../http/queryValue.js'
import { refuse } from '../../http/refuse.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { expiringPhotos } from './expiringPhotos.js'

/** The widest window the report looks ahead, in days (ten years). */
const MAX_DAYS = 3650

/** `days` checked: a whole number from 1 to 3650, by default `photos.expiryWarningDays`; else a 400. */
function parseDays(req: PayloadRequest): number {
  const { photos } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const days = queryValue(req, 'days')
  if (days === undefined || days === '') return photos.expiryWarningDays
  if (!/^\d{1,4}$/.test(days) || Number(days) < 1 || Number(days) > MAX_DAYS)
    refuse(req, 400, 'photos.rights.errors.daysInvalid', {
      days: days.slice(0, 40),
      max: String(MAX_DAYS),
    })
  return Number(days)
}

/**
 * `GET /api/twinning/photos/expiring?days=30`: photos whose rights end within `days` or have
 * ended, soonest first, each with the documents that use it (`uses: [{ collection, id, title }]`).
 * Staff only (anonymous: 401, no newsroom role: 403).
 */
export const expiringPhotosEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/photos/expiring`,
  handler: async (req) => {
    requireStaff(req)
    return Response.json(await expiringPhotos(req.payload, parseDays(req)))
  },
}
