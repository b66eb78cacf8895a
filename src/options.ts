import type { CollectionConfig, CollectionSlug, Payload } from 'payload'

import { DEFAULT_READ_CACHE, type ReadCacheOptions } from './cache/readCache.js'
import { DEFAULT_FALLBACKS, DEFAULT_LOCALE, TWINNING_LOCALES } from './localization.js'
import {
  type PartnerOptions,
  type PartnerOptionsInput,
  resolvePartnerOptions,
} from './partners/options.js'
import { type PhotoOptions, resolvePhotoOptions } from './photos/options.js'
import type { SearchIndex } from './search/types.js'
import { type CollectionKey, type ContentCollectionKey, DEFAULT_SLUGS } from './slugs.js'

export type AccessOverrides = Partial<NonNullable<CollectionConfig['access']>>

/** What a host passes to `twinning()`. Every option is optional. */
export interface TwinningOptions {
  /**
   * Module Payload's import map loads Twinning's admin components from (translation panel, XLIFF
   * bulk export). A project that runs Twinning from its sources points it at `src/admin/index.js`.
   * @default 'twinning/admin'
   */
  adminModule?: string
  /**
   * Access functions that replace Twinning's defaults, per collection and operation.
   * @default {} (published-only public reads; editors write; translators edit but do not delete)
   */
  access?: Partial<Record<CollectionKey, AccessOverrides>>
  /**
   * The published-read cache in front of the REST API (see `withReadCache`): anonymous reads of
   * published content are answered from memory, with ETags, and dropped precisely on every write.
   * Give `redisUrl` when several app instances serve the API. `false` turns it off.
   * @default { maxBytes: 64 MiB, maxEntryBytes: 1 MiB, redisPrefix: 'twinning', syncTimeoutMs: 250 }
   */
  cache?: false | Partial<ReadCacheOptions>
  /**
   * Which content collections to add.
   * @default { news: true, partnerCities: true, photos: true, events: true }
   */
  collections?: Partial<Record<ContentCollectionKey, boolean>>
  /**
   * Locale used when none is requested; ignored when the host configures `localization` itself.
   * @default 'de'
   */
  defaultLocale?: string
  /**
   * `false` adds the four collections exactly as declared and nothing else: no per-locale
   * publishing (its fields, hooks and read rule), no users, endpoints, cache, localization or
   * admin strings. Their schema then differs from an enabled installation.
   * @default true
   */
  enabled?: boolean
  /**
   * Fallback chain per locale, tried in order when a field is empty in the requested locale.
   * @default { de: [], en: ['de'], zh: ['en', 'de'], ko: ['en', 'de'], ja: ['en', 'de'] }
   */
  fallbacks?: Record<string, string[]>
  /**
   * Locale codes and their order; ignored when the host configures `localization` itself.
   * @default ['de', 'en', 'zh', 'ko', 'ja']
   */
  locales?: string[]
  /**
   * Directory where photo uploads are stored.
   * @default 'media' (relative to the working directory)
   */
  mediaDir?: string
  /**
   * The partner API: `api-clients` with API keys scoped by language, collection and partner city;
   * the change feed and webhooks for keys; CORS for partner origins; rate limits per key and IP.
   * `false` leaves out the API clients, webhooks, CORS and rate limiting.
   * @default { corsOrigins: [], keyGraceHours: 24, rateLimit: { perKey: 1200/min, perIp: 600/min }, webhooks: { maxAttempts: 10, … } }
   */
  partners?: false | PartnerOptionsInput
  /**
   * The photo pipeline: uploads processed at once, the largest file and image accepted, how early
   * expiring rights are flagged, the recommended alt text length.
   * @default { concurrency: 1, maxFileBytes: 40 MiB, maxPixels: 100,000,000, expiryWarningDays: 30, altTextLength: 125 }
   */
  photos?: Partial<PhotoOptions>
  /**
   * The public search (`GET /api/twinning/search`). By default its index lives in the site's own
   * database (SQLite FTS5, PostgreSQL GIN, MongoDB multikey index); `index` plugs in another
   * engine. `false` turns search off.
   * @default {}
   */
  search?: false | SearchOptions
  /**
   * Collection slug overrides.
   * @default { news: 'news', partnerCities: 'partner-cities', photos: 'photos', events: 'events', users: 'users', publicationLog: 'publication-log', apiClients: 'api-clients', webhookDeliveries: 'webhook-deliveries' }
   */
  slugs?: Partial<Record<CollectionKey, string>>
  /**
   * Bounds of public reads (everyone but editors and admins): page size, relationship depth and how
   * complex a `where` may be.
   * @default { defaultLimit: 10, maxLimit: 100, maxDepth: 2, maxWhereDepth: 5, maxWhereConditions: 20 }
   */
  reads?: Partial<ReadLimits>
  /**
   * URL slugs per locale (`slug` of news, partner cities and events): `'romanized'` (German rules
   * for Latin scripts, Hanyu Pinyin, Revised Romanization of Korean, modified Hepburn) or
   * `'native'` (the title's own script, lower-cased), and their longest length.
   * @default { maxLength: 80, style: 'romanized' in every locale }
   */
  urlSlugs?: { maxLength?: number; style?: Record<string, SlugStyle> }
  /**
   * Limits of the XLIFF endpoints: the largest file an import accepts (bigger gets 413) and the most
   * documents one export or import may name.
   * @default { maxFileBytes: 10 MiB, maxDocuments: 1000 }
   */
  xliff?: Partial<XliffLimits>
}

export type SlugStyle = 'native' | 'romanized'

export interface SearchOptions {
  /** Another engine for the index (Elasticsearch, Meilisearch, …). */
  index?: (payload: Payload) => SearchIndex
}

export interface UrlSlugOptions {
  maxLength: number
  style: Record<string, SlugStyle>
}

export interface ReadLimits {
  defaultLimit: number
  maxDepth: number
  maxLimit: number
  maxWhereConditions: number
  maxWhereDepth: number
}

export interface XliffLimits {
  maxDocuments: number
  maxFileBytes: number
}

/** Options with every default applied. Slugs carry Payload's `CollectionSlug` type for the Local API. */
export interface ResolvedOptions {
  adminModule: string
  access: Partial<Record<CollectionKey, AccessOverrides>>
  cache: false | ReadCacheOptions
  collections: Record<ContentCollectionKey, boolean>
  defaultLocale: string
  enabled: boolean
  fallbacks: Record<string, string[]>
  locales: string[]
  mediaDir: string
  partners: false | PartnerOptions
  photos: PhotoOptions
  reads: ReadLimits
  search: false | SearchOptions
  slugs: Record<CollectionKey, CollectionSlug>
  urlSlugs: UrlSlugOptions
  xliff: XliffLimits
}

const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** Applies defaults and rejects options that cannot work, with a message saying what to change. */
export function resolveOptions(options: TwinningOptions = {}): ResolvedOptions {
  const locales = options.locales ?? [...TWINNING_LOCALES]
  if (locales.length === 0) throw new Error('twinning: `locales` must name at least one locale.')
  for (const code of locales) {
    if (!LOCALE_PATTERN.test(code))
      throw new Error(`twinning: locale code "${code}" is not a valid language tag.`)
  }
  if (new Set(locales).size !== locales.length)
    throw new Error('twinning: `locales` lists a locale twice.')

  const defaultLocale =
    options.defaultLocale ?? (locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : locales[0]!)
  if (!locales.includes(defaultLocale)) {
    throw new Error(
      `twinning: defaultLocale "${defaultLocale}" is not one of locales (${locales.join(', ')}).`,
    )
  }

  const fallbacks: Record<string, string[]> = {}
  for (const code of locales) {
    const chain =
      options.fallbacks?.[code] ??
      DEFAULT_FALLBACKS[code] ??
      (code === defaultLocale ? [] : [defaultLocale])
    fallbacks[code] = chain.filter((fallback) => fallback !== code && locales.includes(fallback))
  }
  for (const [code, chain] of Object.entries(options.fallbacks ?? {})) {
    const unknown = [code, ...chain].find((c) => !locales.includes(c))
    if (unknown)
      throw new Error(
        `twinning: fallbacks name "${unknown}", which is not one of locales (${locales.join(', ')}).`,
      )
  }

  const slugs = { ...DEFAULT_SLUGS, ...options.slugs }
  for (const [key, slug] of Object.entries(slugs)) {
    if (!SLUG_PATTERN.test(slug))
      throw new Error(`twinning: slug "${slug}" for ${key} must be kebab-case.`)
  }
  if (new Set(Object.values(slugs)).size !== Object.values(slugs).length) {
    throw new Error('twinning: two collections share one slug; give each its own in `slugs`.')
  }

  const xliff: XliffLimits = {
    maxDocuments: 1000,
    maxFileBytes: 10 * 1024 * 1024,
    ...options.xliff,
  }
  const reads: ReadLimits = {
    defaultLimit: 10,
    maxDepth: 2,
    maxLimit: 100,
    maxWhereConditions: 20,
    maxWhereDepth: 5,
    ...options.reads,
  }
  for (const [group, limits] of Object.entries({ reads, xliff })) {
    for (const [key, value] of Object.entries(limits)) {
      const least = key === 'maxDepth' ? 0 : 1
      if (!Number.isInteger(value) || value < least)
        throw new Error(`twinning: ${group}.${key} must be a whole number of at least ${least}.`)
    }
  }
  const cache: false | ReadCacheOptions =
    options.cache === false ? false : { ...DEFAULT_READ_CACHE, ...options.cache }
  if (cache) {
    for (const key of ['maxBytes', 'maxEntryBytes', 'syncTimeoutMs'] as const) {
      if (!Number.isInteger(cache[key]) || cache[key] < 1)
        throw new Error(`twinning: cache.${key} must be a whole number of at least 1.`)
    }
    if (cache.redisUrl !== undefined && !/^rediss?:\/\//.test(cache.redisUrl))
      throw new Error('twinning: cache.redisUrl must start with redis:// or rediss://.')
  }
  const urlSlugs: UrlSlugOptions = {
    maxLength: options.urlSlugs?.maxLength ?? 80,
    style: Object.fromEntries(
      locales.map((code) => [code, options.urlSlugs?.style?.[code] ?? 'romanized']),
    ),
  }
  if (!Number.isInteger(urlSlugs.maxLength) || urlSlugs.maxLength < 16)
    throw new Error('twinning: urlSlugs.maxLength must be a whole number of at least 16.')
  for (const [code, style] of Object.entries(options.urlSlugs?.style ?? {})) {
    if (!locales.includes(code))
      throw new Error(`twinning: urlSlugs.style names "${code}", which is not one of locales.`)
    if (style !== 'romanized' && style !== 'native')
      throw new Error(`twinning: urlSlugs.style.${code} must be 'romanized' or 'native'.`)
  }
  if (reads.defaultLimit > reads.maxLimit)
    throw new Error('twinning: reads.defaultLimit must not be above reads.maxLimit.')

  return {
    access: options.access ?? {},
    adminModule: options.adminModule ?? 'twinning/admin',
    cache,
    collections: {
      events: true,
      news: true,
      partnerCities: true,
      photos: true,
      ...options.collections,
    },
    defaultLocale,
    enabled: options.enabled ?? true,
    fallbacks,
    locales,
    mediaDir: options.mediaDir ?? 'media',
    partners: options.partners === false ? false : resolvePartnerOptions(options.partners),
    photos: resolvePhotoOptions(options.photos),
    reads,
    search: options.search === false ? false : { ...options.search },
    slugs: slugs as Record<CollectionKey, CollectionSlug>,
    urlSlugs,
    xliff,
  }
}
