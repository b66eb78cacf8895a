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
import { makeFirstUserAdmin } from '../collections/Users/hooks/makeFirstUserAdmin.js'
import { userRoleFields, usersCollection } from '../collections/Users/index.js'
import {
  invalidateAfterCommit,
  invalidateOnChange,
  invalidateOnDelete,
  recordReadTags,
} from './cache/hooks.js'
import { READ_CACHE_KEY, ReadCache } from './cache/readCache.js'
import { localePublishingFields } from './fields/localePublishingFields.js'
import { publishedInPath } from './fields/publishedIn.js'
import { publicListSortField } from './fields/publicListSortField.js'
import { makeScheduledUnpublishLocaleAware } from './jobs/localeAwareUnpublish.js'
import { boundPublicReads } from './hooks/boundPublicReads.js'
import { enforceTranslatorScope } from './hooks/enforceTranslatorScope.js'
import { scopePublishingToLocale } from './hooks/scopePublishingToLocale.js'
import { servePublishedLocales } from './hooks/servePublishedLocales.js'
import { trackAvailableLocales } from './hooks/trackAvailableLocales.js'
import { translationStatusEndpoint } from './endpoints/translationStatus.js'
import { xliffExportEndpoint } from './endpoints/xliffExport.js'
import { xliffImportEndpoint } from './endpoints/xliffImport.js'
import { recordTranslationSource } from './translation/recordTranslationSource.js'
import { validateLocaleQuery } from './hooks/validateLocaleQuery.js'
import { mergeTranslations } from './i18n/translations.js'
import { label } from './i18n/label.js'
import { localeLabel } from './i18n/localeLabel.js'
import { TWINNING_LOCALES } from './localization.js'
import { type ResolvedOptions, resolveOptions, type TwinningOptions } from './options.js'
import { type ContentCollectionKey, TWINNING } from './slugs.js'

const FACTORIES: Record<ContentCollectionKey, (options: ResolvedOptions) => CollectionConfig> = {
  news: newsCollection,
  partnerCities: partnerCitiesCollection,
  photos: photosCollection,
  events: eventsCollection,
}

/**
 * Twinning as a Payload plugin: four localized newsroom collections, five-language localization
 * and admin UI, roles, and Twinning's strings. Returns a new config; the incoming one is not changed.
 */
export function twinning(incoming: TwinningOptions = {}): (config: Config) => Config {
  const resolved = resolveOptions(incoming)

  return (config: Config): Config => {
    const hostLocalization = config.localization || undefined
    const options: ResolvedOptions = hostLocalization
      ? {
          ...resolved,
          defaultLocale: hostLocalization.defaultLocale,
          locales: hostLocalization.locales.map((locale) =>
            typeof locale === 'string' ? locale : locale.code,
          ),
        }
      : resolved

    const hostCollections = config.collections ?? []
    const contentCollections = (Object.keys(FACTORIES) as ContentCollectionKey[])
      .filter((key) => options.collections[key])
      .map((key) => FACTORIES[key](options))

    for (const collection of contentCollections) {
      if (hostCollections.some((host) => host.slug === collection.slug)) {
        throw new Error(
          `twinning: the host config already has a collection "${collection.slug}". Pass another slug in twinning({ slugs }).`,
        )
      }
    }
    if (!options.enabled)
      return { ...config, collections: [...hostCollections, ...contentCollections] }

    const guarded = contentCollections
      .map((collection) =>
        collection.versions ? withLocalePublishing(collection, options) : collection,
      )
      .map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [
            validateLocaleQuery,
            boundPublicReads,
            enforceTranslatorScope,
            ...(collection.hooks?.beforeOperation ?? []),
          ],
        },
      }))

    const hostUserSlug = config.admin?.user ?? hostCollections.find((c) => c.auth)?.slug
    const collections = hostUserSlug
      ? [
          ...hostCollections.map((c) => (c.slug === hostUserSlug ? withRoleFields(c, options) : c)),
          ...guarded,
        ]
      : [...hostCollections, usersCollection(options), ...guarded]

    const readCache = options.cache
      ? new ReadCache(options.cache, new Set(guarded.map((collection) => collection.slug)))
      : undefined
    const cachedCollections = readCache
      ? collections.map((collection) => withCacheHooks(collection, readCache))
      : collections

    const missing = TWINNING_LOCALES.filter((code) => !options.locales.includes(code))
    const hostOnInit = config.onInit

    return {
      ...config,
      admin: { ...config.admin, user: hostUserSlug ?? options.slugs.users },
      collections: cachedCollections,
      custom: {
        ...config.custom,
        [TWINNING]: options,
        ...(readCache ? { [READ_CACHE_KEY]: readCache } : {}),
      },
      endpoints: [
        ...(config.endpoints ?? []),
        translationStatusEndpoint,
        xliffExportEndpoint,
        xliffImportEndpoint,
      ],
      i18n: {
        ...config.i18n,
        fallbackLanguage: config.i18n?.fallbackLanguage ?? 'de',
        supportedLanguages: { de, en, ja, ko, zh, ...config.i18n?.supportedLanguages },
        translations: mergeTranslations(config.i18n?.translations),
      },
      localization: hostLocalization ?? {
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
        if (readCache) {
          readCache.log = { error: (message) => payload.logger.error(message) }
          invalidateAfterCommit(payload, readCache)
          // Connect now (Redis) so that the first public read does not wait; a failure is logged and retried per read.
          readCache
            .connect()
            .catch((error: Error) => payload.logger.error(`twinning cache: ${error.message}`))
        }
        if (hostLocalization && missing.length > 0) {
          payload.logger.warn(
            `twinning: the host's localization has no ${missing.join(', ')}; Twinning serves only ${options.locales.join(', ')}.`,
          )
        }
      },
    }
  }
}

/** Per-locale publishing for a collection with drafts: the status fields and the hooks that keep them honest. */
function withLocalePublishing(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        beforeListTable: [
          ...(collection.admin?.components?.beforeListTable ?? []),
          {
            clientProps: { collectionSlug: collection.slug },
            path: `${options.adminModule}#ExportSelected`,
          },
        ],
      },
    },
    custom: {
      ...collection.custom,
      [TWINNING]: {
        ...(collection.custom?.[TWINNING] as object | undefined),
        localePublishing: true,
      },
    },
    // A public list pages through (published in <locale>, published, default sort), and counts it
    // from the same index: one per locale.
    indexes: [
      ...(collection.indexes ?? []),
      ...options.locales.map((code) => ({
        fields: [publishedInPath(code), '_status', publicListSortField(collection)],
      })),
    ],
    fields: [
      {
        name: 'translationPanel',
        type: 'ui',
        label: label('translationPanel.title'),
        admin: { components: { Field: `${options.adminModule}#TranslationPanel` } },
      },
      ...collection.fields,
      ...localePublishingFields(options.locales),
    ],
    hooks: {
      ...hooks,
      afterRead: [...(hooks.afterRead ?? []), servePublishedLocales],
      beforeChange: [trackAvailableLocales, recordTranslationSource, ...(hooks.beforeChange ?? [])],
      beforeOperation: [scopePublishingToLocale, ...(hooks.beforeOperation ?? [])],
    },
  }
}

/** Every collection tags the cached answers that read it and drops them when it changes. */
function withCacheHooks(collection: CollectionConfig, cache: ReadCache): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), invalidateOnChange(cache)],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateOnDelete(cache)],
      afterRead: [...(hooks.afterRead ?? []), recordReadTags],
    },
  }
}

/** Adds `roles` and `locales` to a host's own users collection unless it already has them. */
function withRoleFields(collection: CollectionConfig, options: ResolvedOptions): CollectionConfig {
  const names = new Set(
    collection.fields.map((field) => ('name' in field ? field.name : undefined)),
  )
  const additions = userRoleFields(options).filter(
    (field) => 'name' in field && !names.has(field.name),
  )
  if (!additions.length) return collection
  return {
    ...collection,
    fields: [...collection.fields, ...additions],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), makeFirstUserAdmin],
    },
  }
}
