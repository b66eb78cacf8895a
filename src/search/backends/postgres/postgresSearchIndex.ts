import type { Payload } from 'payload'

import type { SearchEntry, SearchHit, SearchIndex, SearchKey } from '../../types.js'
import { pageTiers } from '../pageTiers.js'
import { freeRankKey, rankBase, SLOTS } from '../rankKey.js'
import { requiredWords } from '../requiredWords.js'
import { type DrizzleDb, inWriteTransaction, type SqlTag, toDrizzleSql } from '../sqlSession.js'
import { tsqueryLiteral, tsvectorLiteral } from './tsLiterals.js'

const TABLE = 'twinning_search'

/**
 * One row per document-locale, keyed by its rank key (`rankKey.ts`), with a tsvector of the
 * analyzer's tokens under a GIN index. For a rare word the planner reads the GIN index; for a word
 * most rows hold it walks the primary key backwards (newest first) and stops after one page — it
 * can tell the two apart once the table has statistics (autovacuum's ANALYZE, or one after a rebuild).
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
  )`,
  `CREATE INDEX IF NOT EXISTS ${TABLE}_tsv ON ${TABLE} USING gin (tsv)`,
  `CREATE INDEX IF NOT EXISTS ${TABLE}_scope ON ${TABLE} (locale, collection, key DESC)`,
]

type Row = Record<string, unknown>
interface Pool {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Row[] }>
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`, … */
const numbered = (text: string) => {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

/** The search index in the site's PostgreSQL database (GIN over tsvector). */
export function postgresSearchIndex(payload: Payload): SearchIndex {
  const pool = () => (payload.db as unknown as { pool: Pool }).pool
  const read = async (text: string, args: unknown[] = []) =>
    (await pool().query(numbered(text), args)).rows
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

  const keysOf = (all: (text: string, args?: unknown[]) => Promise<Row[]>, key: SearchKey) =>
    key.locale === undefined
      ? all(`SELECT key FROM ${TABLE} WHERE collection = ? AND doc_id = ?`, [
          key.collection,
          key.id,
        ])
      : all(`SELECT key FROM ${TABLE} WHERE collection = ? AND doc_id = ? AND locale = ?`, [
          key.collection,
          key.id,
          key.locale,
        ])

  const first = (rows: Row[]) => {
    const value = rows[0] ? Object.values(rows[0])[0] : null
    return value === null || value === undefined ? null : Number(value)
  }

  return {
    ensure: async () => {
      for (const statement of SCHEMA) await pool().query(statement)
    },

    index: (req, entries) =>
      write(req, async (all) => {
        for (const entry of entries) {
          const old = first(await keysOf(all, entry))
          const values = row(entry)
          if (old !== null && Math.floor(old / SLOTS) * SLOTS === rankBase(entry.date)) {
            await all(
              `UPDATE ${TABLE} SET date = ?, title = ?, slug = ?, text = ?::jsonb, tsv = ?::tsvector
               WHERE key = ?`,
              [...values, old],
            )
            continue
          }
          if (old !== null) await all(`DELETE FROM ${TABLE} WHERE key = ?`, [old])
          // A concurrent write may take the same free key first: then the insert does nothing
          // (after waiting for that write's commit) and the next probe sees the key taken.
          for (let inserted = false; !inserted;) {
            const key = await freeRankKey(entry.date, {
              firstGap: async (from, to) =>
                first(
                  await all(
                    `SELECT e.key - 1 FROM ${TABLE} e WHERE e.key > ? AND e.key <= ?
                     AND NOT EXISTS (SELECT 1 FROM ${TABLE} b WHERE b.key = e.key - 1) LIMIT 1`,
                    [from, to],
                  ),
                ),
              lowestTaken: async (from, to) =>
                first(
                  await all(`SELECT min(key) FROM ${TABLE} WHERE key BETWEEN ? AND ?`, [from, to]),
                ),
            })
            inserted =
              (
                await all(
                  `INSERT INTO ${TABLE} (date, title, slug, text, tsv, key, collection, doc_id, locale)
                   VALUES (?, ?, ?, ?::jsonb, ?::tsvector, ?, ?, ?, ?)
                   ON CONFLICT (key) DO NOTHING RETURNING key`,
                  [...values, key, entry.collection, entry.id, entry.locale],
                )
              ).length > 0
          }
        }
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
      }),

    query: async ({ collections, limit, locales, page, plan }) => {
      const words = requiredWords(plan)
      const anywhere = words && tsqueryLiteral(words, 'anywhere')
      const inTitle = words && tsqueryLiteral(words, 'title')
      if (!anywhere || !inTitle || !collections.length || (locales && !locales.length))
        return { hits: [], totalDocs: 0 }
      const scope = `collection = ANY(?::text[])${locales ? ' AND locale = ANY(?::text[])' : ''}`
      const scopeArgs = locales ? [collections, locales] : [collections]
      const tiers = [inTitle, `(${anywhere}) & !(${inTitle})`]
      const count = async (query: string) =>
        first(
          await read(`SELECT count(*) FROM ${TABLE} WHERE tsv @@ ?::tsquery AND ${scope}`, [
            query,
            ...scopeArgs,
          ]),
        ) ?? 0
      const titleHits = await count(inTitle)
      const totalDocs = await count(anywhere)
      const hits = await pageTiers(
        { limit, page },
        [titleHits, totalDocs - titleHits],
        async (tier, offset, size) =>
          (
            await read(
              `SELECT collection, doc_id, locale, date, title, slug, text FROM ${TABLE}
               WHERE tsv @@ ?::tsquery AND ${scope} ORDER BY key DESC LIMIT ? OFFSET ?`,
              [tiers[tier], ...scopeArgs, size, offset],
            )
          ).map((found) => hit(found, tier === 0)),
      )
      return { hits, totalDocs }
    },
  }
}

const row = (entry: SearchEntry) => [
  entry.date,
  entry.title,
  entry.slug,
  JSON.stringify(entry.text),
  tsvectorLiteral(entry.tokens),
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
