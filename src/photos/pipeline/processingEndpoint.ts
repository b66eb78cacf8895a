import type { Endpoint } from 'payload'

import { isStaffUser } from '../../access/roles.js'
import { refuse } from '../../http/refuse.js'
import { photosInProcessing } from './processingQueue.js'

/** `GET /api/twinning/photos/processing`: the uploads queued or in the pipeline now (staff only). */
export const processingEndpoint: Endpoint = {
  method: 'get',
  path: '/twinning/photos/processing',
  handler: async (req) => {
    if (!req.user) refuse(req, 401, 'errors.loginRequired')
    if (!isStaffUser(req.user)) refuse(req, 403, 'errors.staffOnly')
    return Response.json(
      { docs: photosInProcessing() },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
