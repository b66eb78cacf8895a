import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

/** The query plan of `sql` as text, from the database under test; undefined on MongoDB. */
async function plan(sql: string): Promise<string | undefined> {
  const db = t.payload.db as unknown as {
    client?: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }
    pool?: {
      connect: () => Promise<{
        query: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }>
        release: () => void
      }>
    }
  }
  if (t.database.kind === 'sqlite') {
    const { rows } = await db.client!.execute(`EXPLAIN QUERY PLAN ${sql}`)
    return rows.map((row) => String(row.detail)).join('\n')
  }
  if (t.database.kind === 'postgres') {
    // The test tables are small, where a sequential scan is cheapest: forbid it, so the plan shows
    // whether an index can serve the query at all.
    const client = await db.pool!.connect()
    try {
      await client.query('SET enable_seqscan = off')
      const { rows } = await client.query(`EXPLAIN ${sql}`)
      return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
    } finally {
      await client.query('RESET enable_seqscan')
      client.release()
    }
  }
  return undefined
}

const TABLES = ['news', 'partner_cities', 'events', 'photos']

describe('query plans (a check of structure, not of time)', () => {
  const run = (name: string, test: () => Promise<void>) =>
    it(name, async () => {
      if (t.database.kind === 'mongodb')
        return console.log('query plan checks are for the SQL databases')
      await test()
    })

  run(
    "reads a document's locales and its versions' locales through an index on _parent_id",
    async () => {
      for (const table of TABLES) {
        for (const locales of [`${table}_locales`, `_${table}_v_locales`]) {
          const text = (await plan(`SELECT * FROM "${locales}" WHERE "_parent_id" = 1`))!
          expect([locales, text]).toEqual([
            locales,
            expect.stringMatching(/USING (COVERING )?INDEX|Index (Only )?Scan|Bitmap Index Scan/i),
          ])
          expect([locales, text]).not.toEqual([locales, expect.stringMatching(/^SCAN|Seq Scan/m)])
        }
      }
    },
  )

  run('serves the public list, slug lookups and draft reads from indexes', async () => {
    const queries: Record<string, string> = {
      'published list by date': `SELECT "id" FROM "news" WHERE "_status" = 'published' ORDER BY "published_at" DESC LIMIT 10`,
      'public list of a language by date': `SELECT "id" FROM "news" WHERE "_status" = 'published' AND "published_in_zh" = true ORDER BY "published_at" DESC LIMIT 10`,
      'public count of a language': `SELECT count(*) FROM "news" WHERE "_status" = 'published' AND "published_in_ko" = true`,
      'public list of a language, with fallback': `SELECT "id" FROM "news" WHERE "_status" = 'published' AND ("published_in_ja" = true OR "published_in_de" = true) ORDER BY "published_at" DESC LIMIT 10`,
      'admin list: latest drafts by date': `SELECT "id" FROM "_news_v" WHERE "latest" = true ORDER BY "version_published_at" DESC LIMIT 10`,
      'admin list count': `SELECT count(*) FROM "_news_v" WHERE "latest" = true`,
      'published locales of a language': `SELECT "parent_id" FROM "news_available_locales" WHERE "value" = 'zh'`,
      'published locales of a document': `SELECT "value" FROM "news_available_locales" WHERE "parent_id" = 1`,
      'slug in a locale': `SELECT "_parent_id" FROM "news_locales" WHERE "slug" = 'x' AND "_locale" = 'ko'`,
      'latest draft of a document': `SELECT "id" FROM "_news_v" WHERE "parent_id" = 1 AND "latest" = true`,
      'relations of a document': `SELECT "photos_id" FROM "news_rels" WHERE "parent_id" = 1`,
    }
    for (const [name, sql] of Object.entries(queries)) {
      const text = (await plan(sql))!
      expect([name, text]).not.toEqual([
        name,
        expect.stringMatching(/^SCAN "?[a-z_]+"?$|Seq Scan/m),
      ])
    }
  })

  run(
    "pages through a language's releases in index order, without sorting the whole archive",
    async () => {
      for (const code of ['de', 'en', 'zh', 'ko', 'ja']) {
        const sql = `SELECT "id" FROM "news" WHERE "published_in_${code}" = true AND "_status" = 'published' ORDER BY "published_at" DESC LIMIT 10`
        const text = (await plan(sql))!
        // SQLite: the index on (published_in_<locale>, _status, published_at) yields rows in date order; a
        // "TEMP B-TREE FOR ORDER BY" would mean sorting every match. PostgreSQL (whose planner prefers the
        // date index on these small tables): an index scan in date order, no Sort node.
        const ordered =
          t.database.kind === 'sqlite'
            ? /publishedIn_[a-z]+__status_publishedAt_idx/
            : /Index (Only )?Scan( Backward)? using/
        expect([code, text]).toEqual([code, expect.stringMatching(ordered)])
        expect([code, text]).not.toEqual([
          code,
          expect.stringMatching(/TEMP B-TREE FOR ORDER BY|Sort/),
        ])
      }
    },
  )
})
