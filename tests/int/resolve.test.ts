import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

type Id = number | string

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
}, 120_000)
afterAll(async () => t?.close())

const write = async (id: Id, locale: string, body: Record<string, unknown>, query = '') => {
  const response = await t.rest('PATCH', `/api/news/${id}?locale=${locale}${query}`, {
    body,
    token: editor,
  })
  expect(response.status).toBe(200)
}
const resolve = (locale: string, slug: string, collection = 'news') =>
  t.rest(
    'GET',
    `/api/twinning/resolve?collection=${collection}&locale=${locale}&slug=${encodeURIComponent(slug)}`,
  )

/** A release published in de, en and zh; ko saved as a draft only. */
async function release(): Promise<Id> {
  const response = await t.rest('POST', '/api/news?locale=de', {
    body: { ...RELEASE.de, _status: 'published', publishedAt: '2026-05-01T08:00:00.000Z' },
    token: editor,
  })
  expect(response.status).toBe(201)
  const { id } = (await response.json()).doc
  await write(id, 'en', { ...RELEASE.en, localeStatus: 'published' })
  await write(id, 'zh', { ...RELEASE.zh, localeStatus: 'published' })
  await write(id, 'ko', { ...RELEASE.ko }, '&draft=true')
  return id
}

describe('GET /api/twinning/resolve', () => {
  let id: Id
  beforeAll(async () => {
    id = await release()
  })

  it('answers a current slug anonymously, with the slug of every public locale', async () => {
    const response = await resolve('zh', 'nanjing-daibiaotuan-fangwen-shizhengting')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.json()).toEqual({
      collection: 'news',
      id,
      locale: 'zh',
      redirect: false,
      slug: 'nanjing-daibiaotuan-fangwen-shizhengting',
      slugs: {
        de: 'delegation-aus-nanjing-im-rathaus',
        en: 'nanjing-delegation-visits-city-hall',
        zh: 'nanjing-daibiaotuan-fangwen-shizhengting',
      },
    })
  })

  it('returns 404 for a Korean slug of a locale saved only as a draft', async () => {
    expect((await resolve('ko', 'nanjing-daepyodan-sicheong-bangmun')).status).toBe(404)
    // … and the slug of the wrong locale is not found either.
    expect((await resolve('ko', 'delegation-aus-nanjing-im-rathaus')).status).toBe(404)
  })

  it('answers an old slug with redirect: true and the current one', async () => {
    await write(id, 'de', { slug: 'nanjing-im-rathaus', localeStatus: 'published' })
    const old = await resolve('de', 'delegation-aus-nanjing-im-rathaus')
    expect(old.status).toBe(200)
    const body = await old.json()
    expect(body).toMatchObject({ id, redirect: true, slug: 'nanjing-im-rathaus' })
    expect(body.slugs.de).toBe('nanjing-im-rathaus')
    expect((await (await resolve('de', 'nanjing-im-rathaus')).json()).redirect).toBe(false)
  })

  it('does not answer a slug changed in a draft until it is published', async () => {
    await write(id, 'en', { slug: 'draft-only-slug' }, '&draft=true')
    expect((await resolve('en', 'draft-only-slug')).status).toBe(404)
    const current = await (await resolve('en', 'nanjing-delegation-visits-city-hall')).json()
    expect(current).toMatchObject({ redirect: false, slug: 'nanjing-delegation-visits-city-hall' })
  })

  it('drops a withdrawn locale: its slug 404s and leaves the language map', async () => {
    await write(id, 'zh', { localeStatus: 'unpublished' })
    expect((await resolve('zh', 'nanjing-daibiaotuan-fangwen-shizhengting')).status).toBe(404)
    const body = await (await resolve('de', 'nanjing-im-rathaus')).json()
    expect(Object.keys(body.slugs).sort()).toEqual(['de', 'en'])
  })

  it('returns 404 for a document never published and for a slug that never existed', async () => {
    const response = await t.rest('POST', '/api/news?locale=de', {
      body: { ...RELEASE.de, title: 'Nur ein Entwurf', publishedAt: '2026-05-01T08:00:00.000Z' },
      token: editor,
    })
    expect((await response.json()).doc.slug).toBe('nur-ein-entwurf')
    expect((await resolve('de', 'nur-ein-entwurf')).status).toBe(404)
    expect((await resolve('de', 'gibt-es-nicht')).status).toBe(404)
  })

  it('returns 404 for the slugs of a deleted document', async () => {
    const other = await release()
    const slug = 'delegation-aus-nanjing-im-rathaus'
    // The first release's old slug is taken: the second got -2.
    expect((await (await resolve('de', `${slug}-2`)).json()).id).toBe(other)
    expect((await t.rest('DELETE', `/api/news/${other}`, { token: editor })).status).toBe(200)
    expect((await resolve('de', `${slug}-2`)).status).toBe(404)
  })

  it('refuses missing or unknown collection and locale, empty and over-long slugs (400)', async () => {
    for (const query of [
      'locale=de&slug=x',
      'collection=photos&locale=de&slug=x',
      'collection=users&locale=de&slug=x',
      'collection=news&slug=x',
      'collection=news&locale=fr&slug=x',
      'collection=news&locale=de',
      'collection=news&locale=de&slug=',
      `collection=news&locale=de&slug=${'a'.repeat(201)}`,
    ]) {
      const response = await t.rest('GET', `/api/twinning/resolve?${query}`)
      expect([query, response.status]).toEqual([query, 400])
    }
  })
})
