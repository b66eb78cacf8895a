import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let zhTranslator: string
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  await createUser(t.payload, ['admin']) // the first account always becomes an admin
  const zh = await createUser(t.payload, ['translator'], ['zh'])
  zhTranslator = await t.login(zh.email, zh.password)
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

const english = { 'Accept-Language': 'en' }
const patch = (id: number | string, locale: string, body: unknown, token = zhTranslator) =>
  t.rest('PATCH', `/api/news/${id}?locale=${locale}&draft=true&depth=0`, {
    body,
    headers: english,
    token,
  })
const read = (id: number | string, locale: 'all' | 'de' | 'ko' | 'zh') =>
  t.payload.findByID({
    collection: 'news',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id,
    locale,
  })

describe('a translator for Chinese', () => {
  it('writes the Chinese texts, including localized fields inside groups', async () => {
    const doc = await createRelease(t.payload)
    const response = await patch(doc.id, 'zh', {
      ...RELEASE.zh,
      pressContact: { office: '新闻办公室' },
    })
    expect(response.status).toBe(200)
    const zh = await read(doc.id, 'zh')
    expect(zh.title).toBe(RELEASE.zh.title)
    expect(zh.pressContact?.office).toBe('新闻办公室')
  })

  it('may send unchanged shared fields back, as the admin form does', async () => {
    const doc = await createRelease(t.payload)
    const current = await read(doc.id, 'zh')
    // The admin's "save draft" sends the whole form with _status: 'draft'.
    const response = await patch(doc.id, 'zh', { ...current, ...RELEASE.zh, _status: 'draft' })
    expect({
      status: response.status,
      body: response.status === 200 ? '' : await response.text(),
    }).toEqual({ status: 200, body: '' })
  })

  it.each(['ko', 'de', 'all'])(
    'is refused with 403 naming the field when writing the %s locale',
    async (locale) => {
      const doc = await createRelease(t.payload)
      const response = await patch(doc.id, locale, { title: 'Übersetzt' })
      expect(response.status).toBe(403)
      const json = await response.json()
      expect(json.errors[0].message).toContain('"title"')
      expect((await read(doc.id, 'de')).title).toBe(RELEASE.de.title)
    },
  )

  it.each([
    ['topics', { topics: ['economy'] }],
    ['publishedAt', { publishedAt: '2030-01-01T00:00:00.000Z' }],
    ['pressContact.email', { pressContact: { email: 'x@example.org' } }],
    ['sourceLanguage', { sourceLanguage: 'zh' }],
  ])('is refused with 403 naming %s, a field shared by all locales', async (field, body) => {
    const doc = await createRelease(t.payload)
    const before = await read(doc.id, 'all')
    const response = await patch(doc.id, 'zh', { ...RELEASE.zh, ...body })
    expect(response.status).toBe(403)
    expect((await response.json()).errors[0].message).toContain(`"${field}"`)
    expect(await read(doc.id, 'all')).toEqual(before)
  })

  it('cannot publish; an editor can', async () => {
    const doc = await createRelease(t.payload, { status: 'draft' })
    const refused = await t.rest('PATCH', `/api/news/${doc.id}?locale=zh`, {
      body: { ...RELEASE.zh, _status: 'published' },
      headers: english,
      token: zhTranslator,
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toMatch(/may not publish or unpublish/)
    expect((await t.rest('GET', `/api/news/${doc.id}`)).status).toBe(404)
    const published = await t.rest('PATCH', `/api/news/${doc.id}?locale=zh`, {
      body: { ...RELEASE.zh, _status: 'published' },
      token: editor,
    })
    expect(published.status).toBe(200)
  })

  it('cannot unpublish either', async () => {
    const doc = await createRelease(t.payload)
    const refused = await t.rest('PATCH', `/api/news/${doc.id}?locale=zh`, {
      body: { _status: 'draft' },
      headers: english,
      token: zhTranslator,
    })
    expect(refused.status).toBe(403)
    expect((await t.rest('GET', `/api/news/${doc.id}`)).status).toBe(200)
  })

  it('is held to the same rule in bulk updates', async () => {
    const doc = await createRelease(t.payload)
    const response = await t.rest(
      'PATCH',
      `/api/news?where[id][equals]=${doc.id}&locale=zh&draft=true`,
      { body: { topics: ['climate'] }, headers: english, token: zhTranslator },
    )
    expect(response.status).toBe(403)
    expect((await read(doc.id, 'zh')).topics).toEqual(['mobility', 'culture'])
  })

  it('edits the Chinese alt text of a photo but not its credit', async () => {
    const sharp = (await import('sharp')).default
    const data = await sharp({
      create: { background: '#336699', channels: 3, height: 60, width: 80 },
    })
      .jpeg()
      .toBuffer()
    const photo = await t.payload.create({
      collection: 'photos',
      data: { alt: 'Rathaus', credit: 'Landeshauptstadt Stuttgart/Test', licence: 'pressOnly' },
      file: { data, mimetype: 'image/jpeg', name: 'rathaus.jpg', size: data.length },
      locale: 'de',
    })
    const ok = await t.rest('PATCH', `/api/photos/${photo.id}?locale=zh`, {
      body: { alt: '市政厅' },
      headers: english,
      token: zhTranslator,
    })
    expect(ok.status).toBe(200)
    const refused = await t.rest('PATCH', `/api/photos/${photo.id}?locale=zh`, {
      body: { credit: 'Someone else' },
      headers: english,
      token: zhTranslator,
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toContain('"credit"')
    expect((await t.payload.findByID({ collection: 'photos', id: photo.id })).credit).toBe(
      'Landeshauptstadt Stuttgart/Test',
    )
  })
})
