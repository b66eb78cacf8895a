import { TWINNING } from '../slugs.js'
import { type DocumentedEndpoint, jsonResponse, queryParameter } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject } from './jsonSchema.js'
import { PUBLIC_SECURITY } from './securitySchemes.js'

/** The collections whose documents have a slug per locale. */
export const slugCollections = (input: Parameters<DocumentedEndpoint['operation']>[0]): string[] =>
  input.collections
    .filter(({ config }) =>
      config.flattenedFields.some(
        (field) => field.name === 'slug' && 'localized' in field && field.localized,
      ),
    )
    .map(({ config }) => config.slug)

/** `GET /api/twinning/resolve`: the document a URL slug names, for portals that route by slug. */
export const resolveEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/resolve`,
  operation: (input) => {
    const { locales } = input
    const collections = slugCollections(input)
    return {
      get: {
        operationId: 'resolveSlug',
        tags: ['Slugs'],
        summary: 'The document a slug names',
        description:
          'Answers for a slug that is, or was, the slug of a document public in `locale`. An old slug answers with `redirect: true` and the current one. A slug that never existed, was released, or whose document is not public in that locale gives 404.',
        security: PUBLIC_SECURITY,
        parameters: [
          queryParameter(
            'collection',
            { type: 'string', enum: collections },
            'The collection.',
            true,
          ),
          queryParameter(
            'locale',
            { type: 'string', enum: locales },
            'The locale of the slug.',
            true,
          ),
          queryParameter(
            'slug',
            { type: 'string', minLength: 1 },
            'The slug, as in the URL (an overlong one is answered 400).',
            true,
          ),
        ],
        responses: {
          200: jsonResponse(
            closedObject({
              collection: { type: 'string', enum: collections },
              id: { type: ['integer', 'string'] },
              locale: { type: 'string', enum: locales },
              redirect: {
                type: 'boolean',
                description: 'The slug asked for is an old one: redirect to `slug`.',
              },
              slug: { type: 'string', description: 'The current slug in `locale`.' },
              slugs: {
                type: 'object',
                description:
                  'The current slug in every locale the document is public in (for language switchers).',
                propertyNames: { enum: locales },
                additionalProperties: { type: 'string' },
              },
            }),
            'The document the slug names.',
          ),
          ...errorRefs(400, 401, 403, 404, 429),
        },
      },
    }
  },
}
