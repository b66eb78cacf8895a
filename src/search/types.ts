import type { PayloadRequest } from 'payload'

/**
 * The search index's vocabulary, shared by the analyzer (which makes tokens and query plans) and the
 * backends (which store tokens in the database's own index and run plans against it).
 *
 * Tokens are already normalized (NFKC, lower case, Latin diacritics folded, …): a backend stores
 * and compares them byte for byte. A token holds letters and digits only, never spaces, quotes
 * or operators, so it can be quoted into FTS5 or tsquery text safely (backends still escape).
 */

/** What the index must hold for one alternative of a query word. */
export type Term =
  /** One token; with `prefix`, any token that starts with it. */
  | { prefix?: boolean; token: string }
  /** Tokens at consecutive positions of one field, in this order (CJK character bigram chains). */
  | { phrase: string[] }

/** One word of the query as the user typed it. It matches when any of its alternatives does. */
export interface QueryWord {
  alternatives: Term[]
  /** Optional words do not have to match (e.g. a lone CJK suffix such as 市 after 斯图加特). */
  optional?: boolean
  /** The word as typed (normalized), for highlighting. */
  text: string
}

/** A parsed query: every non-optional word must match (AND), in title or body. */
export interface QueryPlan {
  words: QueryWord[]
}

/** The token streams of one document in one locale, in text order (positions matter for phrases). */
export interface TokenStreams {
  body: string[]
  title: string[]
}

/**
 * The key in an entry's `text` naming the fields (comma-joined paths) whose text another language
 * filled in (the field empty in the entry's own, or a photo served along its locale chain), and
 * `TITLE_FILLED` when the title was. A reader held to some languages (an API client) gets neither
 * those fields nor such a hit: REST never fills a field for it either. Not a field path (those
 * never start with `@`), and opaque to the backends.
 */
export const FILLED_FIELDS = '@filled'
export const TITLE_FILLED = '@title'

/** One document-locale as the index holds it: only what the public reads in that locale. */
export interface SearchEntry {
  collection: string
  /** Sort key for "newer above older": the item's date (publishedAt, event start, …) or creation. */
  date: string | null
  id: string
  locale: string
  slug: string | null
  /** Plain text per field, for snippets (`title`, `lead`, `body`, `caption`, …). */
  text: Record<string, string>
  title: string
  tokens: TokenStreams
}

export interface SearchKey {
  collection: string
  id: string
  /** Without a locale: every locale of the document. */
  locale?: string
}

export interface SearchQuery {
  collections: string[]
  /**
   * Count hits only up to this many (`totalDocs` is then at most this): counting every match of a
   * word in each of 100,000 entries costs more than finding the page. Absent: exact.
   */
  countLimit?: number
  limit: number
  /** Without locales: every locale. */
  locales?: string[]
  page: number
  plan: QueryPlan
}

export interface SearchHit {
  collection: string
  date: string | null
  id: string
  /** Every required word matched in the title: ranks above body-only hits. */
  inTitle: boolean
  locale: string
  slug: string | null
  text: Record<string, string>
  title: string
}

export interface SearchResult {
  hits: SearchHit[]
  totalDocs: number
}

/**
 * Where the search index lives. Twinning ships SQLite (FTS5), PostgreSQL (GIN over tsvector) and
 * MongoDB (multikey index) implementations; a city can plug in an external engine instead.
 * Writes get the request, so they join the write's transaction: the index commits with it.
 */
export interface SearchIndex {
  /** Creates tables/indexes if missing (idempotent; runs at start-up). */
  ensure(): Promise<void>
  /** Adds or replaces these document-locales. */
  index(req: PayloadRequest | undefined, entries: SearchEntry[]): Promise<void>
  /** Ranked: hits whose title holds every required word first, then newer before older. */
  query(query: SearchQuery): Promise<SearchResult>
  /** Removes these document-locales (or every locale of a document). */
  remove(req: PayloadRequest | undefined, keys: SearchKey[]): Promise<void>
  /** Empties the index (rebuild). */
  clear(): Promise<void>
}
