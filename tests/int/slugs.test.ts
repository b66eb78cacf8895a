import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { URL_SLUGS } from '../../src/urlSlugs/collection.js'
import { rebuildSlugs } from '../../src/urlSlugs/rebuild.js'
import { writeStoredSlug } from '../../src/urlSlugs/storedSlug.js'
import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

type Id = number | string
type Doc = { id: Id; slug?: string; title?: string }

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
}, 120_000)
afterAll(async () => t?.close())

const LEAD = { lead: 'Kurzer Vorspann.', publishedAt: '2026-04-01T08:00:00.000Z' }

async function create(title: string, extra: Record<string, unknown> = {}): Promise<Doc> {
  const response = await t.rest('POST', '/api/news?locale=de', {
    body: { ...LEAD, title, ...extra },
    token: editor,
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc
}
async function save(id: Id, locale: string, data: Record<string, unknown>, query = '&draft=true') {
  const response = await t.rest('PATCH', `/api/news/${id}?locale=${locale}${query}`, {
    body: data,
    token: editor,
  })
  expect(response.status).toBe(200)
  return (await response.json()).doc as Doc
}
const publish = (id: Id, locale: string) => save(id, locale, { localeStatus: 'published' }, '')
/** The slug of the latest version (what the editor sees) in a locale. */
async function slugOf(id: Id, locale: string): Promise<string | undefined> {
  const response = await t.rest('GET', `/api/news/${id}?locale=${locale}&draft=true&depth=0`, {
    token: editor,
  })
  return (await response.json()).slug
}
const registry = async (id: Id) =>
  (
    await t.payload.find({
      collection: URL_SLUGS,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'id',
      where: { document: { equals: String(id) } },
    })
  ).docs.map((row) => {
    const r = row as unknown as { current: boolean; locale: string; slug: string }
    return `${r.locale} ${r.slug}${r.current ? '' : ' (old)'}`
  })

describe('slugs per locale', () => {
  it('are made from each locale’s title, romanized, on create and translation', async () => {
    const doc = await create(RELEASE.de.title)
    expect(doc.slug).toBe('delegation-aus-nanjing-im-rathaus')
    for (const locale of ['en', 'zh', 'ko', 'ja'] as const)
      await save(doc.id, locale, { ...RELEASE[locale] })
    expect(await slugOf(doc.id, 'en')).toBe('nanjing-delegation-visits-city-hall')
    expect(await slugOf(doc.id, 'zh')).toBe('nanjing-daibiaotuan-fangwen-shizhengting')
    expect(await slugOf(doc.id, 'ko')).toBe('nanjing-daepyodan-sicheong-bangmun')
    expect(await slugOf(doc.id, 'ja')).toBe('nankin-daihyodan-ga-shichosha-o-homon')
    expect(await registry(doc.id)).toHaveLength(5)
  })

  it('follow the title until the locale is first published, then stay', async () => {
    const doc = await create('Städtepartnerschaft Köln–Chongqing')
    expect(doc.slug).toBe('staedtepartnerschaft-koeln-chongqing')
    await save(doc.id, 'de', { title: 'Städtepartnerschaft Köln–Chongqing wird 40' })
    expect(await slugOf(doc.id, 'de')).toBe('staedtepartnerschaft-koeln-chongqing-wird-40')
    // The draft's first slug was never public: released, not kept as a redirect.
    expect(await registry(doc.id)).toEqual(['de staedtepartnerschaft-koeln-chongqing-wird-40'])
    await publish(doc.id, 'de')
    await save(doc.id, 'de', { title: 'Ganz neuer Titel nach der Veröffentlichung' })
    expect(await slugOf(doc.id, 'de')).toBe('staedtepartnerschaft-koeln-chongqing-wird-40')
    // Another locale, not yet published, still follows its title.
    await save(doc.id, 'zh', { title: '科隆与重庆', lead: '简介。' })
    await save(doc.id, 'zh', { title: '科隆与重庆友好城市' })
    expect(await slugOf(doc.id, 'zh')).toBe('kelong-yu-chongqing-youhao-chengshi')
    // Withdrawn stays "ever published": the title no longer moves the slug.
    await save(doc.id, 'de', { localeStatus: 'unpublished' }, '')
    await save(doc.id, 'de', { title: 'Noch ein Titel' })
    expect(await slugOf(doc.id, 'de')).toBe('staedtepartnerschaft-koeln-chongqing-wird-40')
  })

  it('change after publishing only when an editor edits them; the old one redirects', async () => {
    const doc = await create('Jugendaustausch mit Ōgaki')
    await publish(doc.id, 'de')
    await save(doc.id, 'de', { slug: 'Jugend Austausch Ōgaki!' }, '')
    expect(await slugOf(doc.id, 'de')).toBe('jugend-austausch-ogaki')
    expect(await registry(doc.id)).toEqual([
      'de jugendaustausch-mit-ogaki (old)',
      'de jugend-austausch-ogaki',
    ])
    // An editor typing Chinese into a romanized locale gets it romanized.
    await save(doc.id, 'zh', { title: '青少年交流', lead: '简介。' })
    await save(doc.id, 'zh', { slug: '大垣青少年' })
    expect(await slugOf(doc.id, 'zh')).toBe('dayuan-qingshaonian')
    // Clearing the field asks for a fresh one from the title, also after publishing.
    await save(doc.id, 'de', { title: 'Jugendaustausch 2026', slug: '' }, '')
    expect(await slugOf(doc.id, 'de')).toBe('jugendaustausch-2026')
  })

  it('keep as redirects only slugs that were public, never a draft’s, also across a withdrawal', async () => {
    const doc = await create('Kulturwoche Chongqing')
    await save(doc.id, 'zh', { title: '重庆文化周', lead: '简介。' })
    await publish(doc.id, 'de')
    await publish(doc.id, 'zh')
    const publicA = await slugOf(doc.id, 'zh')
    // A draft's slug, never published; the withdrawal merges that draft into the stored row.
    await save(doc.id, 'zh', { slug: '市长辞职草稿' })
    const draftB = await slugOf(doc.id, 'zh')
    await save(doc.id, 'zh', { localeStatus: 'unpublished' }, '')
    await save(doc.id, 'zh', { slug: '重庆文化周二零二六' })
    const publicC = await slugOf(doc.id, 'zh')
    await publish(doc.id, 'zh')
    expect(new Set([publicA, draftB, publicC]).size).toBe(3)
    const resolve = (slug?: string) =>
      t.rest('GET', `/api/twinning/resolve?collection=news&locale=zh&slug=${slug}`)
    expect((await resolve(draftB)).status).toBe(404)
    expect(await (await resolve(publicA)).json()).toMatchObject({ redirect: true, slug: publicC })
    expect(await (await resolve(publicC)).json()).toMatchObject({ redirect: false })
    expect((await registry(doc.id)).join(' ')).not.toContain(draftB)
  })

  it('get -2, -3 on collisions, also against old slugs kept as redirects', async () => {
    const a = await create('Gleicher Titel')
    const b = await create('Gleicher Titel')
    const c = await create('Gleicher Titel')
    expect([a.slug, b.slug, c.slug]).toEqual([
      'gleicher-titel',
      'gleicher-titel-2',
      'gleicher-titel-3',
    ])
    await publish(a.id, 'de')
    await save(a.id, 'de', { slug: 'anderer-titel' }, '')
    // a's old slug still points at a: a fourth document does not get it.
    const d = await create('Gleicher Titel')
    expect(d.slug).toBe('gleicher-titel-4')
    // An editor typing a taken slug gets the next free one, never an error.
    expect((await save(d.id, 'de', { slug: 'anderer-titel' })).slug).toBe('anderer-titel-2')
  })

  it('stay unique under concurrent creates', async () => {
    const docs = await Promise.all(Array.from({ length: 6 }, () => create('Gleichzeitig angelegt')))
    const slugs = docs.map((doc) => doc.slug).sort()
    expect(new Set(slugs).size).toBe(6)
    expect(slugs).toContain('gleichzeitig-angelegt')
    expect(slugs).toContain('gleichzeitig-angelegt-6')
  })

  it('give an emoji-only title a stable id-based slug', async () => {
    const doc = await create('🎉🎊 !!!')
    expect(doc.slug).toMatch(/^news-\d+$/)
    await save(doc.id, 'de', { lead: 'Anderer Vorspann.' })
    await save(doc.id, 'de', { title: '🎈' })
    expect(await slugOf(doc.id, 'de')).toBe(doc.slug)
  })

  it('are at most 80 characters, cut at a word boundary, suffix included', async () => {
    const long =
      'Gemeinsame Erklärung der Oberbürgermeisterinnen und Oberbürgermeister über nachhaltige Stadtentwicklung und Klimaschutz'
    const a = await create(long)
    const b = await create(long)
    for (const slug of [a.slug!, b.slug!]) {
      expect(slug.length).toBeLessThanOrEqual(80)
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
    expect(long.toLowerCase().replace(/ä/g, 'ae').replace(/ü/g, 'ue').replace(/ /g, '-')).toContain(
      a.slug!,
    )
    expect(b.slug).toMatch(/-2$/)
  })

  it('release a deleted document’s slugs', async () => {
    const doc = await create('Wird gelöscht')
    expect((await t.rest('DELETE', `/api/news/${doc.id}`, { token: editor })).status).toBe(200)
    expect(await registry(doc.id)).toEqual([])
    expect((await create('Wird gelöscht')).slug).toBe('wird-geloescht')
  })
})

describe('the admin list search', () => {
  it('finds CJK titles by a two-character word, as the list view asks (title like …)', async () => {
    const doc = await create('Besuch aus Nanjing', { _status: 'published' })
    await save(
      doc.id,
      'zh',
      { title: '南京青年代表团参观斯图加特', lead: '简介。', localeStatus: 'published' },
      '',
    )
    await save(doc.id, 'ja', { title: '大垣市との交流', lead: '概要。' })
    const search = async (locale: string, word: string, draft = '') => {
      const where = `where[or][0][title][like]=${encodeURIComponent(word)}`
      const response = await t.rest('GET', `/api/news?locale=${locale}&depth=0&${where}${draft}`, {
        token: editor,
      })
      expect(response.status).toBe(200)
      return ((await response.json()).docs as Doc[]).map((found) => found.id)
    }
    expect(await search('zh', '南京')).toContain(doc.id)
    expect(await search('zh', '斯图加特')).toContain(doc.id)
    expect(await search('zh', '北京')).not.toContain(doc.id)
    // A translation saved only as a draft: the list view reads the newest versions.
    expect(await search('ja', '大垣', '&draft=true')).toContain(doc.id)
  })
})

describe('GET /api/twinning/slug (regenerate)', () => {
  it('answers a fresh, free slug for the title in the edited locale', async () => {
    const doc = await create('Frischer Titel')
    const other = await create('Noch frischer')
    const ask = (query: string, token = editor) =>
      t.rest('GET', `/api/twinning/slug?collection=news&${query}`, { token })
    let response = await ask(`locale=zh&title=${encodeURIComponent('南京代表团访问斯图加特')}`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ slug: 'nanjing-daibiaotuan-fangwen-situjiate' })
    // Its own slug is free for itself, taken for another document.
    response = await ask(`locale=de&title=Frischer%20Titel&id=${doc.id}`)
    expect((await response.json()).slug).toBe('frischer-titel')
    response = await ask(`locale=de&title=Frischer%20Titel&id=${other.id}`)
    expect((await response.json()).slug).toBe('frischer-titel-2')
    expect((await ask('locale=de&title=x', '')).status).toBe(401)
    expect((await ask('locale=xx&title=x')).status).toBe(400)
    expect((await ask('locale=de&title=')).status).toBe(400)
    expect(
      (
        await t.rest('GET', '/api/twinning/slug?collection=photos&locale=de&title=x', {
          token: editor,
        })
      ).status,
    ).toBe(400)
  })
})

describe('rebuildSlugs (npm run slugs -- --rebuild)', () => {
  it('fills missing slugs, keeps published ones unless forced, and is idempotent', async () => {
    const published = await create('Veröffentlicht vor dem Umbau')
    await publish(published.id, 'de')
    const draft = await create('Entwurf vor dem Umbau')
    // As if written before slugs existed: another slug stored, nothing in the registry.
    const req = { context: {}, payload: t.payload } as never
    await writeStoredSlug(req, 'news', published.id, 'de', 'alter-slug')
    await writeStoredSlug(req, 'news', draft.id, 'de', '')
    await t.payload.db.deleteMany({
      collection: URL_SLUGS,
      req,
      where: { document: { in: [String(published.id), String(draft.id)] } },
    })

    const first = await rebuildSlugs(t.payload)
    expect(first.news!.kept).toBeGreaterThanOrEqual(1)
    expect(first.news!.filled + first.news!.changed).toBeGreaterThanOrEqual(1)
    expect(await slugOf(published.id, 'de')).toBe('alter-slug')
    expect(await slugOf(draft.id, 'de')).toBe('entwurf-vor-dem-umbau')
    expect(await registry(published.id)).toEqual(['de alter-slug'])

    const again = await rebuildSlugs(t.payload)
    expect(again.news!.changed + again.news!.filled).toBe(0)

    const forced = await rebuildSlugs(t.payload, { force: true })
    expect(forced.news!.changed).toBeGreaterThanOrEqual(1)
    expect(await slugOf(published.id, 'de')).toBe('veroeffentlicht-vor-dem-umbau')
    expect(await registry(published.id)).toEqual([
      'de alter-slug (old)',
      'de veroeffentlicht-vor-dem-umbau',
    ])
    const forcedAgain = await rebuildSlugs(t.payload, { force: true })
    expect(forcedAgain.news!.changed + forcedAgain.news!.filled).toBe(0)
  })

  it('makes a published locale’s slug from its published title, never from a pending draft', async () => {
    const doc = await create('Schüleraustausch mit Ogaki beginnt')
    await publish(doc.id, 'de')
    const emptied = await create('Jugendorchester aus Zhuhai zu Gast')
    await publish(emptied.id, 'de')
    // Unpublished edits: a headline that must not reach any public URL.
    await save(doc.id, 'de', { title: 'Bürgermeisterin tritt zurück' })
    await save(emptied.id, 'de', { title: 'Geheimer Haushaltsentwurf' })
    // The second as if written before slugs existed: no stored slug, nothing in the registry.
    const req = { context: {}, payload: t.payload } as never
    await writeStoredSlug(req, 'news', emptied.id, 'de', '')
    await t.payload.db.deleteMany({
      collection: URL_SLUGS,
      req,
      where: { document: { equals: String(emptied.id) } },
    })

    await rebuildSlugs(t.payload)
    await rebuildSlugs(t.payload, { force: true })
    const publicSlug = async (id: Id) =>
      (await (await t.rest('GET', `/api/news/${id}?locale=de&depth=0`)).json()).slug
    expect(await publicSlug(doc.id)).toBe('schueleraustausch-mit-ogaki-beginnt')
    expect(await publicSlug(emptied.id)).toBe('jugendorchester-aus-zhuhai-zu-gast')
    const everything = [...(await registry(doc.id)), ...(await registry(emptied.id))].join(' ')
    expect(everything).not.toMatch(/zurueck|haushalt/)
    // A withdrawn locale: its row holds the draft merged in at withdrawal, whose title is not public.
    const withdrawn = await create('Städtepartnerschaft mit Zhuhai')
    await save(withdrawn.id, 'zh', { title: '与珠海结为友好城市', lead: '简介。' })
    await publish(withdrawn.id, 'de')
    await publish(withdrawn.id, 'zh')
    const publicZh = await slugOf(withdrawn.id, 'zh')
    await save(withdrawn.id, 'zh', { title: '市长秘密访问' })
    await save(withdrawn.id, 'zh', { localeStatus: 'unpublished' }, '')
    await rebuildSlugs(t.payload, { force: true })
    expect(await slugOf(withdrawn.id, 'zh')).toBe(publicZh)
    expect((await registry(withdrawn.id)).join(' ')).not.toContain('mimi')
    for (const slug of ['buergermeisterin-tritt-zurueck', 'geheimer-haushaltsentwurf']) {
      const resolved = await t.rest(
        'GET',
        `/api/twinning/resolve?collection=news&locale=de&slug=${slug}`,
      )
      expect(resolved.status).toBe(404)
    }
  })
})
