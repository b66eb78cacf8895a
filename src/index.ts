export { twinning } from './plugin.js'
export type { ResolvedOptions, TwinningOptions } from './options.js'
export { resolveOptions } from './options.js'
export { DEFAULT_SLUGS, type CollectionKey, type ContentCollectionKey } from './slugs.js'
export { DEFAULT_FALLBACKS, TWINNING_LOCALES, type TwinningLocale } from './localization.js'
export { label } from './i18n/label.js'
export { publicReadRule } from './publication/publicReadRule.js'
export {
  isPublicIn,
  isPublicReader,
  publicLocalesOf,
  publicWhere,
  servableLocales,
  servedLocale,
  type LocaleSetup,
  type PublicReadRequest,
  type ServableLocales,
} from './publication/predicates.js'
export { localeSetupOf } from './publication/localeSetup.js'
export {
  INTERNAL_FIELDS,
  planPublicView,
  restrictToPublicLocales,
  toPublicDocument,
  type PublicDocument,
  type PublicLocaleNote,
} from './publication/projection.js'
export {
  findPublic,
  findPublicByID,
  type FindPublicArgs,
  type FindPublicByIDArgs,
} from './publication/findPublic.js'
export type { PublicationSettings } from './publication/publicRead.js'
export { withLocalePublishing } from './publication/withLocalePublishing.js'
export { hasRole, ROLES, type Role } from './access/roles.js'
export { parentIdIndexes } from './setup/parentIdIndexes.js'
export { withReadCache } from './cache/withReadCache.js'
export { withPartnerGate } from './partners/gate/withPartnerGate.js'
export { readCacheOf, type ReadCacheOptions } from './cache/readCache.js'
export { answerCachedRead } from './cache/frontServer.js'
export { makeSlug, preloadRomanizers } from './urlSlugs/makeSlug.js'
export { rebuildSlugs } from './urlSlugs/rebuild.js'
export type {
  QueryPlan,
  QueryWord,
  SearchEntry,
  SearchHit,
  SearchIndex,
  SearchKey,
  SearchQuery,
  SearchResult,
  Term,
  TokenStreams,
} from './search/types.js'
export {
  analyzeDocument,
  matchesPlan,
  normalize,
  parseQuery,
  snippet,
  tokenStream,
} from './search/analyzer/index.js'
export { databaseSearchIndex } from './search/backends/index.js'
export { rebuildSearchIndex } from './search/rebuild.js'
export { searchIndexOf } from './search/registry.js'
