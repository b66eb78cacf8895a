import { DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT, MAX_QUERY_LENGTH } from '../search/searchQuery.js'
import { TWINNING } from '../slugs.js'
import { type DocumentedEndpoint, jsonResponse, queryParameter } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject, nullable } from './jsonSchema.js'
import { PUBLIC_SECURITY } from './securitySchemes.js'

/** `GET /api/twinning/search`: full-text search over what is public, per locale. */
export const searchEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/search`,
  operation: ({ collections, locales }) => {
    const slugs = collections.map(({ config }) => config.slug)
    const snippet = closedObject({
      field: { type: 'string', description: 'The field the passage comes from.' },
      highlights: {
        type: 'array',
        description: '[start, end) of each match in `text`, in order.',
        items: {
          type: 'array',
          prefixItems: [
            { type: 'integer', minimum: 0 },
            { type: 'integer', minimum: 0 },
          ],
          minItems: 2,
          maxItems: 2,
        },
      },
      html: { type: 'string', description: '`text`, HTML-escaped, matches in `<mark>…</mark>`.' },
      text: { type: 'string', description: 'The passage, `…` where it was cut.' },
    })
    const hit = closedObject({
      collection: { type: 'string', enum: slugs },
      date: nullable({
        type: 'string',
        description: "The document's date (published, starts, created).",
      }),
      id: { type: 'string', description: "The document's id, as text." },
      locale: { type: 'string', enum: locales },
      slug: nullable({ type: 'string' }),
      snippet: nullable(snippet),
      title: { type: 'string' },
    })
    return {
      get: {
        operationId: 'search',
        tags: ['Search'],
        summary: 'Search what is public',
        description: `Every word must match, in the title or the text; title hits rank first, then newer before older. Only what is public in each locale is searched. Results go up to hit ${MAX_DEPTH}.`,
        security: PUBLIC_SECURITY,
        parameters: [
          queryParameter(
            'q',
            { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
            'What to search for.',
            true,
          ),
          queryParameter(
            'locale',
            { type: 'string', enum: [...locales, 'all'] },
            'The locale to search in; without it (or `all`), every locale.',
          ),
          queryParameter(
            'collections',
            { type: 'string', example: slugs.join(',') },
            `Collections to search, separated by commas (${slugs.join(', ')}); by default all.`,
          ),
          queryParameter(
            'limit',
            { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
            'Hits per page.',
          ),
          queryParameter('page', { type: 'integer', minimum: 1, default: 1 }, 'The page.'),
        ],
        responses: {
          200: jsonResponse(
            closedObject({
              docs: { type: 'array', items: hit },
              hasNextPage: { type: 'boolean' },
              hasPrevPage: { type: 'boolean' },
              limit: { type: 'integer', minimum: 1 },
              page: { type: 'integer', minimum: 1 },
              q: { type: 'string' },
              totalDocs: { type: 'integer', minimum: 0, maximum: MAX_DEPTH },
              totalDocsExact: {
                type: 'boolean',
                description: `False when there are more than ${MAX_DEPTH} hits.`,
              },
              totalPages: { type: 'integer', minimum: 0 },
            }),
            'A page of hits.',
          ),
          ...errorRefs(400, 401, 403, 429),
        },
      },
    }
  },
}
