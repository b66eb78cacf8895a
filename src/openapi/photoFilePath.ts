import { EXTENSIONS, MIME_TYPES, SIZE_NAMES } from '../photos/pipeline/renditionSizes.js'
import type { PublishedCollection } from './collectionSchemas.js'
import { errorRefs } from './errorResponses.js'
import type { JsonSchema } from './jsonSchema.js'
import { PUBLIC_SECURITY } from './securitySchemes.js'

/** A photo file's rendition name: `<size>.<generation>.<extension>`. */
const renditionPattern = `^(${SIZE_NAMES.join('|')})\\.[a-z0-9]+\\.(${[...new Set(Object.values(EXTENSIONS))].join('|')})$`

/** `GET /<slug>/file/<filename>` of an upload collection (photos): the renditions the public may get. */
export function fileOperation({ name }: PublishedCollection, title: string): JsonSchema {
  return {
    get: {
      operationId: `get${name}File`,
      tags: [title],
      summary: 'A rendition of a photo',
      description:
        'Streams the rendition named by `rendition` (the `url` of an entry of `renditions`), with its type, an ETag and cache headers. Without `rendition`, the public is redirected to the hero rendition: the stored original keeps embedded metadata (GPS among it) and is served to newsroom staff only. A photo that is not public gives 403; one whose rights have expired, 410.',
      security: PUBLIC_SECURITY,
      parameters: [
        {
          name: 'filename',
          in: 'path',
          required: true,
          schema: { type: 'string' },
          description: `The photo's \`filename\`.`,
        },
        {
          name: 'rendition',
          in: 'query',
          schema: { type: 'string', pattern: renditionPattern },
          description: "A rendition's file name, from the photo's `renditions`.",
        },
      ],
      responses: {
        200: {
          description: 'The image.',
          headers: {
            ETag: { schema: { type: 'string' } },
            'Cache-Control': { schema: { type: 'string' } },
          },
          content: Object.fromEntries(Object.values(MIME_TYPES).map((type) => [type, {}])),
        },
        302: {
          description: 'No `rendition` named: the hero rendition.',
          headers: { Location: { schema: { type: 'string' } } },
        },
        304: { description: 'Not modified (`If-None-Match` matched the ETag).' },
        ...errorRefs(400, 401, 403, 404, 410, 429),
      },
    },
  }
}
