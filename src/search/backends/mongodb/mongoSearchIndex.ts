import type { ClientSession, Collection, Db, Filter } from 'mongodb'
import type { Payload, PayloadRequest } from 'payload'

import type { SearchEntry, SearchHit, SearchIndex, Term, TokenStreams } from '../../types.js'
import { pageTiers } from '../pageTiers.js'
import { rankBase } from '../rankKey.js'
import { requiredWords } from '../requiredWords.js'
import { matchesPlan } from '../../analyzer/index.js'

const COLLECTION = 'twinning_search'

interface StoredEntry {
  _id: string
  collection: string
  date: string | null
  docId: string
  locale: string
  /** Date order (`rankKey.ts`); ties fall back to `_id`. */
  rank: number
  slug: string | null
  streams: TokenStreams
  text: Record<string, string>
  title: string
  /** Every distinct token of title and body (multikey index). */
  tokens: string[]
  titleTokens: string[]
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * What the multikey indexes can check of one term: the token, a prefix as an anchored regex (an
 * index range scan), a phrase as all its tokens — its order is checked afterwards by the analyzer's reference matcher (`matchesPlan`).
 */
const termFilter = (term: Term, field: 'titleTokens' | 'tokens'): Filter<StoredEntry> =>
  'phrase' in term
    ? { [field]: { $all: term.phrase } }
    : term.prefix
      ? { [field]: { $regex: `^${escapeRegex(term.token)}` } }
      : { [field]: term.token }

const wordsFilter = (words: Term[][], field: 'titleTokens' | 'tokens'): Filter<StoredEntry> => ({
  $and: words.map((alternatives) => ({ $or: alternatives.map((term) => termFilter(term, field)) })),
})

/**
 * The search index in the site's MongoDB database: one document per document-locale with its
 * distinct tokens in multikey indexes. Queries without phrases are answered by the indexes alone
 * (counted and paged in the database); a query with a phrase verifies the candidates' token
 * streams here, which costs time in proportion to the candidates.
 */
export function mongoSearchIndex(payload: Payload): SearchIndex {
  const adapter = payload.db as unknown as {
    connection: { db?: Db }
    sessions: Record<string, ClientSession | undefined>
  }
  const entries = (): Collection<StoredEntry> => {
    const db = adapter.connection.db
    if (!db) throw new Error('The MongoDB connection is not open yet')
    return db.collection<StoredEntry>(COLLECTION)
  }
  // The write's session when it runs in a transaction: the index commits or aborts with it.
  const sessionOf = async (req: PayloadRequest | undefined) => {
    const id = req?.transactionID ? await req.transactionID : undefined
    const session = id ? adapter.sessions[String(id)] : undefined
    return session?.inTransaction() ? { session } : {}
  }

  return {
    ensure: async () => {
      await entries().createIndexes([
        { key: { tokens: 1 }, name: 'tokens' },
        { key: { titleTokens: 1 }, name: 'titleTokens' },
        { key: { collection: 1, docId: 1, locale: 1 }, name: 'document', unique: true },
        { key: { locale: 1, collection: 1, rank: -1, _id: -1 }, name: 'scope_rank' },
        { key: { rank: -1, _id: -1 }, name: 'rank' },
      ])
    },

    index: async (req, toIndex) => {
      const options = await sessionOf(req)
      for (const entry of toIndex) {
        const stored = storedEntry(entry)
        await entries().replaceOne({ _id: stored._id }, stored, { ...options, upsert: true })
      }
    },

    remove: async (req, keys) => {
      const options = await sessionOf(req)
      for (const { collection, id, locale } of keys)
        await entries().deleteMany(
          { collection, docId: id, ...(locale === undefined ? {} : { locale }) },
          options,
        )
    },

    clear: async () => {
      await entries().deleteMany({})
    },

    query: async ({ collections, countLimit, limit, locales, page, plan }) => {
      const words = requiredWords(plan)
      if (!words || !collections.length || (locales && !locales.length))
        return { hits: [], totalDocs: 0 }
      const scope: Filter<StoredEntry> = {
        collection: { $in: collections },
        ...(locales ? { locale: { $in: locales } } : {}),
      }
      const inTitle = wordsFilter(words, 'titleTokens')
      const anywhere: Filter<StoredEntry> = { $and: [scope, wordsFilter(words, 'tokens')] }
      const sort = { rank: -1, _id: -1 } as const
      const projection = { streams: 0, titleTokens: 0, tokens: 0 } as const

      if (words.some((alternatives) => alternatives.some((term) => 'phrase' in term))) {
        // Candidates from the indexes, phrases checked on their token streams, ranked here.
        const candidates = await entries()
          .find(anywhere, { projection: { rank: 1, streams: 1 }, sort })
          .toArray()
        const ranked = candidates
          .map((candidate) => ({ id: candidate._id, ...matchesPlan(candidate.streams, plan) }))
          .filter((candidate) => candidate.matches)
          .sort((a, b) => Number(b.inTitle) - Number(a.inTitle))
        const slice = ranked.slice((page - 1) * limit, page * limit)
        const found = new Map(
          (
            await entries()
              .find({ _id: { $in: slice.map((hit) => hit.id) } }, { projection })
              .toArray()
          ).map((stored) => [stored._id, stored]),
        )
        return {
          hits: slice.map((hit) => searchHit(found.get(hit.id)!, hit.inTitle)),
          totalDocs: ranked.length,
        }
      }

      const tiers: Filter<StoredEntry>[] = [
        { $and: [scope, inTitle] },
        { $and: [anywhere, { $nor: [inTitle] }] },
      ]
      const counting = countLimit === undefined ? {} : { limit: countLimit }
      const titleHits = await entries().countDocuments(tiers[0]!, counting)
      const totalDocs = await entries().countDocuments(anywhere, counting)
      const hits = await pageTiers(
        { limit, page },
        [titleHits, totalDocs - titleHits],
        async (tier, offset, size) =>
          (
            await entries()
              .find(tiers[tier]!, { limit: size, projection, skip: offset, sort })
              .toArray()
          ).map((stored) => searchHit(stored, tier === 0)),
      )
      return { hits, totalDocs }
    },
  }
}

const storedEntry = (entry: SearchEntry): StoredEntry => ({
  _id: JSON.stringify([entry.collection, entry.id, entry.locale]),
  collection: entry.collection,
  date: entry.date,
  docId: entry.id,
  locale: entry.locale,
  rank: rankBase(entry.date),
  slug: entry.slug,
  streams: { body: entry.tokens.body, title: entry.tokens.title },
  text: entry.text,
  title: entry.title,
  titleTokens: [...new Set(entry.tokens.title)],
  tokens: [...new Set([...entry.tokens.title, ...entry.tokens.body])],
})

const searchHit = (stored: StoredEntry, inTitle: boolean): SearchHit => ({
  collection: stored.collection,
  date: stored.date,
  id: stored.docId,
  inTitle,
  locale: stored.locale,
  slug: stored.slug,
  text: stored.text,
  title: stored.title,
})
