import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { ko } from '@payloadcms/translations/languages/ko'
import { zh } from '@payloadcms/translations/languages/zh'
import type { CollectionConfig, Config } from 'payload'

import { eventsCollection } from '../collections/Events/index.js'
import { newsCollection } from '../collections/News/index.js'
import { partnerCitiesCollection } from '../collections/PartnerCities/index.js'
import { photosCollection } from '../collections/Photos/index.js'
import { usersCollection } from '../collections/Users/index.js'
import { withRoleFields } from '../collections/Users/withRoleFields.js'
import { invalidateAfterCommit } from './cache/hooks.js'
import { READ_CACHE_KEY, ReadCache } from './cache/readCache.js'
import { withCacheHooks } from './cache/withCacheHooks.js'
import { translationStatusEndpoint } from './endpoints/translationStatus.js'
import { xliffExportEndpoint } from './endpoints/xliffExport.js'
import { xliffImportEndpoint } from './endpoints/xliffImport.js'
import { localeLabel } from './i18n/localeLabel.js'
import { mergeTranslations } from './i18n/translations.js'
import { openapiEndpoints } from './openapi/endpoints.js'
import { TWINNING_LOCALES } from './localization.js'
import { type ResolvedOptions, resolveOptions, type TwinningOptions } from './options.js'
import { withPartnerConfig } from './partners/index.js'
import { withPhotoConfig } from './photos/index.js'
import { makeScheduledUnpublishLocaleAware } from './publication/localeAwareUnpublish.js'
import { changesEndpoint } from './publication/log/changesEndpoint.js'
import { publicationLogCollection } from './publication/log/collection.js'
import { withLocalePublishing } from './publication/withLocalePublishing.js'
import { databaseSearchIndex } from './search/backends/index.js'
import { setSearchIndex } from './search/registry.js'
import { searchEndpoint } from './search/searchEndpoint.js'
import { type ContentCollectionKey, TWINNING } from './slugs.js'
import { urlSlugsCollection } from './urlSlugs/collection.js'
import { resolveEndpoint } from './urlSlugs/resolveEndpoint.js'
import { slugEndpoint } from './urlSlugs/slugEndpoint.js'

const FACTORIES: Record<ContentCollectionKey, (options: ResolvedOptions) => CollectionConfig> = {
  news: newsCollection,
  partnerCities: partnerCitiesCollection,
  photos: photosCollection,
  events: eventsCollection,
}

/** The host's locales and default when it configures localization itself, else ours. */
function withHostLocales(resolved: ResolvedOptions, config: Config): ResolvedOptions {
  const host = config.localization || undefined
  if (!host) return resolved
  const locales = host.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))
  return { ...resolved, defaultLocale: host.defaultLocale, locales }
}

/**
 * Twinning as a Payload plugin: four localized newsroom collections, five-language localization
 * and admin UI, roles, and Twinning's strings. Returns a new config; the incoming one is not changed.
 */
export function twinning(incoming: TwinningOptions = {}): (config: Config) => Config {
  const resolved = resolveOptions(incoming)

  return (config: Config): Config => {
    const options = withHostLocales(resolved, config)
    const hostCollections = config.collections ?? []
    const contentCollections = (Object.keys(FACTORIES) as ContentCollectionKey[])
      .filter((key) => options.collections[key])
      .map((key) => FACTORIES[key](options))
    const clash = contentCollections.find((c) => hostCollections.some((h) => h.slug === c.slug))
    if (clash) {
      throw new Error(
        `twinning: the host config already has a collection "${clash.slug}". Pass another slug in twinning({ slugs }).`,
      )
    }
    if (!options.enabled)
      return { ...config, collections: [...hostCollections, ...contentCollections] }

    const published = contentCollections.map((collection) =>
      withLocalePublishing(collection, options),
    )
    const hostUserSlug = config.admin?.user ?? hostCollections.find((c) => c.auth)?.slug
    const collections = hostUserSlug
      ? [
          ...hostCollections.map((c) => (c.slug === hostUserSlug ? withRoleFields(c, options) : c)),
          ...published,
        ]
      : [...hostCollections, usersCollection(options), ...published]
    collections.push(publicationLogCollection(options.slugs.publicationLog), urlSlugsCollection())

    const readCache = options.cache
      ? new ReadCache(options.cache, new Set(published.map((collection) => collection.slug)))
      : undefined
    const missing = TWINNING_LOCALES.filter((code) => !options.locales.includes(code))
    const hostOnInit = config.onInit

    const twinned: Config = {
      ...config,
      admin: { ...config.admin, user: hostUserSlug ?? options.slugs.users },
      collections: readCache ? collections.map((c) => withCacheHooks(c, readCache)) : collections,
      custom: {
        ...config.custom,
        [TWINNING]: options,
        ...(readCache ? { [READ_CACHE_KEY]: readCache } : {}),
      },
      endpoints: [
        ...(config.endpoints ?? []),
        changesEndpoint,
        resolveEndpoint,
        slugEndpoint,
        translationStatusEndpoint,
        xliffExportEndpoint,
        xliffImportEndpoint,
        ...(options.search ? [searchEndpoint] : []),
        ...openapiEndpoints,
      ],
      i18n: {
        ...config.i18n,
        fallbackLanguage: config.i18n?.fallbackLanguage ?? 'de',
        supportedLanguages: { de, en, ja, ko, zh, ...config.i18n?.supportedLanguages },
        translations: mergeTranslations(config.i18n?.translations),
      },
      localization: config.localization || {
        defaultLocale: options.defaultLocale,
        fallback: true,
        locales: options.locales.map((code) => ({
          code,
          fallbackLocale: options.fallbacks[code]?.length ? options.fallbacks[code] : undefined,
          label: localeLabel(code),
        })),
      },
      onInit: async (payload) => {
        if (hostOnInit) await hostOnInit(payload)
        makeScheduledUnpublishLocaleAware(payload)
        if (options.search) {
          const index = options.search.index?.(payload) ?? databaseSearchIndex(payload)
          await index.ensure()
          setSearchIndex(payload, index)
        }
        if (readCache) {
          readCache.log = { error: (message) => payload.logger.error(message) }
          invalidateAfterCommit(payload, readCache)
          // Connect now (Redis) so that the first public read does not wait; failures are retried per read.
          readCache
            .connect()
            .catch((error: Error) => payload.logger.error(`twinning cache: ${error.message}`))
        }
        if (config.localization && missing.length > 0) {
          payload.logger.warn(
            `twinning: the host's localization has no ${missing.join(', ')}; Twinning serves only ${options.locales.join(', ')}.`,
          )
        }
      },
    }
    const withPhotos = options.collections.photos ? withPhotoConfig(twinned, options) : twinned
    return options.partners ? withPartnerConfig(withPhotos, options) : withPhotos
  }
}
