import type { PayloadRequest } from 'payload'

import { requireStaff } from '../../endpoints/respond.js'
import { refuse } from '../../http/refuse.js'
import { type ClientScope, requestClient, scopeOfClient } from '../../partners/keys/clientScope.js'
import { localeSetupOf } from '../localeSetup.js'
import { publishedCollections } from '../publishedCollections.js'

/** Who reads the change feed: newsroom staff (everything), or an API key (its scope). */
export type FeedReader =
  { kind: 'staff' } | { kind: 'key'; client: Record<string, unknown>; scope: ClientScope }

/** Which log entries a reader gets: undefined lists do not narrow. */
export interface FeedFilter {
  collections?: string[]
  locales?: string[]
}

/** The reader of a `changes` request: an API key, else staff (401 without a login, 403 without a newsroom role). */
export function feedReaderOf(req: PayloadRequest): FeedReader {
  const client = requestClient(req)
  if (client) return { client, kind: 'key', scope: scopeOfClient(client) }
  requireStaff(req)
  return { kind: 'staff' }
}

/**
 * The entries a reader gets: staff every one (or those of the named locale and collections); an
 * API key those of its own collections and languages — `locale=` or `collections=` outside them
 * is 403, as the partner gate answers already.
 */
export function feedFilterOf(
  req: PayloadRequest,
  reader: FeedReader,
  { collections, locale }: { collections?: string[]; locale?: string },
): FeedFilter {
  if (reader.kind === 'staff')
    return { ...(collections ? { collections } : {}), ...(locale ? { locales: [locale] } : {}) }
  const { scope } = reader
  if (locale !== undefined && !scope.locales.includes(locale))
    refuse(req, 403, 'errors.keyLocale', {
      locale: locale.slice(0, 40),
      locales: scope.locales.join(', '),
    })
  const foreign = collections?.find((slug) => !scope.collections.includes(slug))
  if (foreign !== undefined)
    refuse(req, 403, 'errors.keyCollection', {
      collection: foreign,
      collections: scope.collections.join(', '),
    })
  const { locales } = localeSetupOf(req.payload.config)
  const published = publishedCollections(req.payload.config)
  return {
    collections: collections ?? published.filter((slug) => scope.collections.includes(slug)),
    locales: locale ? [locale] : locales.filter((code) => scope.locales.includes(code)),
  }
}
