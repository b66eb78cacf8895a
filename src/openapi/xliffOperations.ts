import type { UnitReason } from '../xliff/importPlan.js'
import { TWINNING } from '../slugs.js'
import { type DocumentedEndpoint, jsonResponse, queryParameter } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject, type JsonSchema } from './jsonSchema.js'
import { STAFF_SECURITY } from './securitySchemes.js'

const UNIT_REASONS = [
  'notTranslated',
  'richTextIncomplete',
  'sourceChanged',
  'sourceRemoved',
] as const satisfies readonly UnitReason[]

const XLIFF_VERSIONS = ['2.0', '1.2']

/** `GET /api/twinning/xliff/export` (staff; translators for their locales). */
export const xliffExportEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/xliff/export`,
  operation: ({ collections, locales, options }) => ({
    get: {
      operationId: 'exportXliff',
      tags: ['Translation'],
      summary: 'Export documents for translation',
      description:
        "The documents' translatable texts from their source locale for each target, as one XLIFF file, or a zip with one file per target.",
      security: STAFF_SECURITY,
      parameters: [
        queryParameter(
          'collection',
          { type: 'string', enum: collections.map(({ config }) => config.slug) },
          'The collection.',
          true,
        ),
        queryParameter(
          'ids',
          { type: 'string', example: '1,2' },
          `Document ids, separated by commas (at most ${options.xliff.maxDocuments}).`,
          true,
        ),
        queryParameter(
          'targets',
          { type: 'string', example: locales.slice(1).join(',') },
          `Target locales, separated by commas (of ${locales.join(', ')}).`,
          true,
        ),
        queryParameter(
          'version',
          { type: 'string', enum: XLIFF_VERSIONS, default: '2.0' },
          'The XLIFF version.',
        ),
        queryParameter(
          'source',
          { type: 'string', enum: locales },
          "The source locale; by default the documents' own source language.",
        ),
      ],
      responses: {
        200: {
          description: 'The XLIFF file (one target) or a zip of them (several).',
          headers: { 'Content-Disposition': { schema: { type: 'string' } } },
          content: {
            'application/xliff+xml': { schema: { type: 'string' } },
            'application/zip': {},
          },
        },
        ...errorRefs(400, 401, 403, 404),
      },
    },
  }),
}

const outcome = closedObject({
  message: { type: 'string' },
  reason: { type: 'string', enum: [...UNIT_REASONS] },
  unit: { type: 'string' },
})

/** `POST /api/twinning/xliff/import` (staff; translators for their locales). */
export const xliffImportEndpoint: DocumentedEndpoint = {
  method: 'post',
  path: `/${TWINNING}/xliff/import`,
  operation: ({ collections, locales, options }) => {
    const document: JsonSchema = closedObject(
      {
        applied: { type: 'array', items: { type: 'string' }, description: 'Units written.' },
        collection: { type: 'string', enum: collections.map(({ config }) => config.slug) },
        conflicts: {
          type: 'array',
          items: outcome,
          description: 'Units whose source changed since the export: left out.',
        },
        error: { type: 'string' },
        id: { type: ['integer', 'string'] },
        skipped: { type: 'array', items: outcome },
        status: { type: 'string', enum: ['updated', 'unchanged', 'failed'] },
      },
      ['applied', 'collection', 'conflicts', 'id', 'skipped', 'status'],
    )
    const count = { type: 'integer', minimum: 0 }
    return {
      post: {
        operationId: 'importXliff',
        tags: ['Translation'],
        summary: 'Import a translated XLIFF file',
        description:
          "Checks every unit against the document's current source first: a broken file, unknown units or a missing document change nothing. Then each document gets its translated texts in one draft write, the target locale set to in review.",
        security: STAFF_SECURITY,
        requestBody: {
          required: true,
          description: `An XLIFF 2.x or 1.2 file of at most ${options.xliff.maxFileBytes} bytes, as the body or in the multipart field \`file\`.`,
          content: {
            'application/xliff+xml': { schema: { type: 'string' } },
            'application/xml': { schema: { type: 'string' } },
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', contentMediaType: 'application/xliff+xml' } },
                required: ['file'],
              },
            },
          },
        },
        responses: {
          200: jsonResponse(
            closedObject({
              documents: { type: 'array', items: document },
              source: { type: 'string', enum: locales },
              target: { type: 'string', enum: locales },
              totals: closedObject({
                applied: count,
                conflicts: count,
                documents: count,
                failed: count,
                skipped: count,
                updated: count,
              }),
              version: { type: 'string', enum: XLIFF_VERSIONS },
            }),
            'What the import did, per document.',
          ),
          ...errorRefs(400, 401, 403, 404, 413, 415),
        },
      },
    }
  },
}
