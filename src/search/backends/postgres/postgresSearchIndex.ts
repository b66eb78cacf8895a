import type { Payload } from 'payload'

import type { SearchEntry, SearchHit, SearchIndex, SearchKey } from '../../types.js'
import { chunks, freeSlot, keyOf, scopePairs } from '../batch.js'
import { freeRankKey, rankBase, SLOTS } from '../rankKey.js'
import { requiredWords } from '../requiredWords.js'
import { type DrizzleDb, inWriteTransaction, type SqlTag, toDrizzleSql } from '../sqlSession.js'
import { generationSql, STATE_TABLE } from './indexGeneration.js'
import { QUERY_FUNCTION, queryFunctionSql } from './queryFunction.js'
import { RecentCounts } from './recentCounts.js'
import { scopeQuery, tsqueryLiteral, tsvectorLiteral } from './tsLiterals.js'

const TABLE = 'twinning_search'
const SCOPES = 'twinning_search_scopes'

/**
 * One row per document-locale, keyed by its rank key (`rankKey.ts`), with a tsvector of the
 * analyzer's tokens, title markers and scope (`tsLiterals.ts`) under a GIN index. The rows keep
 * their tsvector and text out of line (`toast_tuple_target`), so the heap a count visits stays
 * small. The scopes table lists every locale and collection ever indexed: a filter that lets all
 * of them through is left out of the query. Searching is one call of the function in
 * `queryFunction.ts`.
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${TABLE} (
    key bigint PRIMARY KEY,
    collection text NOT NULL,
    doc_id text NOT NULL,
    locale text NOT NULL,
    date text,
    title text NOT NULL,
    slug text,
    text jsonb NOT NULL,
    tsv tsvector NOT NULL,
    UNIQUE (collection, doc_id, locale)
  ) WITH (toast_tuple_target = 128)`,
  `CREATE INDEX IF NOT EXISTS ${TABLE}_tsv ON ${TABLE} USING gin (tsv)`,
  `CREATE TABLE IF NOT EXISTS ${SCOPES} (
    kind text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (kind, value)
  )`,
]

/** How many queries' counts are kept (a few hundred bytes each). */
const COUNTS_KEPT = 2000

/** A page is read in date order when it is found within this many rows (see queryFunction.ts). */
const WALK_ROWS = 3000

type Row = Record<string, unknown>
interface PoolClient {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Row[] }>
  release: () => void
}
interface Pool {
  connect: () => Promise<PoolClient>
  query: (text: string, values?: unknown[]) => Promise<{ rows: Row[] }>
}

/** The search index in the site's PostgreSQL database (GIN over tsvector). */
export function postgresSearchIndex(payload: Payload): SearchIndex {
  const pool = () => (payload.db as unknown as { pool: Pool }).pool
  let tag: Promise<SqlTag> | undefined
  const sqlTag = () =>
    (tag ??= import('@payloadcms/db-postgres/drizzle').then(({ sql }) => sql as unknown as SqlTag))

  const write = (
    req: Parameters<SearchIndex['index']>[0],
    work: (all: (text: string, args?: unknown[]) => Promise<Row[]>) => Promise<void>,
  ) =>
    sqlTag().then((sql) =>
      inWriteTransaction(payload, req, (db: DrizzleDb) =>
        work(
          async (text, args) => (await db.execute!(toDrizzleSql(sql, text, args))).rows as Row[],
        ),
      ),
    )

  // The counts of recent queries, with the index generation they were taken at (queryFunction.ts).
  const counts = new RecentCounts(COUNTS_KEPT)

  return {
    ensure: async () => {
      // In one transaction under a lock: instances starting together would race to create them.
      const client = await pool().connect()
      try {
        await client.query('BEGIN')
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [TABLE])
        for (const statement of [
          ...SCHEMA,
          ...generationSql(TABLE),
          queryFunctionSql(TABLE, SCOPES, STATE_TABLE),
        ])
          await client.query(statement)
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },

    index: (req, entries) =>
      write(req, async (all) => {
        // The last word on each document-locale wins when one appears twice.
        const batch = [...new Map(entries.map((entry) => [keyOf(entry), entry])).values()]
        if (!batch.length) return
        // A handful of statements per batch, not per entry (the archive seed writes 1,000 at a time).
        const held = new Map<string, number>()
        for (const found of await all(
          `SELECT e.key, e.collection, e.doc_id, e.locale FROM jsonb_array_elements(?::jsonb) j
           JOIN ${TABLE} e ON e.collection = j->>0 AND e.doc_id = j->>1 AND e.locale = j->>2`,
          [JSON.stringify(batch.map((entry) => [entry.collection, entry.id, entry.locale]))],
        ))
          held.set(keyOf(found), Number(found.key))
        const keep = new Map<string, number>()
        const gone: number[] = []
        for (const entry of batch) {
          const old = held.get(keyOf(entry))
          if (old === undefined) continue
          gone.push(old)
          if (Math.floor(old / SLOTS) * SLOTS === rankBase(entry.date)) keep.set(keyOf(entry), old)
        }
        // Rows that stay at their key are written anew too: one INSERT for the whole batch.
        if (gone.length)
          await all(`DELETE FROM ${TABLE} WHERE key = ANY(?::bigint[])`, [pgArray(gone)])

        const bases = [
          ...new Set(batch.filter((e) => !keep.has(keyOf(e))).map((e) => rankBase(e.date))),
        ]
        const taken = new Set<number>()
        if (bases.length)
          for (const found of await all(
            `SELECT e.key FROM unnest(?::bigint[]) b(base)
             JOIN ${TABLE} e ON e.key BETWEEN b.base AND b.base + ${SLOTS - 1}`,
            [pgArray(bases)],
          ))
            taken.add(Number(found.key))
        const keyed: Array<[number, SearchEntry]> = []
        const late: SearchEntry[] = []
        for (const entry of batch) {
          const key = keep.get(keyOf(entry)) ?? freeSlot(rankBase(entry.date), taken)
          if (key === undefined) late.push(entry)
          else {
            taken.add(key)
            keyed.push([key, entry])
          }
        }
        for (const chunk of chunks(keyed, 200)) {
          const inserted = await all(
            `INSERT INTO ${TABLE} (date, title, slug, text, tsv, key, collection, doc_id, locale)
             VALUES ${chunk.map(() => '(?, ?, ?, ?::jsonb, ?::tsvector, ?, ?, ?, ?)').join(', ')}
             ON CONFLICT (key) DO NOTHING RETURNING key`,
            chunk.flatMap(([key, entry]) => [
              ...row(entry),
              key,
              entry.collection,
              entry.id,
              entry.locale,
            ]),
          )
          // A concurrent write took some of these keys first: those probe again one by one.
          const done = new Set(inserted.map((found) => Number(found.key)))
          for (const [key, entry] of chunk) if (!done.has(key)) late.push(entry)
        }
        for (const entry of late) await insertProbing(all, entry)

        const scopes = scopePairs(batch)
        await all(
          `INSERT INTO ${SCOPES} (kind, value) VALUES ${scopes.map(() => '(?, ?)').join(', ')}
           ON CONFLICT DO NOTHING`,
          scopes.flat(),
        )
      }),

    remove: (req, keys) =>
      write(req, async (all) => {
        for (const key of keys)
          if (key.locale === undefined)
            await all(`DELETE FROM ${TABLE} WHERE collection = ? AND doc_id = ?`, [
              key.collection,
              key.id,
            ])
          else
            await all(`DELETE FROM ${TABLE} WHERE collection = ? AND doc_id = ? AND locale = ?`, [
              key.collection,
              key.id,
              key.locale,
            ])
      }),

    clear: () =>
      write(undefined, async (all) => {
        await all(`DELETE FROM ${TABLE}`)
        await all(`DELETE FROM ${SCOPES}`)
      }),

    query: async ({ collections, countLimit, limit, locales, page, plan }) => {
      const words = requiredWords(plan)
      const anywhere = words && tsqueryLiteral(words, 'anywhere')
      const inTitle = words && tsqueryLiteral(words, 'title')
      if (!anywhere || !inTitle || !collections.length || (locales && !locales.length))
        return { hits: [], totalDocs: 0 }
      const args = [
        inTitle,
        anywhere,
        scopeQuery(collections, undefined) ?? null,
        collections,
        locales ? (scopeQuery(undefined, locales) ?? null) : null,
        locales ?? [],
        countLimit ?? null,
      ]
      const countsKey = JSON.stringify(args)
      const known = counts.get(countsKey)
      const rows = (
        await pool().query(
          `SELECT * FROM ${QUERY_FUNCTION}($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            ...args,
            limit,
            Math.max(0, (page - 1) * limit),
            WALK_ROWS,
            known?.generation ?? null,
            known?.titleHits ?? null,
            known?.total ?? null,
          ],
        )
      ).rows
      const summary = rows.find((found) => found.tier === -1)
      if (summary && summary.generation !== null)
        counts.set(countsKey, {
          generation: String(summary.generation),
          titleHits: Number(summary.title_hits),
          total: Number(summary.total),
        })
      return {
        hits: rows
          .filter((found) => found.tier !== -1)
          .map((found) => hit(found, found.tier === 0)),
        totalDocs: Number(summary?.total ?? 0),
      }
    },
  }
}

type All = (text: string, args?: unknown[]) => Promise<Row[]>

const firstNumber = (rows: Row[]) => {
  const value = rows[0] ? Object.values(rows[0])[0] : null
  return value === null || value === undefined ? null : Number(value)
}

/** A PostgreSQL array literal of whole numbers. */
const pgArray = (values: number[]) => `{${values.join(',')}}`

/**
 * One entry, probing the database for a free key (a full second, or a key a concurrent write took
 * first). When a concurrent write takes the same key, the insert does nothing (after waiting for
 * that write's commit) and the next probe sees the key taken.
 */
async function insertProbing(all: All, entry: SearchEntry): Promise<void> {
  for (let inserted = false; !inserted;) {
    const key = await freeRankKey(entry.date, {
      firstGap: async (from, to) =>
        firstNumber(
          await all(
            `SELECT e.key - 1 FROM ${TABLE} e WHERE e.key > ? AND e.key <= ?
             AND NOT EXISTS (SELECT 1 FROM ${TABLE} b WHERE b.key = e.key - 1) LIMIT 1`,
            [from, to],
          ),
        ),
      lowestTaken: async (from, to) =>
        firstNumber(
          await all(`SELECT min(key) FROM ${TABLE} WHERE key BETWEEN ? AND ?`, [from, to]),
        ),
    })
    inserted =
      (
        await all(
          `INSERT INTO ${TABLE} (date, title, slug, text, tsv, key, collection, doc_id, locale)
           VALUES (?, ?, ?, ?::jsonb, ?::tsvector, ?, ?, ?, ?)
           ON CONFLICT (key) DO NOTHING RETURNING key`,
          [...row(entry), key, entry.collection, entry.id, entry.locale],
        )
      ).length > 0
  }
}

const row = (entry: SearchEntry) => [
  entry.date,
  entry.title,
  entry.slug,
  JSON.stringify(entry.text),
  tsvectorLiteral(entry.tokens, entry),
]

const hit = (found: Row, inTitle: boolean): SearchHit => ({
  collection: String(found.collection),
  date: (found.date as string | null) ?? null,
  id: String(found.doc_id),
  inTitle,
  locale: String(found.locale),
  slug: (found.slug as string | null) ?? null,
  text: found.text as Record<string, string>,
  title: String(found.title),
})
