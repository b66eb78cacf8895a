import {
  type Collection,
  type CollectionSlug,
  getPayload,
  getRequestLanguage,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'
import { parseCookies } from 'payload/shared'

import { apiPath } from './apiPath.js'
import { checkDocumentId } from './checkDocumentId.js'
import { checkFilePrefix } from './checkFilePrefix.js'
import { checkWriteBody } from './checkWriteBody.js'
import type { GuardContext } from './guardContext.js'
import { matchEndpoint } from './matchEndpoint.js'
import { refusalResponse } from './refusalResponse.js'
import { refuse, Refusal } from './refuse.js'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/** The method Payload routes by: a POST that asks for a GET (the admin's relationship search) is a GET. */
function routedMethod(request: Request): string {
  const override = (name: string) => request.headers.get(name) === 'GET'
  if (request.method.toUpperCase() !== 'POST') return request.method
  return override('X-Payload-HTTP-Method-Override') || override('X-HTTP-Method-Override')
    ? 'GET'
    : 'POST'
}

/**
 * Refuses, before Payload handles it, a REST request that Payload would answer with a 500: a
 * malformed %-escape in the path (400), a non-numeric id where ids are numbers (404), a file `prefix` the collection has no field for (400), a create or
 * update whose body Payload cannot read (400/415). The answer has Payload's error shape and a
 * message from `locales/` in the request's language. Everything else goes to `handler` as it came.
 *
 *   export const PATCH = guardRequest(config, REST_PATCH(config))
 *
 * `key` is Payload's instance cache key (tests that run several instances); the app has one.
 */
export function guardRequest<Context>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Context>,
  key?: string,
): Handler<Context> {
  return async (request, context) => {
    const payload = await getPayload({ config, cron: true, key })
    const language = getRequestLanguage({
      config: payload.config,
      cookies: parseCookies(request.headers),
      headers: request.headers,
    })
    const req = { i18n: { language } } as Pick<PayloadRequest, 'i18n'>
    try {
      const path = apiPath(request.url, payload.config.routes.api)
      if (path.kind === 'malformed')
        refuse(req, 400, 'errors.malformedPath', { segment: path.segment })
      if (path.kind === 'api') {
        const [slug = '', ...rest] = path.segments
        const collection = payload.collections[slug as CollectionSlug] as Collection | undefined
        if (collection) {
          const match = matchEndpoint(collection.config.endpoints, routedMethod(request), rest)
          const guard: GuardContext = { collection, match, payload, req, request }
          checkDocumentId(guard)
          checkFilePrefix(guard)
          await checkWriteBody(guard)
        }
      }
    } catch (error) {
      if (error instanceof Refusal) return refusalResponse(error, request, payload)
      throw error
    }
    return handler(request, context)
  }
}
