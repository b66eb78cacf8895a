import type { Payload } from 'payload'

import type { SearchEntry, SearchHit, SearchIndex, SearchKey } from '../../types.js'
import { chunks, freeSlot, keyOf, scopePairs } from '../batch.js'
import { pageTiers } from '../pageTiers.js'
import { freeRankKey, rankBase, SLOTS } from '../rankKey.js'
import { requiredWords } from '../requiredWords.js'
import { type DrizzleDb, inWriteTransaction, type SqlTag, toDrizzleSql } from '../sqlSession.js'
import { charTokens } from './charTokens.js'
import { scopeMatch, scopeToken, wordsMatch } from './ftsMatch.js'
import { addListedTerms, expandablePrefixes, MAX_EXPANSIONS, prefixEnd } from './prefixTerms.js'

const ENTRIES = 'twinning_search_entries'
const FTS = 'twinning_search_fts'
const TITLES = 'twinning_search_titles'
const SCOPES = 'twinning_search_scopes'
/** Every term the FTS tables have held since the last clear (`prefixTerms.ts`); never pruned. */
const TERMS = 'twinning_search_terms'
/** FTS5's own view of its terms, read once to fill TERMS for an index written before it. */
const VOCAB = 'twinning_search_vocab'
/**
 * The scopes-table row saying every entry's title and body end with the first code point of each
 * of their tokens (`charTokens.ts`): a one-character query is one doclist read. An index written
 * before (no row, or `inline-chars`: CJK characters only, with their marks) answers one-character
 * queries by prefix, which finds the same entries, until `npm run search -- --rebuild`.
 */
const FORMAT = { kind: 'f', value: 'first-chars' }
/** The scopes-table row saying TERMS lists every term of the FTS tables. */
const TERMS_FORMAT = { kind: 'f', value: 'terms' }

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
 * through is left out of the MATCH (it would cost a walk over every entry's scope). Title and
 * body end with the first character of each distinct token of theirs (`charTokens.ts`).
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
  `CREATE TABLE IF NOT EXISTS ${TERMS} (term TEXT PRIMARY KEY) WITHOUT ROWID`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB} USING fts5vocab(${FTS}, row)`,
]

/** Segments FTS5 merges at once (its default: 4). */
const AUTOMERGE = 8

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

  /** The listed terms of each long prefix among `terms`, where there are at most MAX_EXPANSIONS. */
  const expand = async (terms: Parameters<typeof expandablePrefixes>[0]) => {
    const expansions = new Map<string, string[]>()
    for (const prefix of new Set(expandablePrefixes(terms))) {
      const end = prefixEnd(prefix)
      if (end === undefined) continue
      const rows = await read(
        `SELECT term FROM ${TERMS} WHERE term >= ? AND term < ? LIMIT ${MAX_EXPANSIONS + 1}`,
        [prefix, end],
      )
      if (rows.length <= MAX_EXPANSIONS)
        expansions.set(
          prefix,
          rows.map((found) => String(found.term)),
        )
    }
    return expansions
  }

  const first = (rows: Row[]) => {
    const value = rows[0] ? (Object.values(rows[0])[0] as null | number | bigint) : null
    return value === null || value === undefined ? null : Number(value)
  }

  return {
    ensure: async () => {
      for (const statement of SCHEMA) await client().execute({ args: [], sql: statement })
      // FTS5 merges its segments 4 at a time by default; 8 at a time merges less often, which
      // took about 15 % off indexing (each query then reads a few more, small, segments).
      for (const table of [FTS, TITLES])
        await client().execute({
          args: [],
          sql: `INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${AUTOMERGE})`,
        })
      // a new (empty) index carries char tokens and lists its terms from its first entry
      if (!(await read(`SELECT rowid FROM ${FTS} LIMIT 1`)).length)
        for (const format of [FORMAT, TERMS_FORMAT])
          await read(`INSERT OR IGNORE INTO ${SCOPES} (kind, value) VALUES (?, ?)`, [
            format.kind,
            format.value,
          ])
      // An index written before the terms list: filled once from FTS5's vocabulary, in a write
      // transaction (no entry can come in between); until then prefixes stay prefix queries.
      const listed = await read(`SELECT 1 FROM ${SCOPES} WHERE kind = ? AND value = ?`, [
        TERMS_FORMAT.kind,
        TERMS_FORMAT.value,
      ])
      if (!listed.length)
        await write(undefined, async ({ run }) => {
          await run(`INSERT OR IGNORE INTO ${TERMS} (term) SELECT term FROM ${VOCAB}`)
          await run(`INSERT OR IGNORE INTO ${SCOPES} (kind, value) VALUES (?, ?)`, [
            TERMS_FORMAT.kind,
            TERMS_FORMAT.value,
          ])
        })
    },

    index: (req, entries) =>
      write(req, async ({ all, run }) => {
        // The last word on each document-locale wins when one appears twice.
        const batch = [...new Map(entries.map((entry) => [keyOf(entry), entry])).values()]
        if (!batch.length) return
        // Statements per batch, not per entry: a seed of 100,000 document-locales is ~10 statements
        // per 200 of them. First the keys these document-locales hold now.
        const held = new Map<string, number>()
        for (const found of await storedKeys(all, batch)) held.set(keyOf(found), Number(found.key))
        const keep = new Map<string, number>()
        const moved: number[] = []
        for (const entry of batch) {
          const old = held.get(keyOf(entry))
          if (old === undefined) continue
          if (Math.floor(old / SLOTS) * SLOTS === rankBase(entry.date)) keep.set(keyOf(entry), old)
          else moved.push(old)
        }
        await removeKeys(run, moved)
        await deleteFts(run, [...keep.values()])

        // New keys: the highest free slot of each entry's second, taken slots read in one go.
        const bases = [
          ...new Set(batch.filter((e) => !keep.has(keyOf(e))).map((e) => rankBase(e.date))),
        ]
        const taken = new Set<number>()
        for (const chunk of chunks(bases, 500)) {
          const rows = await all(
            `SELECT e.key FROM json_each(?) j JOIN ${ENTRIES} e
             ON e.key BETWEEN j.value AND j.value + ${SLOTS - 1}`,
            [JSON.stringify(chunk)],
          )
          for (const found of rows) taken.add(Number(found.key))
        }
        const terms = new Set<string>()
        const keyed: Array<[number, SearchEntry]> = []
        for (const entry of batch) {
          let key = keep.get(keyOf(entry))
          if (key === undefined) {
            key = freeSlot(rankBase(entry.date), taken)
            key ??= await freeRankKey(entry.date, {
              firstGap: async (from, to) => {
                for (let k = from + 1; k <= to; k++) if (!taken.has(k) && taken.has(k + 1)) return k
                return null
              },
              lowestTaken: async (from, to) => {
                const rows = await all(`SELECT key FROM ${ENTRIES} WHERE key BETWEEN ? AND ?`, [
                  from,
                  to,
                ])
                for (const found of rows) taken.add(Number(found.key))
                const inRange = [...taken].filter((k) => k >= from && k <= to)
                return inRange.length ? Math.min(...inRange) : null
              },
            })
            taken.add(key)
          }
          keyed.push([key, entry])
        }

        for (const [, entry] of keyed) {
          addListedTerms(entry.tokens.title, terms)
          addListedTerms(entry.tokens.body, terms)
        }
        // the terms first: without a transaction, a failure between leaves listed terms that
        // match nothing, never rows whose terms are not listed
        for (const chunk of chunks([...terms], 2000))
          await run(`INSERT OR IGNORE INTO ${TERMS} (term) SELECT value FROM json_each(?)`, [
            JSON.stringify(chunk),
          ])
        for (const chunk of chunks(keyed, 100)) {
          await run(
            `INSERT INTO ${ENTRIES} (key, collection, doc_id, locale, date, title, slug, text)
             VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
             ON CONFLICT (key) DO UPDATE SET date = excluded.date, title = excluded.title,
               slug = excluded.slug, text = excluded.text`,
            chunk.flatMap(([key, entry]) => [key, ...row(entry)]),
          )
          // each entry's scope and title made once for both FTS tables
          const rows = chunk.map(([key, entry]) => ({
            body: entry.tokens.body.join(' ') + charTokens(entry.tokens.body),
            key,
            scope: scopeOf(entry),
            title: entry.tokens.title.join(' ') + charTokens(entry.tokens.title),
          }))
          await run(
            `INSERT INTO ${FTS} (rowid, scope, title, body)
             VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')}`,
            rows.flatMap((r) => [r.key, r.scope, r.title, r.body]),
          )
          await run(
            `INSERT INTO ${TITLES} (rowid, scope, title) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}`,
            rows.flatMap((r) => [r.key, r.scope, r.title]),
          )
        }
        const scopes = scopePairs(batch)
        await run(
          `INSERT OR IGNORE INTO ${SCOPES} (kind, value) VALUES ${scopes.map(() => '(?, ?)').join(', ')}`,
          scopes.flat(),
        )
      }),

    remove: (req, keys) =>
      write(req, async ({ all, run }) => {
        const found: number[] = []
        const whole = keys.filter((key) => key.locale === undefined)
        const single = keys.filter((key) => key.locale !== undefined) as Required<SearchKey>[]
        for (const chunk of chunks(single, 500))
          for (const stored of await storedKeys(all, chunk)) found.push(Number(stored.key))
        for (const { collection, id } of whole)
          for (const stored of await all(
            `SELECT key FROM ${ENTRIES} WHERE collection = ? AND doc_id = ?`,
            [collection, id],
          ))
            found.push(Number(stored.key))
        await removeKeys(run, found)
      }),

    clear: () =>
      write(undefined, async ({ run }) => {
        for (const table of [FTS, TITLES, ENTRIES, SCOPES, TERMS]) await run(`DELETE FROM ${table}`)
        for (const format of [FORMAT, TERMS_FORMAT])
          await run(`INSERT INTO ${SCOPES} (kind, value) VALUES (?, ?)`, [
            format.kind,
            format.value,
          ])
      }),

    query: async ({ collections, countLimit, limit, locales, page, plan }) => {
      const words = requiredWords(plan)
      if (!words || !collections.length || (locales && !locales.length))
        return { hits: [], totalDocs: 0 }
      // Read apart from the MATCH: an entry of a new collection or locale can commit in between
      // (a rebuild indexes collection after collection), so the entries read below filters again.
      const stored = await read(`SELECT kind, value FROM ${SCOPES}`)
      const inScope = `AND collection IN (SELECT value FROM json_each(?))
               AND (? IS NULL OR locale IN (SELECT value FROM json_each(?)))`
      const scopeArgs = [
        JSON.stringify(collections),
        locales ? 1 : null,
        JSON.stringify(locales ?? []),
      ]
      const needed = (kind: 'c' | 'l', wanted: string[] | undefined) =>
        wanted &&
        stored.some((found) => found.kind === kind && !wanted.includes(String(found.value)))
          ? wanted
          : undefined
      const scope = scopeMatch(needed('c', collections), needed('l', locales))
      const has = (format: { kind: string; value: string }) =>
        stored.some((found) => found.kind === format.kind && found.value === format.value)
      const chars = has(FORMAT)
      const expansions = has(TERMS_FORMAT) ? await expand(words.flat()) : undefined
      const within = (match: string) => (scope ? `${match} AND ${scope}` : match)
      const inTitle = wordsMatch(words, 'title', chars, expansions)
      const anywhere = within(wordsMatch(words, 'title body', chars, expansions))
      const tiers = [
        { match: within(inTitle), table: TITLES },
        { match: `(${anywhere}) NOT (${inTitle})`, table: FTS },
      ]
      if (countLimit !== undefined && page * limit <= countLimit) {
        // Within the first `countLimit` hits (all a search pages to): each tier's keys, newest first,
        // up to that many, in one walk per table; the counts and the page come from those lists.
        // (joined into one string: a thousand result rows cost more than the walk)
        const keys = async (table: string, match: string) => {
          const joined = (
            await read(
              `SELECT group_concat(rowid) AS keys FROM (SELECT rowid FROM ${table}
               WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?)`,
              [match, countLimit],
            )
          )[0]?.keys as null | string | undefined
          return joined ? joined.split(',').map(Number) : []
        }
        const titleKeys = await keys(TITLES, tiers[0]!.match)
        const anywhereKeys = await keys(FTS, anywhere)
        const inTitles = new Set(titleKeys)
        // Both lists are the newest of their tier, so the ranked list is right for its first
        // `countLimit` places (the title tier, then the other hits in their order).
        const ranked = [...titleKeys, ...anywhereKeys.filter((key) => !inTitles.has(key))]
        const wanted = ranked.slice((page - 1) * limit, page * limit)
        const rows = new Map(
          (
            await read(
              `SELECT key, collection, doc_id, locale, date, title, slug, text FROM ${ENTRIES}
               WHERE key IN (SELECT value FROM json_each(?)) ${inScope}`,
              [JSON.stringify(wanted), ...scopeArgs],
            )
          ).map((found) => [Number(found.key), found]),
        )
        return {
          hits: wanted.flatMap((key) => {
            const found = rows.get(key)
            return found ? [hit(found, inTitles.has(key))] : []
          }),
          totalDocs: Math.max(anywhereKeys.length, titleKeys.length),
        }
      }
      // With a limit, the walk stops after that many matches (in FTS5's own ascending order: asking
      // for descending would make it collect a prefix query's merged doclists first).
      const count = async (table: string, match: string) =>
        first(
          countLimit === undefined
            ? await read(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`, [match])
            : await read(
                `SELECT count(*) FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`,
                [match, countLimit],
              ),
        ) ?? 0
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
                             ORDER BY rowid DESC LIMIT ? OFFSET ?) ${inScope}
               ORDER BY key DESC`,
              [tiers[tier]!.match, size, offset, ...scopeArgs],
            )
          ).map((found): SearchHit => hit(found, tier === 0)),
      )
      return { hits, totalDocs }
    },
  }
}

type Run = (sql: string, args?: unknown[]) => Promise<void>

const scopeOf = (entry: SearchEntry) =>
  `${scopeToken('l', entry.locale)} ${scopeToken('c', entry.collection)}`

/** The stored keys of these document-locales, in one statement. */
const storedKeys = (
  all: (sql: string, args?: unknown[]) => Promise<Row[]>,
  keys: Array<{ collection: string; id: string; locale: string }>,
) =>
  all(
    `SELECT e.key, e.collection, e.doc_id, e.locale FROM json_each(?) j JOIN ${ENTRIES} e
     ON e.collection = json_extract(j.value, '$[0]') AND e.doc_id = json_extract(j.value, '$[1]')
     AND e.locale = json_extract(j.value, '$[2]')`,
    [JSON.stringify(keys.map((key) => [key.collection, key.id, key.locale]))],
  )

const deleteFts = async (run: Run, keys: number[]) => {
  for (const chunk of chunks(keys, 500))
    for (const table of [FTS, TITLES])
      await run(`DELETE FROM ${table} WHERE rowid IN (SELECT value FROM json_each(?))`, [
        JSON.stringify(chunk),
      ])
}

const removeKeys = async (run: Run, keys: number[]) => {
  await deleteFts(run, keys)
  for (const chunk of chunks(keys, 500))
    await run(`DELETE FROM ${ENTRIES} WHERE key IN (SELECT value FROM json_each(?))`, [
      JSON.stringify(chunk),
    ])
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
