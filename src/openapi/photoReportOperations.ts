import type { ProcessingEntry } from '../photos/pipeline/processingQueue.js'
import { TWINNING } from '../slugs.js'
import { type DocumentedEndpoint, jsonResponse, queryParameter } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject, nullable } from './jsonSchema.js'
import { STAFF_SECURITY } from './securitySchemes.js'

/** The widest window the report looks ahead, in days (`MAX_DAYS` of src/photos/rights/expiringEndpoint.ts). */
const MAX_DAYS = 3650
const STATES = ['queued', 'processing'] as const satisfies readonly ProcessingEntry['state'][]
const STEPS = ['decode', 'encode'] as const satisfies readonly ProcessingEntry['step'][]

/** `GET /api/twinning/photos/expiring` (staff): photos whose rights end soon, with their uses. */
export const expiringPhotosEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/photos/expiring`,
  operation: ({ options }) => {
    const id = { type: ['integer', 'string'] }
    const photo = closedObject({
      alt: nullable({ type: 'string' }),
      credit: nullable({ type: 'string' }),
      expired: { type: 'boolean', description: 'Expired already: the public no longer sees it.' },
      filename: nullable({ type: 'string' }),
      id,
      rightsExpireAt: { type: 'string', format: 'date-time' },
      uses: {
        type: 'array',
        items: closedObject({ collection: { type: 'string' }, id, title: { type: 'string' } }),
      },
    })
    return {
      get: {
        operationId: 'listExpiringPhotos',
        tags: ['Newsroom'],
        summary: 'Photos whose rights expire',
        description:
          'Photos whose rights end within `days` or have ended, soonest first, each with the documents that use it.',
        security: STAFF_SECURITY,
        parameters: [
          queryParameter(
            'days',
            {
              type: 'integer',
              minimum: 1,
              maximum: MAX_DAYS,
              default: options.photos.expiryWarningDays,
            },
            'How far ahead to look.',
          ),
        ],
        responses: {
          200: jsonResponse(
            closedObject({
              days: { type: 'integer', minimum: 1 },
              photos: { type: 'array', items: photo },
              truncated: {
                type: 'boolean',
                description: 'More photos fall within the window than are listed.',
              },
              until: { type: 'string', format: 'date-time' },
            }),
            'The report.',
          ),
          ...errorRefs(400, 401, 403),
        },
      },
    }
  },
}

/** `GET /api/twinning/photos/processing` (staff): uploads queued or in the photo pipeline now. */
export const processingPhotosEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/photos/processing`,
  operation: () => ({
    get: {
      operationId: 'listPhotosInProcessing',
      tags: ['Newsroom'],
      summary: 'Uploads in the photo pipeline',
      description: 'The uploads queued or being processed by this app instance now, oldest first.',
      security: STAFF_SECURITY,
      responses: {
        200: jsonResponse(
          closedObject({
            docs: {
              type: 'array',
              items: closedObject({
                filename: { type: 'string' },
                id: { type: 'integer' },
                since: { type: 'string', format: 'date-time' },
                state: { type: 'string', enum: [...STATES] },
                step: { type: 'string', enum: [...STEPS] },
              }),
            },
          }),
          'The uploads in the pipeline.',
        ),
        ...errorRefs(401, 403),
      },
    },
  }),
}
