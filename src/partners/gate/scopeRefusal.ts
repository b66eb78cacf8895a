import type { TranslationKey } from '../../i18n/resources.js'
import { ALL_LOCALES_QUERY_VALUES, NO_FALLBACK_QUERY_VALUES } from '../../localization.js'
import { TWINNING } from '../../slugs.js'
import type { ClientScope } from '../keys/clientScope.js'

export interface ScopeRefusal {
  key: TranslationKey
  status: 403
  vars: Record<string, string>
}

/** Twinning endpoints an API key may call; the rest (XLIFF, reports) are the newsroom's. */
const KEY_ENDPOINTS = new Set(['changes', 'resolve', 'search'])
/** Query parameters that name languages or collections. */
const SCOPED_PARAMS = new Set([
  'collection',
  'collections',
  'fallback-locale',
  'fallbackLocale',
  'locale',
])
/** Root paths open to keys besides the collections: the contract and its page. */
const KEY_ROOTS = new Set(['docs', 'openapi.json'])

interface Route {
  apiClients: string
  contentCollections: readonly string[]
  method: string
  query: URLSearchParams
  segments: string[]
}

/**
 * What an API client may not ask, before anything is read: writes (a key only reads), paths
 * outside its collections and the partner endpoints, languages it lacks (also as a fallback).
 * Undefined: allowed. GraphQL is let through here; its mutations are refused separately and its
 * reads go through the same read rule as REST.
 */
export function scopeRefusal(scope: ClientScope, route: Route): ScopeRefusal | undefined {
  const [first = '', second] = route.segments
  const method = route.method.toUpperCase()
  const deny = (key: TranslationKey, vars: Record<string, string> = {}): ScopeRefusal => ({
    key,
    status: 403,
    vars,
  })
  const reading = method === 'GET' || method === 'HEAD'
  if (first === 'graphql' && route.segments.length === 1 && method === 'POST') return undefined
  if (!reading) return deny('errors.keyReadOnly')

  const collection = route.contentCollections.includes(first)
  const allowed =
    collection ||
    (first === TWINNING && second !== undefined && KEY_ENDPOINTS.has(second)) ||
    (KEY_ROOTS.has(first) && (first === 'docs' || route.segments.length === 1)) ||
    (first === route.apiClients && second === 'me' && route.segments.length === 2)
  if (!allowed || (collection && !scope.collections.includes(first))) {
    return deny('errors.keyCollection', {
      collection: first.slice(0, 80),
      collections: scope.collections.join(', '),
    })
  }

  // The partner endpoints name collections in the query (`collection=`, `collections=a,b`).
  if (first === TWINNING) {
    const named = [route.query.get('collection'), route.query.get('collections')]
      .flatMap((value) => (value ? value.split(',') : []))
      .map((slug) => slug.trim())
      .filter(Boolean)
    const foreign = named.find(
      (slug) => route.contentCollections.includes(slug) && !scope.collections.includes(slug),
    )
    if (foreign)
      return deny('errors.keyCollection', {
        collection: foreign,
        collections: scope.collections.join(', '),
      })
  }

  // Payload reads `locale[]=de`, `locale[0]=de` and repeated names its own way (qs): a key's
  // languages and collections are named once, plainly, or the request is refused.
  for (const name of route.query.keys()) {
    const base = name.replace(/\[.*$/, '')
    if (!SCOPED_PARAMS.has(base)) continue
    if (name !== base || route.query.getAll(name).length > 1) {
      const value = route.query.get(name) ?? ''
      return base.startsWith('collection')
        ? deny('errors.keyCollection', {
            collection: `${name}=${value}`.slice(0, 80),
            collections: scope.collections.join(', '),
          })
        : deny('errors.keyLocale', {
            locale: `${name}=${value}`.slice(0, 40),
            locales: scope.locales.join(', '),
          })
    }
  }
  if (
    route.query.has('fallback-locale') &&
    route.query.has('fallbackLocale') &&
    route.query.get('fallback-locale') !== route.query.get('fallbackLocale')
  )
    return deny('errors.keyLocale', {
      locale: String(route.query.get('fallbackLocale')).slice(0, 40),
      locales: scope.locales.join(', '),
    })

  const outside = (code: string | null, none: string[]) =>
    code !== null && !none.includes(code) && !scope.locales.includes(code)
  const locale = route.query.get('locale')
  const fallback = route.query.get('fallback-locale') ?? route.query.get('fallbackLocale')
  for (const code of [
    outside(locale, ALL_LOCALES_QUERY_VALUES) ? locale : null,
    outside(fallback, NO_FALLBACK_QUERY_VALUES) ? fallback : null,
  ]) {
    if (code !== null)
      return deny('errors.keyLocale', {
        locale: code.slice(0, 40),
        locales: scope.locales.join(', '),
      })
  }
  return undefined
}
