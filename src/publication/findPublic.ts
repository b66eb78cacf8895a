import type { CollectionSlug, PaginatedDocs, Payload, Sort, Where } from 'payload'

import { isNumericId } from '../http/numericId.js'
import { ALL_LOCALES_QUERY_VALUES, NO_FALLBACK_QUERY_VALUES } from '../localization.js'
import type { ResolvedOptions } from '../options.js'
import { clientUser } from '../partners/keys/keyRegistry.js'
import { TWINNING } from '../slugs.js'
import { localeSetupOf } from './localeSetup.js'
import type { PublicDocument } from './projection.js'
import { PUBLIC_READ_CONTEXT, type PublicReadContext } from './publicRead.js'
import { publishedCollections } from './publishedCollections.js'

export interface FindPublicArgs {
  collection: string
  /** A locale code, or `all`. */
  locale: string
  /** A fallback named explicitly, as `fallback-locale=` does over REST; `none` or absent: none. */
  fallbackLocale?: string
  where?: Where
  sort?: Sort
  limit?: number
  page?: number
  depth?: number
  /**
   * Read as this API client (an `api-clients` document) would over REST with its key: only its
   * collections (else a Forbidden error; null by id), languages and partner city.
   */
  client?: object
}

export type FindPublicByIDArgs = Pick<
  FindPublicArgs,
  'client' | 'collection' | 'depth' | 'fallbackLocale' | 'locale'
> & {
  id: number | string
}

type AnyDocument = Record<string, unknown>

/** Checks the arguments as REST would, with errors that name the valid values. */
function checked(
  payload: Payload,
  args: Pick<FindPublicArgs, 'client' | 'collection' | 'fallbackLocale' | 'locale'>,
) {
  const published = publishedCollections(payload.config)
  if (!published.includes(args.collection)) {
    throw new Error(
      `findPublic: unknown collection "${args.collection}"; use one of ${published.join(', ')}.`,
    )
  }
  const { locales } = localeSetupOf(payload.config)
  if (!locales.includes(args.locale) && !ALL_LOCALES_QUERY_VALUES.includes(args.locale)) {
    throw new Error(
      `findPublic: unknown locale "${args.locale}"; use one of ${[...locales, 'all'].join(', ')}.`,
    )
  }
  const fallback = args.fallbackLocale
  if (
    fallback !== undefined &&
    !locales.includes(fallback) &&
    !NO_FALLBACK_QUERY_VALUES.includes(fallback)
  ) {
    throw new Error(
      `findPublic: unknown fallbackLocale "${fallback}"; use one of ${[...locales, 'none'].join(', ')}.`,
    )
  }
  const explicit = fallback !== undefined && locales.includes(fallback) ? fallback : null
  const { slugs } = payload.config.custom[TWINNING] as ResolvedOptions
  return {
    collection: args.collection as CollectionSlug,
    context: { [PUBLIC_READ_CONTEXT]: { fallbackLocale: explicit } satisfies PublicReadContext },
    ...(fallback !== undefined ? { fallbackLocale: (explicit ?? 'none') as never } : {}),
    locale: args.locale as never,
    overrideAccess: false,
    user: (args.client
      ? clientUser(args.client as Record<string, unknown>, slugs.apiClients)
      : null) as never,
  }
}

/**
 * Reads a page of documents exactly as an anonymous REST request would see them (same rule,
 * projection, bounds and errors): the one way the portal, feeds, search and sync read content.
 */
export async function findPublic<T extends AnyDocument = AnyDocument>(
  payload: Payload,
  args: FindPublicArgs,
): Promise<PaginatedDocs<PublicDocument<T>>> {
  const { depth, limit, page, sort, where } = args
  return (await payload.find({
    ...checked(payload, args),
    depth,
    draft: false,
    ...(limit !== undefined ? { limit } : {}),
    ...(page !== undefined ? { page } : {}),
    ...(sort !== undefined ? { sort } : {}),
    ...(where !== undefined ? { where } : {}),
  })) as unknown as PaginatedDocs<PublicDocument<T>>
}

/** One document as an anonymous REST request would see it, or null where REST answers 404. */
export async function findPublicByID<T extends AnyDocument = AnyDocument>(
  payload: Payload,
  args: FindPublicByIDArgs,
): Promise<PublicDocument<T> | null> {
  const query = checked(payload, args)
  // As REST's id guard: where ids are numbers, `01`, `1.5` or `abc` name no document.
  const idType = payload.collections[query.collection]?.customIDType ?? payload.db.defaultIDType
  if (idType === 'number' && !isNumericId(String(args.id))) return null
  const document = await payload.findByID({
    ...query,
    depth: args.depth,
    disableErrors: true,
    draft: false,
    id: args.id,
  })
  return (document as unknown as PublicDocument<T>) ?? null
}
