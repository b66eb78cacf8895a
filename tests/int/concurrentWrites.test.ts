import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionAfterChangeHook } from 'payload'

import { seedArchive } from '../../src/seed/archive.js'
import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * Writes of different locales of one release at the same moment — two translators, two tabs of an
 * editor, a scheduled publish, an XLIFF import — all survive, on every database; a failed write
 * changes nothing. Each race runs ROUNDS times: without the document lock (PostgreSQL) or SQLite's
 * transactions, most rounds lose one of the two writes.
 */
const ROUNDS = 20

let t: TestPayload
let editor: string
let zhTranslator: string
let koTranslator: string

beforeAll(async () => {
  t = await startTestPayload()
  await createUser(t.payload, ['admin']) // the first account always becomes an admin
  const ed = await createUser(t.payload, ['editor'])
  const zh = await createUser(t.payload, ['translator'], ['zh'])
  const ko = await createUser(t.payload, ['translator'], ['ko'])
  ;[editor, zhTranslator, koTranslator] = await Promise.all([
    t.login(ed.email, ed.password),
    t.login(zh.email, zh.password),
    t.login(ko.email, ko.password),
  ])
})
afterAll(async () => t?.close())

type Id = number | string
type Locale = 'de' | 'ko' | 'zh'

const save = (id: Id, locale: Locale, body: Record<string, unknown>, token: string) =>
  t.rest('PATCH', `/api/news/${id}?locale=${locale}&draft=true&depth=0`, { body, token })
const publish = (id: Id, locale: Locale, body: Record<string, unknown>) =>
  t.rest('PATCH', `/api/news/${id}?locale=${locale}&depth=0`, { body, token: editor })

/** The latest draft in one locale, as staff read it over REST. */
async function latest(id: Id, locale: Locale) {
  const response = await t.rest(
    'GET',
    `/api/news/${id}?locale=${locale}&draft=true&depth=0&fallback-locale=none`,
    { token: editor },
  )
  expect(response.status).toBe(200)
  return (await response.json()) as Record<string, any>
}

/** What the public gets for one locale: its title, or the status when it is not published. */
async function publicTitle(id: Id, locale: Locale) {
  const response = await t.rest('GET', `/api/news/${id}?locale=${locale}&depth=0`)
  return response.status === 200
    ? ((await response.json()) as { title: string }).title
    : response.status
}

/** The published row: which locales it says are public, in both forms. */
async function publication(id: Id) {
  const doc = (await t.payload.findByID({ collection: 'news', depth: 0, id, locale: 'de' })) as {
    availableLocales?: string[]
    publishedIn?: Record<string, boolean>
  }
  return {
    availableLocales: doc.availableLocales,
    publishedIn: ['de', 'en', 'zh', 'ko', 'ja'].filter((code) => doc.publishedIn?.[code]),
  }
}

/** A release published in German with Chinese and Korean drafts. */
async function releaseWithDrafts() {
  const doc = await createRelease(t.payload)
  for (const locale of ['zh', 'ko'] as const)
    await t.payload.update({
      collection: 'news',
      data: RELEASE[locale],
      depth: 0,
      draft: true,
      id: doc.id,
      locale,
    })
  return doc
}

const statuses = async (...responses: Promise<Response>[]) =>
  Promise.all(
    responses.map(async (pending) => {
      const response = await pending
      return response.status === 200 ? 200 : `${response.status} ${await response.text()}`
    }),
  )

/**
 * Runs `count` rounds one after another and compares what each left behind with what it should
 * have, all at the end: a failure says how many rounds lost a write, and shows the first.
 */
async function everyRound(
  count: number,
  round: (n: number) => Promise<{ expected: unknown; observed: unknown }>,
) {
  const lost: Array<{ expected: unknown; observed: unknown; round: number }> = []
  for (let n = 0; n < count; n++) {
    const { expected, observed } = await round(n)
    if (JSON.stringify(observed) !== JSON.stringify(expected))
      lost.push({ expected, observed, round: n })
  }
  expect({ first: lost[0], lost: `${lost.length}/${count} rounds` }).toEqual({
    first: undefined,
    lost: `0/${count} rounds`,
  })
}

describe('simultaneous writes of different locales of one release', () => {
  it(`keeps both drafts when a Chinese and a Korean translator save at the same moment (${ROUNDS} rounds)`, async () => {
    await everyRound(ROUNDS, async (n) => {
      const doc = await createRelease(t.payload)
      const zh = { lead: `中文导语 ${n}`, title: `中文草稿 ${n}` }
      const ko = { lead: `한국어 리드 ${n}`, title: `한국어 초안 ${n}` }
      const responses = await statuses(
        save(doc.id, 'zh', zh, zhTranslator),
        save(doc.id, 'ko', ko, koTranslator),
      )
      const [zhDraft, koDraft] = [await latest(doc.id, 'zh'), await latest(doc.id, 'ko')]
      return {
        expected: { responses: [200, 200], zh, ko, public: [404, 404, RELEASE.de.title] },
        observed: {
          responses,
          zh: { lead: zhDraft.lead, title: zhDraft.title },
          ko: { lead: koDraft.lead, title: koDraft.title },
          // Neither draft reaches the public; German stays published as it was.
          public: [
            await publicTitle(doc.id, 'zh'),
            await publicTitle(doc.id, 'ko'),
            await publicTitle(doc.id, 'de'),
          ],
        },
      }
    })
  })

  it(`publishes both locales when an editor publishes Chinese and Korean from two tabs at once (${ROUNDS} rounds)`, async () => {
    await everyRound(ROUNDS, async () => {
      const doc = await releaseWithDrafts()
      // The two ways to publish a locale: the status field and the admin's publish button.
      const responses = await statuses(
        publish(doc.id, 'zh', { localeStatus: 'published' }),
        publish(doc.id, 'ko', { _status: 'published' }),
      )
      return {
        expected: {
          responses: [200, 200],
          availableLocales: ['de', 'zh', 'ko'],
          publishedIn: ['de', 'zh', 'ko'],
          public: [RELEASE.zh.title, RELEASE.ko.title],
          localeStatus: ['published', 'published'],
        },
        observed: {
          responses,
          ...(await publication(doc.id)),
          public: [await publicTitle(doc.id, 'zh'), await publicTitle(doc.id, 'ko')],
          localeStatus: [
            (await latest(doc.id, 'zh')).localeStatus,
            (await latest(doc.id, 'ko')).localeStatus,
          ],
        },
      }
    })
  })

  it(`keeps a Korean draft saved while Chinese is being published, and the publication (${ROUNDS} rounds)`, async () => {
    await everyRound(ROUNDS, async (n) => {
      const doc = await releaseWithDrafts()
      const ko = `한국어 새 초안 ${n}`
      const writes = [
        () => publish(doc.id, 'zh', { localeStatus: 'published' }),
        () => save(doc.id, 'ko', { title: ko }, koTranslator),
      ]
      if (n % 2) writes.reverse() // who starts first alternates
      const responses = await statuses(...writes.map((write) => write()))
      const { availableLocales } = await publication(doc.id)
      return {
        expected: {
          responses: [200, 200],
          availableLocales: ['de', 'zh'],
          public: [RELEASE.zh.title, 404],
          drafts: ['published', ko],
        },
        observed: {
          responses,
          availableLocales,
          public: [await publicTitle(doc.id, 'zh'), await publicTitle(doc.id, 'ko')],
          drafts: [(await latest(doc.id, 'zh')).localeStatus, (await latest(doc.id, 'ko')).title],
        },
      }
    })
  })

  it('keeps an XLIFF import into Chinese and a scheduled Korean publish that run at once (10 rounds)', async () => {
    await everyRound(10, async (n) => {
      const doc = await releaseWithDrafts()
      const exported = await (
        await t.rest('GET', `/api/twinning/xliff/export?collection=news&ids=${doc.id}&targets=zh`, {
          token: editor,
        })
      ).text()
      const title = `从译员工具导入 ${n}`
      await t.payload.jobs.queue({
        input: { doc: { relationTo: 'news', value: doc.id }, locale: 'ko', type: 'publish' },
        task: 'schedulePublish',
      })
      const [imported] = await Promise.all([
        t.rest('POST', '/api/twinning/xliff/import', {
          body: withTarget(exported, `news:${doc.id}:title`, title),
          headers: { 'Content-Type': 'application/xliff+xml' },
          token: zhTranslator,
        }),
        t.payload.jobs.run(),
      ])
      const { totals } = (await imported.json()) as { totals: Record<string, number> }
      const zh = await latest(doc.id, 'zh')
      return {
        expected: {
          imported: [0, 1],
          zh: ['inReview', title],
          ko: RELEASE.ko.title,
          availableLocales: ['de', 'ko'],
        },
        observed: {
          imported: [totals.failed, totals.updated],
          zh: [zh.localeStatus, zh.title],
          ko: await publicTitle(doc.id, 'ko'),
          availableLocales: (await publication(doc.id)).availableLocales,
        },
      }
    })
  })

  // Payload edits the documents of a bulk update in parallel on one request: our lookups in other
  // locales run on their own view of it (readInLocale), so none of them switches its language.
  it('a bulk edit of several releases in Chinese writes every one of them in Chinese', async () => {
    const docs = [await releaseWithDrafts(), await releaseWithDrafts(), await releaseWithDrafts()]
    const before = await Promise.all(docs.map((doc) => latest(doc.id, 'de')))
    const response = await t.rest(
      'PATCH',
      `/api/news?where[id][in]=${docs.map((doc) => doc.id).join(',')}&locale=zh&draft=true&depth=0`,
      { body: { kicker: '批量' }, token: editor },
    )
    expect(response.status).toBe(200)
    for (const [index, doc] of docs.entries()) {
      expect((await latest(doc.id, 'zh')).kicker).toBe('批量')
      expect((await latest(doc.id, 'de')).kicker ?? null).toBe(before[index]!.kicker ?? null)
    }
  })

  it('keeps a save that races a bulk update by `where` (10 rounds)', async () => {
    await everyRound(10, async (n) => {
      const doc = await releaseWithDrafts()
      // (A field empty in Chinese: Payload's bulk draft edit keeps a locale's existing values.)
      const kicker = `批量修改 ${n}`
      const ko = `한국어 ${n}`
      const responses = await statuses(
        t.rest('PATCH', `/api/news?where[id][equals]=${doc.id}&locale=zh&draft=true&depth=0`, {
          body: { kicker },
          token: editor,
        }),
        save(doc.id, 'ko', { title: ko }, koTranslator),
      )
      return {
        expected: { responses: [200, 200], drafts: [kicker, ko] },
        observed: {
          responses,
          drafts: [(await latest(doc.id, 'zh')).kicker, (await latest(doc.id, 'ko')).title],
        },
      }
    })
  })
})

describe('a write that fails part-way changes nothing', () => {
  let failing: Id | undefined
  // Runs after Payload wrote the document and its version: only a transaction can take them back.
  const failAfterWrite: CollectionAfterChangeHook = ({ doc }) => {
    if (doc.id === failing) throw new Error('failing after the write, on purpose')
    return doc
  }
  beforeAll(() => {
    t.payload.collections.news.config.hooks.afterChange.push(failAfterWrite)
  })
  afterAll(() => {
    failing = undefined
    const hooks = t.payload.collections.news.config.hooks.afterChange
    hooks.splice(hooks.indexOf(failAfterWrite), 1)
  })

  const snapshot = async (id: Id) => ({
    draft: await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      id,
      locale: 'all',
      showHiddenFields: true,
    }),
    published: await t.payload.findByID({ collection: 'news', depth: 0, id, locale: 'all' }),
    versions: (
      await t.payload.countVersions({ collection: 'news', where: { parent: { equals: id } } })
    ).totalDocs,
  })

  it('a save whose hook fails after the write leaves the document and its versions as they were', async () => {
    const doc = await releaseWithDrafts()
    const before = await snapshot(doc.id)
    failing = doc.id
    const response = await save(doc.id, 'zh', { lead: '新导语', title: '失败的草稿' }, zhTranslator)
    failing = undefined
    expect(response.status).toBe(500)
    expect(await snapshot(doc.id)).toEqual(before)
    // Nothing was left locked or half-open: the next write goes through.
    expect(await statuses(save(doc.id, 'zh', { title: '之后的草稿' }, zhTranslator))).toEqual([200])
    expect((await latest(doc.id, 'zh')).title).toBe('之后的草稿')
  })

  it('a publish that fails after the write leaves the locale unpublished', async () => {
    const doc = await releaseWithDrafts()
    const before = await snapshot(doc.id)
    failing = doc.id
    const response = await publish(doc.id, 'ko', { localeStatus: 'published' })
    failing = undefined
    expect(response.status).toBe(500)
    expect(await snapshot(doc.id)).toEqual(before)
    expect(await publicTitle(doc.id, 'ko')).toBe(404)
    expect((await publication(doc.id)).availableLocales).toEqual(['de'])
  })

  it('an XLIFF import of two releases applies the one that succeeds and nothing of the one that fails', async () => {
    const [good, bad] = [await releaseWithDrafts(), await releaseWithDrafts()]
    const exported = await (
      await t.rest(
        'GET',
        `/api/twinning/xliff/export?collection=news&ids=${good.id},${bad.id}&targets=zh`,
        { token: editor },
      )
    ).text()
    const xml = withTarget(
      withTarget(exported, `news:${good.id}:title`, '导入成功'),
      `news:${bad.id}:title`,
      '导入失败',
    )
    const before = await snapshot(bad.id)
    failing = bad.id
    const response = await t.rest('POST', '/api/twinning/xliff/import', {
      body: xml,
      headers: { 'Content-Type': 'application/xliff+xml' },
      token: editor,
    })
    failing = undefined
    expect((await response.json()).totals).toMatchObject({ failed: 1, updated: 1 })
    expect(await latest(good.id, 'zh')).toMatchObject({
      localeStatus: 'inReview',
      title: '导入成功',
    })
    expect(await snapshot(bad.id)).toEqual(before)
  })
})

describe('a seed batch that fails part-way', () => {
  it('leaves none of its releases: the archive seed writes each batch in one transaction', async () => {
    const db = t.payload.db as unknown as {
      createVersion: (...args: unknown[]) => Promise<unknown>
    }
    const createVersion = db.createVersion
    let calls = 0
    db.createVersion = async (...args) => {
      if (++calls === 4) throw new Error('the disk is full, on purpose')
      return createVersion.apply(t.payload.db, args)
    }
    try {
      await expect(seedArchive(t.payload, 5, { batch: 5 })).rejects.toThrow('on purpose')
    } finally {
      db.createVersion = createVersion
    }
    const written = await t.payload.count({
      collection: 'news',
      where: { slug: { like: 'archiv-' } },
    })
    expect(written.totalDocs).toBe(0)
    // …and the same batch goes through whole afterwards.
    expect(await seedArchive(t.payload, 5, { batch: 5 })).toMatchObject({ created: 5 })
  })
})

// The same choice as tests/helpers/database.ts: SQLite unless TEST_DATABASE_URI names another server.
const onSqlite =
  !process.env.TEST_DATABASE_URI?.trim() || /^file:/.test(process.env.TEST_DATABASE_URI)

describe('SQLite write transactions', () => {
  const sqliteIt = onSqlite ? it : it.skip

  sqliteIt(
    'take a connection set up like the first one: busy timeout, WAL, synchronous=NORMAL',
    async () => {
      const db = t.payload.db as unknown as {
        beginTransaction: () => Promise<number | string>
        commitTransaction: (id: number | string) => Promise<void>
        drizzle: unknown
        execute: (args: {
          db?: unknown
          drizzle: unknown
          raw: string
        }) => Promise<{ rows: Record<string, unknown>[] }>
        sessions: Record<string, { db: unknown }>
      }
      const pragmas = async (session?: unknown) => {
        const values: Record<string, unknown> = {}
        for (const name of ['busy_timeout', 'journal_mode', 'synchronous']) {
          const { rows } = await db.execute({
            db: session,
            drizzle: db.drizzle,
            raw: `PRAGMA ${name}`,
          })
          values[name] = Object.values(rows[0]!)[0]
        }
        return values
      }
      const expected = { busy_timeout: 5000, journal_mode: 'wal', synchronous: 1 } // 1 = NORMAL
      for (let n = 0; n < 3; n++) {
        const id = await db.beginTransaction()
        expect(await pragmas(db.sessions[String(id)]!.db)).toEqual(expected)
        await db.commitTransaction(id)
        // …and the connection for everything outside transactions keeps its settings too.
        expect(await pragmas()).toEqual(expected)
      }
    },
  )

  sqliteIt('wait for each other without blocking the event loop', async () => {
    const first = await t.payload.db.beginTransaction()
    let second: number | string | null | undefined
    const begun = t.payload.db.beginTransaction().then((id) => (second = id))
    const started = performance.now()
    await new Promise((resolve) => setTimeout(resolve, 100))
    // A busy-waiting BEGIN would have held the timer back until SQLite's busy timeout.
    expect(performance.now() - started).toBeLessThan(1000)
    expect(second).toBeUndefined()
    await t.payload.db.commitTransaction(first!)
    await begun
    expect(second).toBeTruthy()
    await t.payload.db.rollbackTransaction(second!)
  })
})

/** Puts `target` into one unit of an exported XLIFF 2.0 file, as a translation tool does. */
function withTarget(xml: string, unit: string, target: string): string {
  const pattern = new RegExp(
    `(<unit id="${unit}"[\\s\\S]*?<segment)[^>]*>(<source>[\\s\\S]*?</source>)(?:<target>[\\s\\S]*?</target>)?</segment>`,
  )
  expect(xml).toMatch(pattern)
  return xml.replace(pattern, `$1 state="translated">$2<target>${target}</target></segment>`)
}
