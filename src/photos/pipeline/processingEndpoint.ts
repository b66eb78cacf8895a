import type { Endpoint } from 'payload'

import { requireStaff } from '../../endpoints/respond.js'
import { photosInProcessing } from './processingQueue.js'

/** `GET /api/twinning/photos/processing`: the uploads queued or in the pipeline now (staff only). */
export const processingEndpoint: Endpoint = {
  method: 'get',
  path: '/twinning/photos/processing',
  handler: async (req) => {
    requireStaff(req)
    return Response.json(
      { docs: photosInProcessing() },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
