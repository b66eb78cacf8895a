import type { Payload } from 'payload'

import { idSchema, type PublishedCollection, schemaNames } from './collectionSchemas.js'
import { jsonResponse } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject, englishText, type JsonSchema, ref } from './jsonSchema.js'
import { fileOperation } from './photoFilePath.js'
import { parameterRefs } from './queryParameters.js'
import { PUBLIC_SECURITY, STAFF_SECURITY } from './securitySchemes.js'
import { languagesResponse } from './languagesSchema.js'

const PAGE_NUMBER = { type: ['integer', 'null'], minimum: 1 }

/** Payload's list envelope around a page of documents. */
export const listSchema = (item: JsonSchema): JsonSchema =>
  closedObject({
    docs: { type: 'array', items: item },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    limit: { type: 'integer', minimum: 1 },
    nextPage: PAGE_NUMBER,
    page: { type: 'integer', minimum: 1 },
    pagingCounter: {
      type: 'integer',
      minimum: 0,
      description: 'The number of the first document of this page.',
    },
    prevPage: PAGE_NUMBER,
    totalDocs: { type: 'integer', minimum: 0 },
    totalPages: { type: 'integer', minimum: 0 },
  })

/** Either locale shape: one locale's values, or every locale's with `locale=all`. */
const eitherMode = (names: { all: string; one: string }, wrap = (item: JsonSchema) => item) => ({
  anyOf: [wrap(ref(names.one)), wrap(ref(names.all))],
})

/**
 * The REST operations of a published collection: its public reads (list, by id, count and, for
 * uploads, the files) and, where registered, the newsroom's language status of a document.
 */
export function collectionPaths(
  payload: Payload,
  collection: PublishedCollection,
): Record<string, JsonSchema> {
  const { config, name } = collection
  const slug = config.slug
  const title = englishText(config.labels?.plural) ?? slug
  const singular = englishText(config.labels?.singular) ?? slug
  const names = schemaNames(name)
  const id = {
    name: 'id',
    in: 'path',
    required: true,
    schema: idSchema(payload, slug),
  }
  const readErrors = errorRefs(400, 401, 403, 429)
  const paths: Record<string, JsonSchema> = {
    [`/${slug}`]: {
      get: {
        operationId: `list${name}`,
        tags: [title],
        summary: `List ${title}`,
        description: `A page of ${title} public in \`locale\` (or its fallback), in the collection's default order unless \`sort\` says otherwise.`,
        security: PUBLIC_SECURITY,
        parameters: parameterRefs(
          'locale',
          'fallbackLocale',
          'depth',
          'limit',
          'page',
          'sort',
          'where',
          'select',
        ),
        responses: {
          200: jsonResponse(eitherMode(names.document, listSchema), `A page of ${title}.`),
          ...readErrors,
        },
      },
    },
    [`/${slug}/count`]: {
      get: {
        operationId: `count${name}`,
        tags: [title],
        summary: `Count ${title}`,
        description: `How many ${title} are public in \`locale\` (and match \`where\`).`,
        security: PUBLIC_SECURITY,
        parameters: parameterRefs('locale', 'fallbackLocale', 'where'),
        responses: {
          200: jsonResponse(
            closedObject({ totalDocs: { type: 'integer', minimum: 0 } }),
            'The count.',
          ),
          ...readErrors,
        },
      },
    },
    [`/${slug}/{id}`]: {
      get: {
        operationId: `get${name}`,
        tags: [title],
        summary: `One ${singular}`,
        description: `The ${singular} with this id, where it is public in \`locale\` (or its fallback); otherwise 404.`,
        security: PUBLIC_SECURITY,
        parameters: [id, ...parameterRefs('locale', 'fallbackLocale', 'depth', 'select')],
        responses: {
          200: jsonResponse(eitherMode(names.document), `The ${singular}.`),
          ...errorRefs(400, 401, 403, 404, 429),
        },
      },
    },
  }
  if (config.upload) paths[`/${slug}/file/{filename}`] = fileOperation(collection, title)
  const endpoints = config.endpoints || []
  if (
    endpoints.some((endpoint) => endpoint.method === 'get' && endpoint.path === '/:id/languages')
  ) {
    paths[`/${slug}/{id}/languages`] = {
      get: {
        operationId: `get${name}Languages`,
        tags: ['Newsroom'],
        summary: `Language status of one ${singular}`,
        description:
          "Every locale's badge (published, scheduled, in review, in translation, draft, unpublished; outdated) and whether the saved draft holds changes not yet published in that locale.",
        security: STAFF_SECURITY,
        parameters: [id],
        responses: {
          200: jsonResponse(languagesResponse(idSchema(payload, slug)), 'The language status.'),
          ...errorRefs(401, 403, 404),
        },
      },
    }
  }
  return paths
}
