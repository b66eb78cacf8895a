import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { findPublicByID } from '../../src/publication/findPublic.js'
import { normalize } from '../../src/search/analyzer/index.js'
import { rebuildSearchIndex } from '../../src/search/rebuild.js'
import { lexicalFromParagraphs } from '../../src/seed/richText.js'
import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { CORPUS, type CorpusLocale } from '../helpers/searchCorpus.js'

type Id = number | string
type Hit = {
  collection: string
  date: string | null
  id: string
  locale: string
  slug: string | null
  snippet: { field: string; highlights: [number, number][]; html: string; text: string } | null
  title: string
}
type Page = {
  docs: Hit[]
  hasNextPage: boolean
  page: number
  totalDocs: number
  totalPages: number
}

const LOCALES: CorpusLocale[] = ['de', 'en', 'zh', 'ko', 'ja']

let t: TestPayload
let editor: string
/** Corpus release index → document id. */
const ids: Id[] = []
/** Document id → its title per locale. */
const titles = new Map<string, Record<string, string>>()

async function publish(collection: string, id: Id, locale: string, data: Record<string, unknown>) {
  const response = await t.rest('PATCH', `/api/${collection}/${id}?locale=${locale}`, {
    body: { ...data, localeStatus: 'published' },
    token: editor,
  })
  expect(response.status).toBe(200)
}

async function search(query: string): Promise<Page> {
  const response = await t.rest('GET', `/api/twinning/search?${query}`)
  const body = await response.json()
  if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body)}`)
  // No shared cache may keep an answer past a withdrawal.
  expect(response.headers.get('cache-control')).toBe('no-cache')
  return body as Page
}
const find = (q: string, locale: string, extra = '') =>
  search(`q=${encodeURIComponent(q)}&locale=${locale}&limit=50${extra}`)

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  for (const [n, release] of CORPUS.entries()) {
    const created = await t.rest('POST', '/api/news?locale=de', {
      body: {
        lead: `Pressemitteilung ${n + 1} zur Städtepartnerschaft.`,
        publishedAt: new Date(Date.UTC(2025, 0, 1 + n)).toISOString(),
        title: release.title.de,
      },
      token: editor,
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id as Id
    ids.push(id)
    titles.set(String(id), release.title)
    for (const locale of LOCALES) {
      await publish('news', id, locale, {
        lead: locale === 'de' ? undefined : `${release.title[locale]}.`,
        title: release.title[locale],
      })
    }
  }
}, 600_000)
afterAll(async () => t?.close())

describe('search in five languages', () => {
  it('finds every title by each of two of its words, in its locale only (recall)', async () => {
    const misses: string[] = []
    for (const [n, release] of CORPUS.entries()) {
      for (const locale of LOCALES) {
        for (const probe of release.probes[locale]) {
          const page = await find(probe, locale)
          if (!page.docs.some((hit) => hit.id === String(ids[n]) && hit.locale === locale))
            misses.push(`${locale} "${probe}" → ${release.title[locale]}`)
          expect(page.docs.every((hit) => hit.locale === locale)).toBe(true)
        }
      }
    }
    expect(misses).toEqual([])
  })

  it('finds no document by a word it lacks (precision)', async () => {
    const wrong: string[] = []
    for (const release of CORPUS) {
      for (const locale of LOCALES) {
        for (const probe of release.probes[locale]) {
          for (const hit of (await find(probe, locale)).docs) {
            const lead = locale === 'de' ? 'Städtepartnerschaft' : ''
            const text = normalize(`${titles.get(hit.id)![locale]!} ${lead}`)
            if (!text.includes(normalize(probe)))
              wrong.push(`${locale} "${probe}" found ${hit.title}`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('matches CJK words inside longer runs, Korean stems, German compound parts and folded spellings', async () => {
    const titleOf = async (q: string, locale: string) =>
      (await find(q, locale)).docs.map((hit) => hit.title)
    // 斯图加特 is written inside runs (斯图加特市政厅, 斯图加特大学); 南京 is two characters.
    expect(await titleOf('斯图加特', 'zh')).toContain(CORPUS[1]!.title.zh)
    expect(await titleOf('斯图加特大学', 'zh')).toEqual([CORPUS[9]!.title.zh])
    expect(await titleOf('南京', 'zh')).toEqual(
      expect.arrayContaining([CORPUS[0]!.title.zh, CORPUS[1]!.title.zh, CORPUS[19]!.title.zh]),
    )
    // 斯图加特市 (the city of Stuttgart): the trailing 市 need not match.
    expect(await titleOf('斯图加特市', 'zh')).toContain(CORPUS[2]!.title.zh)
    // Korean: 세종 finds 세종시와, 세종시와 finds 세종시와 (particle off), 세종시 finds 세종에서.
    expect(await titleOf('세종', 'ko')).toContain(CORPUS[3]!.title.ko)
    expect(await titleOf('세종시와', 'ko')).toContain(CORPUS[3]!.title.ko)
    expect(await titleOf('세종시', 'ko')).toContain(CORPUS[14]!.title.ko)
    // German compounds: a part finds the whole word.
    expect(await titleOf('Partnerschaft', 'de')).toContain(CORPUS[0]!.title.de)
    expect(await titleOf('Wirtschaft', 'de')).toContain(CORPUS[5]!.title.de)
    // Case, width and diacritics.
    for (const q of ['Köln', 'koln', 'KOLN', 'ｋöｌｎ', 'Koeln'])
      expect(await titleOf(q, 'de')).toContain(CORPUS[5]!.title.de)
    expect(await titleOf('ﾑﾝﾊﾞｲ', 'ja')).toContain(CORPUS[4]!.title.ja)
    expect(await titleOf('ＭＵＭＢＡＩ', 'en')).toContain(CORPUS[4]!.title.en)
  })

  it('ranks title hits above body hits, then newer above older, with a highlighted snippet', async () => {
    const older = ids[0]!
    const newer = await t.rest('POST', '/api/news?locale=de', {
      body: {
        lead: 'Ein Rückblick auf die Zusammenarbeit mit dem Zeppelinmuseum und seinen Gästen.',
        publishedAt: '2026-06-01T08:00:00.000Z',
        title: 'Sommerfest im Schlossgarten',
      },
      token: editor,
    })
    const id = (await newer.json()).doc.id as Id
    await publish('news', id, 'de', {})
    await publish('news', older, 'de', { title: 'Zeppelinmuseum empfängt Gäste aus Nanjing' })
    const page = await find('Zeppelinmuseum', 'de')
    expect(page.docs.map((hit) => hit.id)).toEqual([String(older), String(id)])
    const snippet = page.docs[1]!.snippet!
    expect(snippet.field).toBe('lead')
    expect(snippet.html).toContain('<mark>Zeppelinmuseum</mark>')
    expect(snippet.text.slice(...snippet.highlights[0]!)).toBe('Zeppelinmuseum')

    // Among title hits: newer first.
    const both = await find('Nanjing', 'de')
    const dates = both.docs.filter((hit) => hit.title.includes('Nanjing')).map((hit) => hit.date!)
    expect(dates).toEqual([...dates].sort().reverse())
    await publish('news', older, 'de', { title: CORPUS[0]!.title.de })
  })

  it('pages with totalDocs and filters by collection', async () => {
    const first = await search('q=Stuttgart&locale=de&limit=5')
    expect(first.totalDocs).toBeGreaterThan(5)
    expect(first).toMatchObject({
      totalDocsExact: true,
      totalPages: Math.ceil(first.totalDocs / 5),
    })
    const second = await search('q=Stuttgart&locale=de&limit=5&page=2')
    expect(second.page).toBe(2)
    const seen = new Set(first.docs.map((hit) => hit.id))
    expect(second.docs.some((hit) => seen.has(hit.id))).toBe(false)
    expect((await search('q=Stuttgart&locale=de&collections=events')).totalDocs).toBe(0)
    const all = await search(`q=${encodeURIComponent('南京')}`)
    expect(new Set(all.docs.map((hit) => hit.locale))).toEqual(new Set(['zh', 'ja']))
  })
})

describe('search shows only what is public', () => {
  const probe = async (q: string, locale: string) => (await find(q, locale)).docs.map((h) => h.id)

  it('a withdrawn locale disappears at once; a republished one comes back', async () => {
    const id = String(ids[6])
    expect(await probe('珠海', 'zh')).toContain(id)
    const withdrawn = await t.rest('PATCH', `/api/news/${id}?locale=zh`, {
      body: { localeStatus: 'unpublished' },
      token: editor,
    })
    expect(withdrawn.status).toBe(200)
    expect(await probe('珠海', 'zh')).not.toContain(id)
    expect(await probe('Zhuhai', 'de')).toContain(id)
    await publish('news', id, 'zh', {})
    expect(await probe('珠海', 'zh')).toContain(id)
  })

  it('draft text is not searchable, neither in a new release nor in a published one', async () => {
    const created = await t.rest('POST', '/api/news?locale=de', {
      body: { lead: 'Entwurf.', title: 'Geheimprojekt Wolkenkratzer' },
      token: editor,
    })
    expect(created.status).toBe(201)
    const draftId = String((await created.json()).doc.id)
    expect(await probe('Wolkenkratzer', 'de')).toEqual([])
    const publishedId = String(ids[2])
    const saved = await t.rest('PATCH', `/api/news/${publishedId}?locale=de&draft=true`, {
      body: { title: 'Entwurfstitel Luftschiffhafen' },
      token: editor,
    })
    expect(saved.status).toBe(200)
    expect(await probe('Luftschiffhafen', 'de')).toEqual([])
    expect(await probe('Tischtennis', 'de')).toContain(publishedId)
    // Published: the new text is found, the old is gone.
    await publish('news', publishedId, 'de', { title: 'Entwurfstitel Luftschiffhafen' })
    expect(await probe('Luftschiffhafen', 'de')).toEqual([publishedId])
    expect(await probe('Tischtennis', 'de')).not.toContain(publishedId)
    await publish('news', publishedId, 'de', { title: CORPUS[2]!.title.de })
    expect(await probe('Wolkenkratzer', 'de')).not.toContain(draftId)
  })

  it('an unpublished locale is not searchable; a deleted document is gone from every locale', async () => {
    const created = await t.rest('POST', '/api/news?locale=de', {
      body: { lead: 'Nur auf Deutsch.', title: 'Fahrradwerkstatt für Gäste aus Ogaki' },
      token: editor,
    })
    const id = String((await created.json()).doc.id)
    await publish('news', id, 'de', {})
    const saved = await t.rest('PATCH', `/api/news/${id}?locale=ja&draft=true`, {
      body: { lead: '下書き。', title: '大垣からの客のための自転車工房' },
      token: editor,
    })
    expect(saved.status).toBe(200)
    expect(await probe('Fahrradwerkstatt', 'de')).toEqual([id])
    expect(await probe('自転車工房', 'ja')).toEqual([])
    expect(await probe('Fahrradwerkstatt', 'ja')).toEqual([])
    const deleted = await t.rest('DELETE', `/api/news/${id}`, { token: editor })
    expect(deleted.status).toBe(200)
    expect(await probe('Fahrradwerkstatt', 'de')).toEqual([])
  })

  it('agrees with findPublic after publishes, withdrawals and drafts of one release sent at the same moment', async () => {
    const created = await t.rest('POST', '/api/news?locale=de', {
      body: { lead: 'Gleichzeitig.', title: 'Wettlauf Kesselhaus' },
      token: editor,
    })
    const id = String((await created.json()).doc.id)
    await publish('news', id, 'de', {})
    const send = (locale: string, body: Record<string, unknown>, draft = false) =>
      t.rest('PATCH', `/api/news/${id}?locale=${locale}${draft ? '&draft=true' : ''}`, {
        body,
        token: editor,
      })
    for (let round = 0; round < 6; round++) {
      const statuses = await Promise.all([
        send('zh', { lead: '同时。', localeStatus: 'published', title: `锅炉房竞赛第${round}轮` }),
        send('zh', { localeStatus: 'unpublished' }),
        send('ko', { lead: '동시에.', localeStatus: 'published', title: `보일러실 경주 ${round}` }),
        send('ko', { title: `보일러실 초안 ${round}` }, true),
        send('de', { localeStatus: round % 2 ? 'unpublished' : 'published' }),
      ])
      for (const response of statuses) expect(response.status).toBe(200)
      for (const [locale, word] of [
        ['de', 'Kesselhaus'],
        ['zh', '锅炉房'],
        ['ko', '보일러실'],
      ] as const) {
        const served = await findPublicByID(t.payload, { collection: 'news', id, locale })
        const hit = (await find(word, locale)).docs.find((doc) => doc.id === id)
        // Found exactly when the public reads it there, with the title the public reads.
        expect(hit?.title).toBe(served ? (served as unknown as { title: string }).title : undefined)
      }
      expect((await find('초안', 'ko')).docs.some((doc) => doc.id === id)).toBe(false)
    }
  })

  it('the rebuild reproduces the index from the database', async () => {
    const before = await find('Stuttgart', 'de')
    const beforeZh = await find('斯图加特', 'zh')
    const report = await rebuildSearchIndex(t.payload)
    expect(report.documents).toBeGreaterThanOrEqual(CORPUS.length)
    expect((await find('Stuttgart', 'de')).docs).toEqual(before.docs)
    expect((await find('斯图加特', 'zh')).docs).toEqual(beforeZh.docs)
    expect(await probe('Luftschiffhafen', 'de')).toEqual([])
    expect(await probe('Wolkenkratzer', 'de')).toEqual([])
  })
})

describe('bad search requests', () => {
  const status = async (query: string) =>
    (await t.rest('GET', `/api/twinning/search?${query}`)).status

  it('answers 400 for a missing, empty, over-long or wordless query and bad parameters', async () => {
    expect(await status('')).toBe(400)
    expect(await status('q=')).toBe(400)
    expect(await status('q=%20%20')).toBe(400)
    expect(await status(`q=${'a'.repeat(201)}`)).toBe(400)
    expect(await status(`q=${encodeURIComponent('南'.repeat(201))}`)).toBe(400)
    expect(await status('q=***')).toBe(400)
    expect(await status('q=Stuttgart&locale=fr')).toBe(400)
    expect(await status('q=Stuttgart&collections=users')).toBe(400)
    expect(await status('q=Stuttgart&collections=publication-log')).toBe(400)
    for (const limit of ['0', '51', 'abc', '-1', '1.5'])
      expect(await status(`q=x&limit=${limit}`)).toBe(400)
    for (const page of ['0', 'abc', '-2', '101'])
      expect(await status(`q=x&limit=10&page=${page}`)).toBe(400)
    const body = await (await t.rest('GET', '/api/twinning/search?q=Stuttgart&locale=xx')).json()
    expect(body.errors[0].message).toMatch(/xx/)
  })

  it('treats operators, SQL, Mongo and regex syntax as plain text, never a 500', async () => {
    const queries = [
      '"Stuttgart',
      'Stuttgart*',
      '%',
      '_',
      'a%b',
      'Nan_ing',
      '.*',
      '(Nanjing',
      'Nanjing OR Köln',
      'NOT Nanjing',
      'NEAR(Nanjing Köln)',
      'title:Nanjing',
      '{title}: Nanjing',
      "'; DROP TABLE news; --",
      '{"$where": "1"}',
      '$gt',
      '^Nanjing$',
      '[a-z]+',
      '\\',
      'Nanjing -Köln',
      'Nanjing & Köln | x',
      'Nanjing:*',
      "a'b",
      '\u0000Nanjing',
      'Na\u0301njing',
    ]
    for (const q of queries) {
      const response = await t.rest('GET', `/api/twinning/search?q=${encodeURIComponent(q)}`)
      expect([200, 400]).toContain(response.status)
    }
    // Operators are words, not syntax: OR does not widen the search.
    const or = await find('Nanjing OR Köln', 'de')
    expect(or.totalDocs).toBe(0)
    // A lone surrogate in the address arrives as U+FFFD (the URL is UTF-8): plain text.
    expect([200, 400]).toContain(await status('q=%ED%A0%80Nanjing'))
    const started = performance.now()
    await t.rest('GET', `/api/twinning/search?q=${encodeURIComponent('斯图加特南京'.repeat(33))}`)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
