import { LOCALE_STATUSES } from '../publication/fields.js'
import { TWINNING } from '../slugs.js'
import { type DocumentedEndpoint, jsonResponse, queryParameter } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject, nullable } from './jsonSchema.js'
import { slugCollections } from './resolveOperation.js'
import { STAFF_SECURITY } from './securitySchemes.js'

/** `GET /api/twinning/slug` (staff): the slug saving would give a title now, for the admin. */
export const slugEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/slug`,
  operation: (input) => ({
    get: {
      operationId: 'suggestSlug',
      tags: ['Newsroom'],
      summary: 'A fresh slug for a title',
      description:
        'What saving would make of `title` in `locale` now (`-2`, `-3`, … included). Nothing is reserved until the document is saved; an empty slug when the title has nothing usable.',
      security: STAFF_SECURITY,
      parameters: [
        queryParameter(
          'collection',
          { type: 'string', enum: slugCollections(input) },
          'The collection.',
          true,
        ),
        queryParameter('locale', { type: 'string', enum: input.locales }, 'The locale.', true),
        queryParameter('title', { type: 'string', minLength: 1 }, 'The title.', true),
        queryParameter(
          'id',
          { type: 'string' },
          "The document's id, when it has one (its own slug is not taken).",
        ),
      ],
      responses: {
        200: jsonResponse(closedObject({ slug: { type: 'string' } }), 'The slug.'),
        ...errorRefs(400, 401, 403),
      },
    },
  }),
}

/** `GET /api/twinning/translation-status` (staff): each locale's state, completeness and outdated fields. */
export const translationStatusEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/translation-status`,
  operation: ({ collections, locales }) => {
    const slugs = collections.map(({ config }) => config.slug)
    const status = closedObject({
      completeness: {
        type: 'integer',
        minimum: 0,
        maximum: 100,
        description: '% of the required translated fields filled.',
      },
      lastChange: nullable({ type: 'string', format: 'date-time' }),
      lastTranslator: nullable({ type: 'string' }),
      outdated: { type: 'boolean' },
      outdatedFields: {
        type: 'array',
        items: { type: 'string' },
        description: 'Paths of fields whose source text changed since the translation.',
      },
      state: { type: 'string', enum: [...LOCALE_STATUSES] },
    })
    return {
      get: {
        operationId: 'getTranslationStatus',
        tags: ['Newsroom'],
        summary: 'Translation status of a document',
        description:
          'Per locale: the publication state, completeness, fields whose source changed since the translation, the last translator and the last change.',
        security: STAFF_SECURITY,
        parameters: [
          queryParameter('collection', { type: 'string', enum: slugs }, 'The collection.', true),
          queryParameter('id', { type: 'string' }, "The document's id.", true),
        ],
        responses: {
          200: jsonResponse(
            closedObject({
              collection: { type: 'string', enum: slugs },
              fields: {
                type: 'array',
                items: closedObject({
                  label: { type: 'string' },
                  path: { type: 'string' },
                  required: { type: 'boolean' },
                }),
              },
              id: { type: ['integer', 'string'] },
              locales: {
                type: 'object',
                properties: Object.fromEntries(locales.map((code) => [code, status])),
                required: locales,
                additionalProperties: false,
              },
              sourceLocale: { type: 'string', enum: locales },
            }),
            'The status.',
          ),
          ...errorRefs(400, 401, 403, 404),
        },
      },
    }
  },
}
