import { closedObject, type JsonSchema } from './jsonSchema.js'

/**
 * Payload's error shape, which Twinning's refusals share (src/http/refuse.ts, refusalResponse.ts):
 * `{ errors: [{ name, message, data }] }`, the message in the request's language.
 */
export const ERROR_SCHEMA: JsonSchema = closedObject(
  {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          message: { type: 'string', description: "What went wrong, in the request's language." },
          name: {
            type: 'string',
            description: 'The kind of error (Refusal, NotFound, ValidationError, …).',
          },
          data: {
            description:
              'Details: the values the message names, the valid values, the fields at fault.',
          },
        },
        required: ['message'],
      },
    },
    stack: { type: 'string', description: 'Only when the server runs with `debug`.' },
  },
  ['errors'],
  { description: 'An error answer.' },
)

const errorResponse = (description: string, headers?: JsonSchema): JsonSchema => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

/** The error answers operations refer to, by status. */
export const ERROR_RESPONSES = {
  400: errorResponse(
    'The request is malformed: an unknown locale, collection or field, a value out of range, a query that is too complex or reaches into hidden text. The message names what to change.',
  ),
  401: errorResponse(
    'Not authenticated: the API key in `Authorization` is malformed, unknown, revoked, expired or was replaced (the message says which), or the operation needs a key or a login and none was sent.',
  ),
  403: errorResponse(
    'Authenticated but not allowed: the API key may not read this locale or collection, or the operation is for newsroom staff (or, for translators, other locales).',
  ),
  404: errorResponse('Nothing public is found there (or it does not exist).'),
  410: errorResponse('Gone: the rights to this photo have expired.'),
  413: errorResponse('The upload is larger than the configured limit.'),
  415: errorResponse('The request body has a content type this operation does not accept.'),
  429: errorResponse('Too many requests from this API key or address.', {
    'Retry-After': {
      description: 'Seconds to wait before the next request.',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    },
  }),
} as const satisfies Record<number, JsonSchema>

export type ErrorStatus = keyof typeof ERROR_RESPONSES

/** `responses` entries that refer to the shared error answers. */
export const errorRefs = (...statuses: ErrorStatus[]): Record<string, JsonSchema> =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]),
  )

/** The shared error answers, as `components.responses`. */
export const errorComponents = (): Record<string, JsonSchema> =>
  Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([status, response]) => [`Error${status}`, response]),
  )
