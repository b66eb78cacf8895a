import { type DocumentedEndpoint, jsonResponse } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { PUBLIC_SECURITY } from './securitySchemes.js'

/** `GET /api/openapi.json`: this document. */
export const openapiDocumentEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: '/openapi.json',
  operation: () => ({
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['Documentation'],
      summary: 'This OpenAPI document',
      description:
        "The contract of this installation's API, generated from its configuration (locales, collections and their fields, limits).",
      security: PUBLIC_SECURITY,
      responses: {
        200: {
          ...jsonResponse(
            { type: 'object', required: ['openapi', 'info', 'paths'] },
            'OpenAPI 3.1.',
          ),
          headers: { ETag: { schema: { type: 'string' } } },
        },
        304: { description: 'Not modified (`If-None-Match` matched the ETag).' },
      },
    },
  }),
}

/** `GET /api/docs`: the documentation page. */
export const docsPageEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: '/docs',
  operation: () => ({
    get: {
      operationId: 'getDocsPage',
      tags: ['Documentation'],
      summary: 'The documentation page',
      description: 'Swagger UI rendering this document, served entirely by this app.',
      security: PUBLIC_SECURITY,
      responses: {
        200: { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } },
      },
    },
  }),
}

/** `GET /api/docs/:file`: the page's scripts, styles and icons. */
export const docsFileEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: '/docs/:file',
  operation: () => ({
    get: {
      operationId: 'getDocsFile',
      tags: ['Documentation'],
      summary: 'A file of the documentation page',
      description:
        "Swagger UI's script and style sheet (from the installed swagger-ui-dist) and the page's start script.",
      security: PUBLIC_SECURITY,
      parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'The file.',
          headers: {
            ETag: { schema: { type: 'string' } },
            'Cache-Control': { schema: { type: 'string' } },
          },
          content: {
            'text/javascript': { schema: { type: 'string' } },
            'text/css': { schema: { type: 'string' } },
            'application/json': { schema: {} },
            'image/png': {},
          },
        },
        304: { description: 'Not modified (`If-None-Match` matched the ETag).' },
        ...errorRefs(404),
      },
    },
  }),
}
