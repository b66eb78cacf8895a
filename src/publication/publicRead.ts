import type { CollectionConfig, PayloadRequest } from 'payload'

import { queryValue } from '../http/queryValue.js'
import { requestScope } from '../partners/keys/clientScope.js'
import { TWINNING } from '../slugs.js'
import { localeSetupOf } from './localeSetup.js'
import { isPublicReader, type ServableLocales, servableLocales } from './predicates.js'

/** `req.context` key through which `findPublic` names its explicit fallback (REST uses the query). */
export const PUBLIC_READ_CONTEXT = 'twinningPublicRead'
export interface PublicReadContext {
  fallbackLocale?: string | null
}

/** What a collection declares to opt into per-locale publishing. */
export interface PublicationSettings {
  /**
   * Serve an unpublished locale from the locale's configured fallback chain instead of hiding
   * the document (photos: the image and its credit are the same in every language).
   * @default false
   */
  fallbackChain?: boolean
  /**
   * A stored document the public may not see at all, whatever its publication state (a photo whose
   * rights have ended): the publication log and the search index treat it as not visible.
   */
  withheld?: (stored: Record<string, unknown>) => boolean
}

/** The collection's per-locale publishing settings, or undefined when it has not opted in. */
export const publicationOf = (
  collection: Pick<CollectionConfig, 'custom'>,
): PublicationSettings | undefined =>
  (collection.custom?.[TWINNING] as { publication?: PublicationSettings } | undefined)?.publication

/** The explicit fallback of a read: `findPublic`'s argument, else the `fallback-locale` query parameter. */
function explicitFallback(req: PayloadRequest): string | null | undefined {
  const context = req.context?.[PUBLIC_READ_CONTEXT] as PublicReadContext | undefined
  if (context) return context.fallbackLocale
  return queryValue(req, 'fallback-locale', 'fallbackLocale')
}

/**
 * The locales a read may be served in when it is a read on the public's behalf — access not
 * overridden and no newsroom role (visitors and API clients) — else undefined (staff and the
 * server's own reads see all). An API client's read is narrowed to the client's languages.
 */
export function publicReadOf(
  req: PayloadRequest,
  collection: Pick<CollectionConfig, 'custom'>,
  overrideAccess: boolean | undefined,
): ServableLocales | undefined {
  if (overrideAccess || !isPublicReader(req.user)) return undefined
  const setup = localeSetupOf(req.payload.config)
  const read = servableLocales(setup, {
    fallbackChain: publicationOf(collection)?.fallbackChain,
    fallbackLocale: explicitFallback(req),
    locale: req.locale ?? setup.defaultLocale,
  })
  // An API client is served only in its own languages: no fallback reaches past them either.
  const scope = requestScope(req)
  return scope
    ? {
        ...read,
        readable: scope.locales,
        servable: read.servable.filter((code) => scope.locales.includes(code)),
      }
    : read
}
