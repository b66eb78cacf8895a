/** Default collection slugs. Hosts can override each one with `twinning({ slugs })`. */
export const DEFAULT_SLUGS = {
  apiClients: 'api-clients',
  events: 'events',
  news: 'news',
  partnerCities: 'partner-cities',
  photos: 'photos',
  publicationLog: 'publication-log',
  users: 'users',
  webhookDeliveries: 'webhook-deliveries',
} as const

export type CollectionKey = keyof typeof DEFAULT_SLUGS
/** The four newsroom collections, published per locale. */
export type ContentCollectionKey = Exclude<
  CollectionKey,
  'apiClients' | 'publicationLog' | 'users' | 'webhookDeliveries'
>

/** Namespace of the plugin's strings in Payload's i18n (`t('twinning:…')`) and of its REST endpoints. */
export const TWINNING = 'twinning'
