import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { databaseSearchIndex } from '../../src/search/backends/index.js'
import type {
  QueryPlan,
  QueryWord,
  SearchEntry,
  SearchIndex,
  SearchQuery,
  Term,
} from '../../src/search/types.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * The search index backends on the database under test (SQLite by default, PostgreSQL or MongoDB
 * with TEST_DATABASE_URI), fed with hand-made token streams and query plans: what the analyzer
 * makes is its own suite's business.
 */
let t: TestPayload
let index: SearchIndex

beforeAll(async () => {
  t = await startTestPayload()
  index = databaseSearchIndex(t.payload)
  await index.ensure()
  await index.ensure() // idempotent
})
afterAll(async () => t?.close())
beforeEach(async () => index.clear())

const entry = (
  id: string,
  locale: string,
  title: string,
  body: string,
  { collection = 'news', date = '2026-01-01T10:00:00.000Z' as string | null } = {},
): SearchEntry => ({
  collection,
  date,
  id,
  locale,
  slug: `${id}-${locale}`,
  text: { body, title },
  title,
  tokens: {
    body: body.split(' ').filter(Boolean),
    title: title.split(' ').filter(Boolean),
  },
})

const word = (...alternatives: Array<string | Term>): QueryWord => ({
  alternatives: alternatives.map((a) => (typeof a === 'string' ? { token: a } : a)),
  text: alternatives.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join('|'),
})
const prefix = (token: string): Term => ({ prefix: true, token })
const phrase = (...tokens: string[]): Term => ({ phrase: tokens })
const plan = (...words: QueryWord[]): QueryPlan => ({ words })

const find = (
  p: QueryPlan,
  options: Partial<Omit<SearchQuery, 'plan'>> = {},
): ReturnType<SearchIndex['query']> =>
  index.query({ collections: ['news', 'events'], limit: 50, page: 1, plan: p, ...options })
/** The hits as `id:locale`, in rank order. */
const found = async (p: QueryPlan, options: Partial<Omit<SearchQuery, 'plan'>> = {}) =>
  (await find(p, options)).hits.map((hit) => `${hit.id}:${hit.locale}`)

describe(`the search index on ${process.env.TEST_DATABASE_URI?.split(':')[0] ?? 'sqlite'}`, () => {
  it('finds an indexed entry by an exact token and returns what it stored', async () => {
    const stored = entry('1', 'de', 'besuch aus nanjing', 'die delegation kam im mai')
    await index.index(undefined, [stored, entry('2', 'de', 'anderes', 'nichts davon')])
    const result = await find(plan(word('nanjing')))
    expect(result.totalDocs).toBe(1)
    const { inTitle, ...rest } = result.hits[0]!
    const { tokens: _tokens, ...expected } = stored
    expect(rest).toEqual(expected)
    expect(inTitle).toBe(true)
    expect(await found(plan(word('delegation')))).toEqual(['1:de'])
    expect(await found(plan(word('nanjin')))).toEqual([])
  })

  it('replaces an entry on re-index and removes one locale or every locale of a document', async () => {
    await index.index(undefined, [
      entry('1', 'de', 'alter titel', 'alter text'),
      entry('1', 'en', 'old title', 'old text'),
      entry('1', 'zh', '旧 标题', '旧 文本'),
    ])
    await index.index(undefined, [
      entry('1', 'de', 'neuer titel', 'neuer text', { date: '2026-03-01T00:00:00.000Z' }),
    ])
    expect(await found(plan(word('alter')))).toEqual([])
    const replaced = await find(plan(word('neuer')))
    expect(replaced.hits.map((h) => [h.id, h.locale, h.date])).toEqual([
      ['1', 'de', '2026-03-01T00:00:00.000Z'],
    ])
    // Same date again: still one entry.
    await index.index(undefined, [
      entry('1', 'de', 'dritter titel', 'text', { date: '2026-03-01T00:00:00.000Z' }),
    ])
    expect(await found(plan(word('titel')))).toEqual(['1:de'])
    expect(await found(plan(word('neuer')))).toEqual([])

    await index.remove(undefined, [{ collection: 'news', id: '1', locale: 'en' }])
    expect(await found(plan(word('old')))).toEqual([])
    expect(await found(plan(word('旧')))).toEqual(['1:zh'])
    await index.remove(undefined, [{ collection: 'news', id: '1' }])
    expect(await found(plan(word('旧')))).toEqual([])
    expect(await found(plan(word('titel')))).toEqual([])
    // Removing what is not there is no error.
    await index.remove(undefined, [{ collection: 'news', id: '404' }])
  })

  it('matches a prefix term only with prefix set', async () => {
    await index.index(undefined, [
      entry('1', 'de', 'städtepartnerschaft', 'x'),
      entry('2', 'ko', '세종시와', 'y'),
      entry('3', 'de', 'partner', 'z'),
    ])
    expect(await found(plan(word('partner')))).toEqual(['3:de'])
    expect((await found(plan(word(prefix('partner'))))).sort()).toEqual(['3:de'])
    expect(await found(plan(word(prefix('städtepartner'))))).toEqual(['1:de'])
    expect(await found(plan(word('세종')))).toEqual([])
    expect(await found(plan(word(prefix('세종'))))).toEqual(['2:ko'])
  })

  it('finds every term of a prefix, however few or many, written before or after an earlier query', async () => {
    const day = (n: number) => ({ date: `2026-02-${String(n).padStart(2, '0')}T09:00:00Z` })
    await index.index(undefined, [entry('1', 'de', 'rathaus', 'x', day(1))])
    expect(await found(plan(word(prefix('rathaus'))))).toEqual(['1:de'])
    // a term the index never held before the first query
    await index.index(undefined, [entry('2', 'de', 'x', 'vor dem rathausplatz', day(2))])
    expect(await found(plan(word(prefix('rathaus'))))).toEqual(['1:de', '2:de'])
    expect(await found(plan(word(prefix('rathausp'))))).toEqual(['2:de'])
    expect(await found(plan(word(prefix('rathausz'))))).toEqual([])
    // the removed document's term may stay listed: it finds nothing
    await index.remove(undefined, [{ collection: 'news', id: '2' }])
    expect(await found(plan(word(prefix('rathaus'))))).toEqual(['1:de'])
    // more terms than are asked for one by one: still every one of them
    const many = Array.from({ length: 30 }, (_, i) =>
      entry(
        `m${i}`,
        'de',
        `stadt${String.fromCharCode(97 + (i % 26))}${i}`,
        'x',
        day(3 + (i % 20)),
      ),
    )
    await index.index(undefined, many)
    expect((await find(plan(word(prefix('stadt'))))).totalDocs).toBe(30)
    expect((await found(plan(word(prefix('stadta'))))).sort()).toEqual(['m0:de', 'm26:de'])
    // multi-byte prefixes, and two prefix words together
    await index.index(undefined, [
      entry('k1', 'ko', '세종시와', '대표단은', day(5)),
      entry('k2', 'ko', '세종시민', '대표', day(6)),
    ])
    expect(await found(plan(word(prefix('세종시'))))).toEqual(['k2:ko', 'k1:ko'])
    expect(await found(plan(word(prefix('세종시')), word(prefix('대표단'))))).toEqual(['k1:ko'])
  })

  it('lists the terms of an index written before the list once, at start-up (SQLite)', async () => {
    if (t.database.kind !== 'sqlite') return
    await index.index(undefined, [
      entry('1', 'de', 'rathaus', 'x'),
      entry('2', 'de', 'x', 'rathausplatz 南京'),
    ])
    const client = (
      t.payload.db as unknown as {
        client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
      }
    ).client
    const listed = async () =>
      (
        await client.execute(
          `SELECT term FROM twinning_search_terms WHERE term >= 'rathaus' AND term < 'rathaut'`,
        )
      ).rows.map((row) => row.term)
    expect(await listed()).toEqual(['rathaus', 'rathausplatz'])
    // as an index written before the list: no list, no marker — prefixes are prefix queries
    await client.execute(`DELETE FROM twinning_search_terms`)
    await client.execute(`DELETE FROM twinning_search_scopes WHERE kind = 'f' AND value = 'terms'`)
    expect((await found(plan(word(prefix('rathaus'))))).sort()).toEqual(['1:de', '2:de'])
    await index.ensure()
    expect(await listed()).toEqual(['rathaus', 'rathausplatz'])
    expect((await found(plan(word(prefix('rathaus'))))).sort()).toEqual(['1:de', '2:de'])
    expect(await found(plan(word(prefix('南京'))))).toEqual(['2:de'])
  })

  it('matches a phrase only at consecutive positions within one field (SQLite, MongoDB)', async () => {
    await index.index(undefined, [
      entry('adjacent', 'zh', '访问', '南京 京代 代表 团'),
      entry('apart', 'zh', '访问', '南京 市 京代'),
      entry('reversed', 'zh', '访问', '京代 南京'),
      entry('across', 'zh', '访问 南京', '京代 团'),
    ])
    if (t.database.kind === 'postgres') {
      // PostgreSQL asks for every pair of a phrase, not their order (tsLiterals.ts: no heap rechecks).
      const all = ['across:zh', 'adjacent:zh', 'apart:zh', 'reversed:zh']
      expect((await found(plan(word(phrase('南京', '京代'))))).sort()).toEqual(all)
      expect(await found(plan(word(phrase('南京', '京代', '代表'))))).toEqual(['adjacent:zh'])
      expect((await found(plan(word(phrase('访问', '南京'))))).sort()).toEqual(all)
      return
    }
    expect(await found(plan(word(phrase('南京', '京代'))))).toEqual(['adjacent:zh'])
    expect(await found(plan(word(phrase('南京', '京代', '代表'))))).toEqual(['adjacent:zh'])
    expect((await found(plan(word(phrase('访问', '南京'))))).sort()).toEqual(['across:zh'])
  })

  it('needs every required word, any alternative of a word, and no optional word', async () => {
    await index.index(undefined, [
      entry('1', 'zh', '斯图加特', '斯图 图加 加特'),
      entry('2', 'zh', '斯图加特 市', '市'),
      entry('3', 'de', 'stuttgart', 'stadt'),
    ])
    const stuttgart = word('斯图加特', phrase('斯图', '图加', '加特'), 'stuttgart')
    expect((await found(plan(stuttgart))).sort()).toEqual(['1:zh', '2:zh', '3:de'])
    const optionalCity: QueryWord = { ...word('市'), optional: true }
    expect((await found(plan(stuttgart, optionalCity))).sort()).toEqual(['1:zh', '2:zh', '3:de'])
    expect(await found(plan(stuttgart, word('stadt')))).toEqual(['3:de'])
    expect(await found(plan(optionalCity))).toEqual([])
    expect(await find(plan())).toEqual({ hits: [], totalDocs: 0 })
    expect(await found(plan(word('stuttgart'), word('fehlt')))).toEqual([])
  })

  it('ranks title hits first, then newer before older, undated last', async () => {
    await index.index(undefined, [
      entry('body-new', 'de', 'anderes', 'köln chongqing', { date: '2026-05-01T00:00:00Z' }),
      entry('title-old', 'de', 'köln chongqing', 'x', { date: '2020-01-01T00:00:00Z' }),
      entry('split', 'de', 'köln', 'chongqing', { date: '2026-06-01T00:00:00Z' }),
      entry('undated', 'de', 'köln chongqing', 'x', { date: null }),
      entry('title-new', 'de', 'chongqing und köln', 'x', { date: '2025-01-01T00:00:00Z' }),
      entry('body-old', 'de', 'anderes', 'chongqing köln', { date: '1999-01-01T00:00:00Z' }),
    ])
    const result = await find(plan(word('köln'), word('chongqing')))
    expect(result.hits.map((h) => [h.id, h.inTitle])).toEqual([
      ['title-new', true],
      ['title-old', true],
      ['undated', true],
      ['split', false],
      ['body-new', false],
      ['body-old', false],
    ])
    expect(result.totalDocs).toBe(6)
  })

  it('keeps every entry of one second, in a stable order', async () => {
    const date = '2026-02-02T02:02:02.000Z'
    await index.index(
      undefined,
      Array.from({ length: 12 }, (_, i) => entry(String(i), 'de', 'gleich', 'x', { date })),
    )
    await index.index(undefined, [entry('5', 'de', 'gleich', 'y', { date })])
    const first = await found(plan(word('gleich')))
    expect(first.length).toBe(12)
    expect(new Set(first).size).toBe(12)
    expect(await found(plan(word('gleich')))).toEqual(first)
  })

  it('filters by locale and collection', async () => {
    await index.index(undefined, [
      entry('1', 'de', 'partner', 'x'),
      entry('1', 'en', 'partner', 'x'),
      entry('2', 'de', 'partner', 'x', { collection: 'events' }),
      entry('3', 'de', 'partner', 'x', { collection: 'partner-cities' }),
    ])
    const p = plan(word('partner'))
    expect((await found(p)).sort()).toEqual(['1:de', '1:en', '2:de'])
    expect((await found(p, { locales: ['de'] })).sort()).toEqual(['1:de', '2:de'])
    expect((await found(p, { locales: ['en', 'zh'] })).sort()).toEqual(['1:en'])
    expect((await found(p, { collections: ['events'] })).sort()).toEqual(['2:de'])
    expect((await found(p, { collections: ['partner-cities'] })).sort()).toEqual(['3:de'])
    expect(await found(p, { collections: ['partner'] })).toEqual([])
    expect(await found(p, { collections: [] })).toEqual([])
    expect(await found(p, { locales: [] })).toEqual([])
  })

  it('never serves an entry outside the scope asked for, even when the scopes table lags (SQLite)', async () => {
    if (t.database.kind !== 'sqlite') return
    await index.index(undefined, [
      entry('1', 'de', 'partner', 'x'),
      entry('1', 'en', 'partner', 'x'),
      entry('2', 'de', 'partner', 'x', { collection: 'events' }),
    ])
    // As when a rebuild commits another collection's first entries between the scopes read and
    // the MATCH: the scopes table does not (yet) list them, so the MATCH leaves the filter out.
    const client = (t.payload.db as unknown as { client: { execute: (sql: string) => unknown } })
      .client
    await client.execute(
      `DELETE FROM twinning_search_scopes WHERE (kind, value) IN (('c', 'events'), ('l', 'en'))`,
    )
    const p = plan(word('partner'))
    expect((await found(p, { collections: ['news'] })).sort()).toEqual(['1:de', '1:en'])
    expect(await found(p, { collections: ['news'], locales: ['de'] })).toEqual(['1:de'])
    expect(await found(p, { collections: ['events'], locales: ['de'] })).toEqual(['2:de'])
  })

  it('pages through both tiers with an exact totalDocs', async () => {
    const entries = Array.from({ length: 9 }, (_, i) =>
      entry(`d${i}`, 'de', i % 3 === 0 ? 'treffen titel' : 'titel', i % 3 === 0 ? 'x' : 'treffen', {
        date: `2026-01-${String(10 + i)}T00:00:00Z`,
      }),
    )
    await index.index(undefined, entries)
    const p = plan(word('treffen'))
    const all = await found(p)
    expect(all).toEqual([
      'd6:de',
      'd3:de',
      'd0:de',
      'd8:de',
      'd7:de',
      'd5:de',
      'd4:de',
      'd2:de',
      'd1:de',
    ])
    const pages: string[] = []
    for (let page = 1; page <= 5; page++) {
      const result = await find(p, { limit: 2, page })
      expect(result.totalDocs).toBe(9)
      pages.push(...result.hits.map((h) => `${h.id}:${h.locale}`))
      expect(result.hits.length).toBe(page === 5 ? 1 : 2)
    }
    expect(pages).toEqual(all)
    expect(await find(p, { limit: 4, page: 9 })).toEqual({ hits: [], totalDocs: 9 })

    // A count limit caps totalDocs; pages inside it are the same hits in the same order.
    const capped: string[] = []
    const inTitle = (await find(p)).hits.map((h) => h.inTitle)
    for (let page = 1; page <= 3; page++) {
      const result = await find(p, { countLimit: 7, limit: 2, page })
      expect(result.totalDocs).toBe(7)
      capped.push(...result.hits.map((h) => `${h.id}:${h.locale}`))
      expect(result.hits.map((h) => h.inTitle)).toEqual(inTitle.slice(page * 2 - 2, page * 2))
    }
    expect(capped).toEqual(all.slice(0, 6))
    expect(inTitle).toContain(true)
    expect(inTitle).toContain(false)
    expect((await find(p, { countLimit: 20 })).totalDocs).toBe(9)
    expect((await find(p, { countLimit: 2, limit: 2, page: 1 })).hits.length).toBe(2)
  })

  it('keeps counts exact across writes from any instance, while repeated queries reuse them', async () => {
    const other = databaseSearchIndex(t.payload) // a second app instance's index
    const dated = (i: number, title: string) =>
      entry(`c${i}`, 'de', title, 'zaehlung', { date: `2026-02-${String(10 + i)}T00:00:00Z` })
    await index.index(
      undefined,
      [1, 2, 3, 4, 5].map((i) => dated(i, 'titel')),
    )
    const p = plan(word('zaehlung'))
    const seen = async (search: SearchIndex, page = 1) => {
      const result = await search.query({
        collections: ['news'],
        countLimit: 1001,
        limit: 2,
        page,
        plan: p,
      })
      return { ids: result.hits.map((hit) => hit.id), total: result.totalDocs }
    }
    // Repeated: the same answer each time, every page (counts taken once, pages read anew).
    for (let i = 0; i < 3; i++) expect(await seen(other)).toEqual({ ids: ['c5', 'c4'], total: 5 })
    expect(await seen(other, 3)).toEqual({ ids: ['c1'], total: 5 })

    // Another instance adds a newer hit and one with the word in its title: counts follow at once.
    await index.index(undefined, [dated(6, 'titel'), dated(0, 'zaehlung')])
    expect(await seen(other)).toEqual({ ids: ['c0', 'c6'], total: 7 })
    expect(await seen(other, 4)).toEqual({ ids: ['c1'], total: 7 })
    // A removal, and a rolled-back write that changes nothing.
    await index.remove(undefined, [{ collection: 'news', id: 'c6', locale: 'de' }])
    expect(await seen(other)).toEqual({ ids: ['c0', 'c5'], total: 6 })
    const transactionID = await t.payload.db.beginTransaction()
    if (transactionID !== null) {
      const req = { payload: t.payload, transactionID } as unknown as PayloadRequest
      await index.index(req, [dated(7, 'titel')])
      await t.payload.db.rollbackTransaction(transactionID)
    }
    expect(await seen(other)).toEqual({ ids: ['c0', 'c5'], total: 6 })
    expect(await seen(other, 3)).toEqual({ ids: ['c2', 'c1'], total: 6 })

    // On PostgreSQL, even rows deleted by hand, past the plugin, count at once.
    if (t.database.kind === 'postgres') {
      const pool = (
        t.payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }
      ).pool
      await pool.query(`DELETE FROM twinning_search WHERE doc_id IN ('c1', 'c2')`)
      expect(await seen(other)).toEqual({ ids: ['c0', 'c5'], total: 4 })
      expect(await seen(other, 3)).toEqual({ ids: [], total: 4 })
    }
  })

  it('takes tokens that are query syntax in FTS5 or tsquery as plain text', async () => {
    const syntax = ['or', 'and', 'not', 'near', 'NEAR', 'AND', '2026', '0', '12:30']
    await index.index(undefined, [entry('1', 'en', syntax.join(' '), "o'neil back\\slash")])
    await index.index(undefined, [entry('2', 'en', 'other', 'words')])
    for (const token of [...syntax, "o'neil", 'back\\slash'])
      expect({ token, hits: await found(plan(word(token))) }).toEqual({ token, hits: ['1:en'] })
    expect(await found(plan(word(phrase('not', 'near'))))).toEqual(['1:en'])
    expect(await found(plan(word(prefix('ne'))))).toEqual(['1:en'])
    for (const odd of [
      '"',
      "'",
      '\\',
      '*',
      '(',
      ')',
      ':',
      '-',
      '^',
      '{title}',
      '$where',
      '.*',
      '%',
      '_',
    ])
      await expect(
        find(plan(word(odd), word(prefix(odd)), word(phrase(odd, odd)))),
      ).resolves.toEqual({
        hits: [],
        totalDocs: 0,
      })
  })

  it('writes in the request transaction: a rollback leaves nothing, a commit keeps it', async () => {
    const db = t.payload.db
    const attempt = async (outcome: 'commit' | 'rollback', id: string) => {
      const transactionID = await db.beginTransaction()
      const req = { payload: t.payload, transactionID } as unknown as PayloadRequest
      await index.index(req, [entry(id, 'de', 'transaktion', 'x')])
      await index.remove(req, [{ collection: 'news', id: 'kept' }])
      if (transactionID === null) return false
      if (outcome === 'commit') await db.commitTransaction(transactionID)
      else await db.rollbackTransaction(transactionID)
      return true
    }
    await index.index(undefined, [entry('kept', 'de', 'transaktion', 'x')])
    if (!(await attempt('rollback', 'rolled-back'))) {
      console.warn('Rollback not tested: this database runs without transactions')
      return
    }
    expect(await found(plan(word('transaktion')))).toEqual(['kept:de'])
    await attempt('commit', 'committed')
    expect(await found(plan(word('transaktion')))).toEqual(['committed:de'])
  })

  it('finds a one-CJK-character query wherever a run holds the character, title hits first', async () => {
    // token streams as the analyzer makes them: the bigram chain and the run's last character
    await index.index(undefined, [
      entry('1', 'zh', '南京 京', '代表 表团 团'),
      entry('2', 'zh', '代表 表团 团', '南京 京 市', { date: '2026-02-01T10:00:00.000Z' }),
      entry('3', 'zh', '市长 长', '访问 问', { date: '2026-03-01T10:00:00.000Z' }),
      entry('4', 'ja', '大垣 垣 市', '市役 役所 所', { date: '2026-04-01T10:00:00.000Z' }),
      entry('5', 'de', 'markt', 'nichts'),
    ])
    const one = (char: string) => plan(word(prefix(char)))
    expect(await found(one('市'))).toEqual(['4:ja', '3:zh', '2:zh'])
    expect(await found(one('市'), { locales: ['zh'] })).toEqual(['3:zh', '2:zh'])
    expect(await found(one('京'))).toEqual(['1:zh', '2:zh'])
    expect(await found(one('所'))).toEqual(['4:ja'])
    expect(await found(one('垣'))).toEqual(['4:ja'])
    expect(await found(one('京'), { locales: ['ja'] })).toEqual([])
    expect(await found(plan(word(prefix('市')), word('访问')))).toEqual(['3:zh'])
    expect(await found(plan(word(prefix('团')), word(prefix('京'))))).toEqual(['2:zh', '1:zh'])
    expect((await find(one('市'))).totalDocs).toBe(3)
    // the characters SQLite appends to a title or body never join the text's last tokens in a phrase
    expect(await found(plan(word(phrase('京', '南'))))).toEqual([])
    expect(await found(plan(word(phrase('团', '代'))))).toEqual([])
    expect(await found(plan(word(phrase('南京', '京'))))).toEqual(['1:zh', '2:zh'])
    if (process.env.TEST_DATABASE_URI) return
    // an SQLite index built before char tokens existed answers the same by prefix
    const client = (
      t.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    ).client
    await client.execute(`DELETE FROM twinning_search_scopes WHERE kind = 'f'`)
    expect(await found(one('市'))).toEqual(['4:ja', '3:zh', '2:zh'])
    expect(await found(plan(word(prefix('团')), word(prefix('京'))))).toEqual(['2:zh', '1:zh'])
  })

  it('finds a one-letter or one-syllable query wherever a word starts with it, title hits first', async () => {
    const day = (n: number) => ({ date: `2026-05-${String(n).padStart(2, '0')}T10:00:00.000Z` })
    await index.index(undefined, [
      entry('1', 'de', 'besuch', 'stuttgart und sejong', day(1)),
      entry('2', 'de', 'stadtrat', 'tagt', day(2)),
      entry('3', 'de', 'x', 'ohne jenes wort', day(3)),
      entry('4', 'ko', '세종시와', '시청에서 시', day(4)),
      entry('5', 'ko', '대표단은', '서울', day(5)),
      entry('6', 'en', 's', 'a lone letter', day(6)),
    ])
    const one = (char: string, locales?: string[]) =>
      found(plan(word(prefix(char))), locales ? { locales } : {})
    expect(await one('s', ['de'])).toEqual(['2:de', '1:de'])
    expect(await one('s')).toEqual(['6:en', '2:de', '1:de'])
    expect(await one('시')).toEqual(['4:ko'])
    expect(await one('세')).toEqual(['4:ko'])
    expect(await one('서')).toEqual(['5:ko'])
    expect(await one('w', ['de'])).toEqual(['3:de'])
    expect(await one('q')).toEqual([])
    // a first character is one code point, whatever marks follow it in the text
    await index.index(undefined, [
      entry('7', 'ja', '葛\u{E0100}飾 飾区 区', 'ア\u3099ニメ', day(7)),
      entry('8', 'de', 'x', 'ꀀꀁ 𝐚bc', day(8)),
    ])
    expect(await one('葛')).toEqual(['7:ja'])
    expect(await one('葛\u{E0100}')).toEqual(['7:ja'])
    expect(await one('ア')).toEqual(['7:ja'])
    expect(await one('ꀀ')).toEqual(['8:de'])
    expect(await one('𝐚')).toEqual(['8:de'])
    expect(await found(plan(word(prefix('t')), word(prefix('s'))))).toEqual(['2:de'])
    expect(await found(plan(word(prefix('u')), word(prefix('s'))))).toEqual(['1:de'])
    // the appended initials never make a phrase with the text's last token
    expect(await found(plan(word(phrase('sejong', 's'))))).toEqual([])
    if (process.env.TEST_DATABASE_URI) return
    // an SQLite index built before the initials answers the same by prefix
    const client = (
      t.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    ).client
    await client.execute(
      `DELETE FROM twinning_search_scopes WHERE kind = 'f' AND value = 'first-chars'`,
    )
    expect(await one('s', ['de'])).toEqual(['2:de', '1:de'])
    expect(await one('시')).toEqual(['4:ko'])
  })

  it('clear empties the index', async () => {
    await index.index(undefined, [entry('1', 'de', 'eins', 'x'), entry('2', 'ja', '大垣', 'x')])
    await index.clear()
    expect(await find(plan(word('eins')))).toEqual({ hits: [], totalDocs: 0 })
    expect(await find(plan(word('大垣')))).toEqual({ hits: [], totalDocs: 0 })
    await index.index(undefined, [entry('1', 'de', 'eins', 'x')])
    expect(await found(plan(word('eins')))).toEqual(['1:de'])
  })
})

/**
 * Scale check, run by hand: SEARCH_SCALE=100000 npm test -- tests/int/searchIndex.test.ts
 * (with TEST_DATABASE_URI for PostgreSQL). Entries of ~300 tokens from a Zipf-like vocabulary, with
 * one word in every entry, one in 10 % and one in 0.1 %; prints p50/p95 of one- and two-word queries.
 */
const SCALE = Number(process.env.SEARCH_SCALE ?? 0)
;(SCALE ? describe : describe.skip)(`search index scale (${SCALE} entries)`, () => {
  it('answers one- and two-word queries fast', async () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const vocabulary = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`)
    const zipf = () => vocabulary[Math.floor(vocabulary.length ** random()) - 1]!
    const locales = ['de', 'en', 'zh', 'ko', 'ja']
    const started = Date.now()
    for (let start = 0; start < SCALE; start += 1000) {
      const batch: SearchEntry[] = []
      for (let i = start; i < Math.min(SCALE, start + 1000); i++) {
        const title = Array.from({ length: 10 }, zipf)
        const body = Array.from({ length: 290 }, zipf)
        body[5] = 'common'
        if (i % 10 === 3) (i % 20 === 3 ? title : body)[7] = 'tenpct'
        if (i % 1000 === 7) body[9] = 'rare'
        const day = Math.floor(random() * 5 * 365)
        batch.push({
          ...entry(String(Math.floor(i / 5)), locales[i % 5]!, '', '', {
            collection: i % 7 ? 'news' : 'events',
            date: new Date(Date.UTC(2021, 0, 1) + day * 86_400_000 + i * 1000).toISOString(),
          }),
          title: title.join(' '),
          text: { body: body.join(' ').slice(0, 2000), title: title.join(' ') },
          tokens: { body, title },
        })
      }
      await index.index(undefined, batch)
    }
    const indexing = Date.now() - started
    if (t.database.kind === 'postgres')
      await (
        t.payload.db as unknown as { pool: { query: (s: string) => Promise<unknown> } }
      ).pool.query('ANALYZE twinning_search')

    const measure = async (label: string, plans: QueryPlan[], options = {}) => {
      const times: number[] = []
      for (let round = 0; round < 30; round++)
        for (const p of plans) {
          const t0 = performance.now()
          await find(p, { limit: 10, ...options })
          times.push(performance.now() - t0)
        }
      times.sort((a, b) => a - b)
      const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(1)
      return `${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`
    }
    const one = ['common', 'tenpct', 'rare', 'w1', 'w2k', vocabulary[30_000]!].map((w) =>
      plan(word(w)),
    )
    const prefixes = ['comm', 'tenp', 'w1'].map((w) => plan(word(prefix(w))))
    const two = [
      ['common', 'tenpct'],
      ['common', 'rare'],
      ['tenpct', 'w1'],
      ['w1', 'w2'],
      ['common', 'w3'],
    ].map(([a, b]) => plan(word(a!), word(b!)))
    const de = { locales: ['de'] }
    const lines = [
      `${SCALE} entries indexed in ${(indexing / 1000).toFixed(1)} s (${((indexing / SCALE) * 1000).toFixed(0)} µs each)`,
      await measure('one word, all locales', one),
      await measure('one word, de', one, de),
      await measure('one prefix, de', prefixes, de),
      await measure('two words, all locales', two),
      await measure('two words, de', two, de),
      await measure('two words, de, page 5', two, { ...de, page: 5 }),
    ]
    console.log(`search index scale on ${t.database.kind}\n${lines.join('\n')}`)
    expect((await find(plan(word('common')))).totalDocs).toBe(SCALE)
  }, 3_600_000)
})
