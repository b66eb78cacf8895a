import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.js'
import type { PublishedCollection } from './collectionSchemas.js'
import type { JsonSchema } from './jsonSchema.js'

/** What an operation's description is generated from: the installation's own config. */
export interface OperationInput {
  collections: PublishedCollection[]
  locales: string[]
  options: ResolvedOptions
  payload: Payload
}

/**
 * A root endpoint the contract describes: Payload's method and path (relative to the API route),
 * and its OpenAPI operation. The document holds it only where the config registers the endpoint.
 */
export interface DocumentedEndpoint {
  method: 'get' | 'post'
  path: string
  operation: (input: OperationInput) => JsonSchema
}

export const jsonResponse = (schema: JsonSchema, description: string): JsonSchema => ({
  description,
  content: { 'application/json': { schema } },
})

/** A query parameter of a Twinning endpoint. */
export const queryParameter = (
  name: string,
  schema: JsonSchema,
  description: string,
  required = false,
): JsonSchema => ({ name, in: 'query', required, description, schema })
