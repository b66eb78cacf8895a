/** Default collection slugs. Hosts can override each one with `twinning({ slugs })`. */
export const DEFAULT_SLUGS = {
  events: 'events',
  news: 'news',
  partnerCities: 'partner-cities',
  photos: 'photos',
  users: 'users',
} as const

export type CollectionKey = keyof typeof DEFAULT_SLUGS
export type ContentCollectionKey = Exclude<CollectionKey, 'users'>

export const CONTENT_COLLECTION_KEYS: readonly ContentCollectionKey[] = [
  'news',
  'partnerCities',
  'photos',
  'events',
]

/** Namespace of the plugin's strings in Payload's i18n (`t('twinning:…')`) and of its REST endpoints. */
export const TWINNING = 'twinning'
