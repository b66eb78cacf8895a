import { createHash } from 'node:crypto'

import type { Payload, SanitizedConfig } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { localeSetupOf } from '../publication/localeSetup.js'
import { TWINNING } from '../slugs.js'
import { changesEndpoint } from './changesOperation.js'
import { collectionPaths } from './collectionPaths.js'
import { collectionSchemas, publishedCollections } from './collectionSchemas.js'
import {
  docsFileEndpoint,
  docsPageEndpoint,
  openapiDocumentEndpoint,
} from './documentationOperations.js'
import type { DocumentedEndpoint, OperationInput } from './documentedEndpoint.js'
import { ERROR_SCHEMA, errorComponents } from './errorResponses.js'
import { englishText, type JsonSchema } from './jsonSchema.js'
import { slugEndpoint, translationStatusEndpoint } from './newsroomOperations.js'
import { expiringPhotosEndpoint, processingPhotosEndpoint } from './photoReportOperations.js'
import { readParameters } from './queryParameters.js'
import { resolveEndpoint } from './resolveOperation.js'
import { searchEndpoint } from './searchOperation.js'
import { securitySchemes } from './securitySchemes.js'
import { xliffExportEndpoint, xliffImportEndpoint } from './xliffOperations.js'

/** The contract's own version: raise it when an answer changes incompatibly. */
export const CONTRACT_VERSION = '1.0.0'

/** Every root endpoint the contract can describe; the document holds those the config registers. */
export const DOCUMENTED_ENDPOINTS: DocumentedEndpoint[] = [
  changesEndpoint,
  resolveEndpoint,
  searchEndpoint,
  slugEndpoint,
  translationStatusEndpoint,
  xliffExportEndpoint,
  xliffImportEndpoint,
  expiringPhotosEndpoint,
  processingPhotosEndpoint,
  openapiDocumentEndpoint,
  docsPageEndpoint,
  docsFileEndpoint,
]

/** Payload's `/docs/:file` is OpenAPI's `/docs/{file}`. */
export const openapiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)\??/g, '{$1}')

const TAGS = [
  { name: 'Sync', description: 'Keep a copy in step with what is public: the change feed.' },
  { name: 'Search', description: 'Full-text search of what is public.' },
  { name: 'Slugs', description: 'URL slugs per locale.' },
  { name: 'Newsroom', description: 'For newsroom staff.' },
  {
    name: 'Translation',
    description: 'XLIFF export and import, for newsroom staff and translators.',
  },
  { name: 'Documentation', description: 'This document and its page.' },
]

const DESCRIPTION = `Read the newsroom's published news, partner cities, photos and events in every language they are published in, and keep a copy in sync.

Everything here answers with what is public: a document appears in a locale only once it is published there, and \`_locale\` says which locale its text was served in. \`locale=all\` returns each translated field as an object keyed by locale code, with the locales the document is public in. Relations are ids at \`depth=0\` and embedded documents from \`depth=1\`; a related photo whose rights have expired is a placeholder (\`unavailable: true\`).

Errors answer \`{ "errors": [{ "message": … }] }\` with the message in the language of \`Accept-Language\`.`

/** The whole document for this installation, generated from its config and database. */
export async function buildOpenApiDocument(payload: Payload): Promise<JsonSchema> {
  const { config } = payload
  const options = config.custom[TWINNING] as ResolvedOptions
  const { defaultLocale, locales } = localeSetupOf(config)
  const collections = publishedCollections(payload)
  const input: OperationInput = { collections, locales, options, payload }

  const paths: Record<string, JsonSchema> = {}
  for (const collection of collections) Object.assign(paths, collectionPaths(payload, collection))
  for (const documented of DOCUMENTED_ENDPOINTS) {
    const registered = config.endpoints.some(
      (endpoint) => endpoint.method === documented.method && endpoint.path === documented.path,
    )
    if (!registered) continue
    const path = openapiPath(documented.path)
    paths[path] = { ...paths[path], ...documented.operation(input) }
  }

  return {
    openapi: '3.1.1',
    info: {
      title: 'Twinning API',
      version: CONTRACT_VERSION,
      description: DESCRIPTION,
    },
    servers: [{ url: `${config.serverURL ?? ''}${config.routes.api}` }],
    tags: [
      ...collections.map(({ config: collection }) => ({
        name: englishText(collection.labels?.plural) ?? collection.slug,
        description: `\`/${collection.slug}\``,
      })),
      ...TAGS,
    ],
    paths,
    components: {
      schemas: {
        Error: ERROR_SCHEMA,
        ...(await collectionSchemas({
          collections,
          locales,
          payload,
          photosSlug: options.collections.photos ? options.slugs.photos : undefined,
        })),
      },
      parameters: readParameters({
        defaultDepth: config.defaultDepth,
        defaultLocale,
        locales,
        reads: options.reads,
      }),
      responses: errorComponents(),
      securitySchemes: securitySchemes({
        apiClients: options.slugs.apiClients,
        cookiePrefix: config.cookiePrefix,
        users: config.admin.user,
      }),
    },
  }
}

/** The document as served: its JSON text and an ETag of it. */
export interface ServedDocument {
  document: JsonSchema
  etag: string
  json: string
}

const served = new WeakMap<SanitizedConfig, Promise<ServedDocument>>()

/** The served document of this installation, built once per config object. */
export function openapiDocumentOf(payload: Payload): Promise<ServedDocument> {
  let entry = served.get(payload.config)
  if (!entry) {
    entry = buildOpenApiDocument(payload).then((document) => {
      const json = JSON.stringify(document)
      const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`
      return { document, etag, json }
    })
    // A failed build is not kept: the next request tries again.
    entry.catch(() => served.delete(payload.config))
    served.set(payload.config, entry)
  }
  return entry
}
