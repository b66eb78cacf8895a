import type { Where } from 'payload'

import { isStaffUser } from '../access/roles.js'
import { ALL_LOCALES_QUERY_VALUES } from '../localization.js'
import { publishedInName, publishedInPath } from './publishedIn.js'

/**
 * The pure half of the public read model: who is public, which locales a read may be served in,
 * and whether a stored document is public in a locale — as a `Where` for queries and as a row
 * check for a document in hand. No request needed: REST, GraphQL, `findPublic`, jobs and indexes
 * all decide with these.
 */

/** The locales of an installation and each one's configured fallback chain. */
export interface LocaleSetup {
  defaultLocale: string
  /** Fallback chain per locale, in order (`zh` → en, de). */
  fallbacks: Record<string, string[]>
  locales: string[]
}

/** A read as the public asks for it. */
export interface PublicReadRequest {
  /** A locale code, or `all` (`*`). */
  locale: string
  /** A fallback the reader names explicitly (`fallback-locale=de`); `none`, unknown or absent: none. */
  fallbackLocale?: string | null
  /** The collection serves an unpublished locale from its configured chain (photos). */
  fallbackChain?: boolean
}

/** Where a public read may be served from. */
export interface ServableLocales {
  /** The locale asked for, or `all`. */
  requested: string
  /** Locales the answer may come from, in order; for `all`, every locale. */
  servable: string[]
  /**
   * Locales whose text the reader may receive at all, also as field-level fallback (an API
   * client: its own languages). Absent: every locale the document is public in.
   */
  readable?: string[]
}

/** Anyone without a newsroom role reads as the public: visitors, logged-in users without a role, keys. */
export const isPublicReader = (user: unknown): boolean => !isStaffUser(user as never)

/**
 * The locales a public read may be served in: the requested one, then the fallback the reader
 * names explicitly, then (for collections with `fallbackChain`) the locale's configured chain.
 * A Korean reader never silently gets German text otherwise.
 */
export function servableLocales(setup: LocaleSetup, read: PublicReadRequest): ServableLocales {
  const requested = ALL_LOCALES_QUERY_VALUES.includes(read.locale) ? 'all' : read.locale
  if (requested === 'all') return { requested, servable: [...setup.locales] }
  const explicit =
    read.fallbackLocale && setup.locales.includes(read.fallbackLocale) ? [read.fallbackLocale] : []
  const chain = read.fallbackChain ? (setup.fallbacks[requested] ?? [setup.defaultLocale]) : []
  return { requested, servable: [...new Set([requested, ...explicit, ...chain])] }
}

/** The query form: published in at least one of the servable locales. */
export function publicWhere(servable: string[]): Where {
  const clauses: Where[] = servable.map((code) => ({ [publishedInPath(code)]: { equals: true } }))
  const inAny = clauses.length === 1 ? clauses[0]! : { or: clauses }
  return { and: [{ _status: { equals: 'published' } }, inAny] }
}

type StoredPublication = {
  _status?: unknown
  availableLocales?: unknown
  publishedIn?: unknown
}

/**
 * The row form: is this stored document public in `locale`? Reads `publishedIn` (or, where a
 * read did not select it, `availableLocales`); a document that carries neither is not public —
 * the check fails closed.
 */
export function isPublicIn(doc: StoredPublication, locale: string): boolean {
  if (doc._status !== undefined && doc._status !== 'published') return false
  const flags = doc.publishedIn
  if (flags && typeof flags === 'object') {
    return (flags as Record<string, unknown>)[publishedInName(locale)] === true
  }
  return Array.isArray(doc.availableLocales) && doc.availableLocales.includes(locale)
}

/** The locales, of those given, a stored document is public in. */
export const publicLocalesOf = (doc: StoredPublication, locales: string[]): string[] =>
  locales.filter((code) => isPublicIn(doc, code))

/** The first servable locale the document is public in: the one it is served in. */
export const servedLocale = (doc: StoredPublication, servable: string[]): string | undefined =>
  servable.find((code) => isPublicIn(doc, code))
