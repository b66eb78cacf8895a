import type { Payload } from 'payload'

import type { SearchEntry, SearchHit, SearchIndex, SearchKey } from '../../types.js'
import { pageTiers } from '../pageTiers.js'
import { freeRankKey, rankBase, SLOTS } from '../rankKey.js'
import { requiredWords } from '../requiredWords.js'
import { type DrizzleDb, inWriteTransaction, type SqlTag, toDrizzleSql } from '../sqlSession.js'
import { scopeMatch, scopeToken, wordsMatch } from './ftsMatch.js'

const ENTRIES = 'twinning_search_entries'
const FTS = 'twinning_search_fts'
const TITLES = 'twinning_search_titles'
const SCOPES = 'twinning_search_scopes'

/**
 * The entries, keyed by their rank key (`rankKey.ts`), and FTS5 indexes over the analyzer's tokens
 * with the same rowids: one of title and body, one of titles alone (a title-tier query then reads
 * short title doclists, not a common word's doclist over every body). The tokens come normalized
 * and space-joined, so FTS5's `ascii` tokenizer (every non-ASCII byte is a token character) splits
 * them exactly where the analyzer did. The FTS tables are contentless (the text lives in the
 * entries; rank is title-then-date, no bm25) and index 2- and 3-character prefixes (short prefixes
 * otherwise merge the doclists of thousands of terms). `scope` holds the locale and collection as
 * tokens, so filters are part of the MATCH and every query walks one rowid-ordered stream; the
 * scopes table lists every locale and collection ever indexed, so a filter that lets all of them
 * through is left out of the MATCH (it would cost a walk over every entry's scope).
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${ENTRIES} (
    key INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    date TEXT,
    title TEXT NOT NULL,
    slug TEXT,
    text TEXT NOT NULL,
    UNIQUE (collection, doc_id, locale)
  )`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(
    scope, title, body,
    content='', contentless_delete=1, tokenize='ascii', prefix='2 3'
  )`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${TITLES} USING fts5(
    scope, title,
    content='', contentless_delete=1, tokenize='ascii', prefix='2 3'
  )`,
  `CREATE TABLE IF NOT EXISTS ${SCOPES} (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (kind, value)
  ) WITHOUT ROWID`,
]

type Row = Record<string, unknown>
interface LibsqlClient {
  execute: (statement: { args: unknown[]; sql: string }) => Promise<{ rows: Row[] }>
}

/** The search index in the site's SQLite database (FTS5). */
export function sqliteSearchIndex(payload: Payload): SearchIndex {
  const client = () => (payload.db as unknown as { client: LibsqlClient }).client
  const read = async (sql: string, args: unknown[] = []) =>
    (await client().execute({ args, sql })).rows
  let tag: Promise<SqlTag> | undefined
  const sqlTag = () =>
    (tag ??= import('@payloadcms/db-sqlite/drizzle').then(({ sql }) => sql as unknown as SqlTag))

  /** Runs `work` with statements in the write's (or an own) transaction. */
  const write = (
    req: Parameters<SearchIndex['index']>[0],
    work: (session: {
      all: (sql: string, args?: unknown[]) => Promise<Row[]>
      run: (sql: string, args?: unknown[]) => Promise<void>
    }) => Promise<void>,
  ) =>
    sqlTag().then((sql) =>
      inWriteTransaction(payload, req, (db: DrizzleDb) =>
        work({
          all: async (text, args) => (await db.all!(toDrizzleSql(sql, text, args))) as Row[],
          run: async (text, args) => {
            await db.run!(toDrizzleSql(sql, text, args))
          },
        }),
      ),
    )

  const keysOf = (
    all: (sql: string, args?: unknown[]) => Promise<Row[]>,
    { collection, id, locale }: SearchKey,
  ) =>
    locale === undefined
      ? all(`SELECT key FROM ${ENTRIES} WHERE collection = ? AND doc_id = ?`, [collection, id])
      : all(`SELECT key FROM ${ENTRIES} WHERE collection = ? AND doc_id = ? AND locale = ?`, [
          collection,
          id,
          locale,
        ])

  const first = (rows: Row[]) => {
    const value = rows[0] ? (Object.values(rows[0])[0] as null | number | bigint) : null
    return value === null || value === undefined ? null : Number(value)
  }

  return {
    ensure: async () => {
      for (const statement of SCHEMA) await client().execute({ args: [], sql: statement })
    },

    index: (req, entries) =>
      write(req, async ({ all, run }) => {
        for (const entry of entries) {
          const old = first(await keysOf(all, entry))
          let key: number
          if (old !== null && Math.floor(old / SLOTS) * SLOTS === rankBase(entry.date)) key = old
          else {
            if (old !== null) await removeKey(run, old)
            key = await freeRankKey(entry.date, {
              firstGap: async (from, to) =>
                first(
                  await all(
                    `SELECT e.key - 1 FROM ${ENTRIES} e WHERE e.key > ? AND e.key <= ?
                     AND NOT EXISTS (SELECT 1 FROM ${ENTRIES} b WHERE b.key = e.key - 1) LIMIT 1`,
                    [from, to],
                  ),
                ),
              lowestTaken: async (from, to) =>
                first(
                  await all(`SELECT min(key) FROM ${ENTRIES} WHERE key BETWEEN ? AND ?`, [
                    from,
                    to,
                  ]),
                ),
            })
          }
          if (old === key) {
            await run(`DELETE FROM ${FTS} WHERE rowid = ?`, [key])
            await run(`DELETE FROM ${TITLES} WHERE rowid = ?`, [key])
          }
          const scope = `${scopeToken('l', entry.locale)} ${scopeToken('c', entry.collection)}`
          await run(
            `INSERT INTO ${ENTRIES} (key, collection, doc_id, locale, date, title, slug, text)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET date = excluded.date, title = excluded.title,
               slug = excluded.slug, text = excluded.text`,
            [key, ...row(entry)],
          )
          await run(`INSERT INTO ${FTS} (rowid, scope, title, body) VALUES (?, ?, ?, ?)`, [
            key,
            scope,
            entry.tokens.title.join(' '),
            entry.tokens.body.join(' '),
          ])
          await run(`INSERT INTO ${TITLES} (rowid, scope, title) VALUES (?, ?, ?)`, [
            key,
            scope,
            entry.tokens.title.join(' '),
          ])
          await run(`INSERT OR IGNORE INTO ${SCOPES} (kind, value) VALUES ('c', ?), ('l', ?)`, [
            entry.collection,
            entry.locale,
          ])
        }
      }),

    remove: (req, keys) =>
      write(req, async ({ all, run }) => {
        for (const searchKey of keys)
          for (const found of await keysOf(all, searchKey))
            await removeKey(run, Number(Object.values(found)[0]))
      }),

    clear: () =>
      write(undefined, async ({ run }) => {
        for (const table of [FTS, TITLES, ENTRIES, SCOPES]) await run(`DELETE FROM ${table}`)
      }),

    query: async ({ collections, limit, locales, page, plan }) => {
      const words = requiredWords(plan)
      if (!words || !collections.length || (locales && !locales.length))
        return { hits: [], totalDocs: 0 }
      const stored = await read(`SELECT kind, value FROM ${SCOPES}`)
      const needed = (kind: 'c' | 'l', wanted: string[] | undefined) =>
        wanted &&
        stored.some((found) => found.kind === kind && !wanted.includes(String(found.value)))
          ? wanted
          : undefined
      const scope = scopeMatch(needed('c', collections), needed('l', locales))
      const within = (match: string) => (scope ? `${match} AND ${scope}` : match)
      const inTitle = wordsMatch(words, 'title')
      const anywhere = within(wordsMatch(words, 'title body'))
      const tiers = [
        { match: within(inTitle), table: TITLES },
        { match: `(${anywhere}) NOT (${inTitle})`, table: FTS },
      ]
      const count = async (table: string, match: string) =>
        first(await read(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`, [match])) ?? 0
      const titleHits = await count(TITLES, tiers[0]!.match)
      const totalDocs = await count(FTS, anywhere)
      const hits = await pageTiers(
        { limit, page },
        [titleHits, totalDocs - titleHits],
        async (tier, offset, size) =>
          (
            await read(
              `SELECT collection, doc_id, locale, date, title, slug, text FROM ${ENTRIES}
               WHERE key IN (SELECT rowid FROM ${tiers[tier]!.table} WHERE ${tiers[tier]!.table} MATCH ?
                             ORDER BY rowid DESC LIMIT ? OFFSET ?)
               ORDER BY key DESC`,
              [tiers[tier]!.match, size, offset],
            )
          ).map((found): SearchHit => hit(found, tier === 0)),
      )
      return { hits, totalDocs }
    },
  }
}

const removeKey = async (run: (sql: string, args?: unknown[]) => Promise<void>, key: number) => {
  for (const table of [FTS, TITLES]) await run(`DELETE FROM ${table} WHERE rowid = ?`, [key])
  await run(`DELETE FROM ${ENTRIES} WHERE key = ?`, [key])
}

const row = (entry: SearchEntry) => [
  entry.collection,
  entry.id,
  entry.locale,
  entry.date,
  entry.title,
  entry.slug,
  JSON.stringify(entry.text),
]

const hit = (found: Row, inTitle: boolean): SearchHit => ({
  collection: String(found.collection),
  date: (found.date as string | null) ?? null,
  id: String(found.doc_id),
  inTitle,
  locale: String(found.locale),
  slug: (found.slug as string | null) ?? null,
  text: JSON.parse(String(found.text)) as Record<string, string>,
  title: String(found.title),
})
