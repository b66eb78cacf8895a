import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string
let translator: string
let translatorEmail: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['admin', 'editor'])
  editor = await t.login(ed.email, ed.password)
  const zh = await createUser(t.payload, ['translator'], ['zh'])
  translatorEmail = zh.email
  translator = await t.login(zh.email, zh.password)
})
afterAll(async () => t?.close())

const status = async (id: number | string, token = editor) =>
  t.rest('GET', `/api/twinning/translation-status?collection=news&id=${id}`, {
    headers: { 'Accept-Language': 'en' },
    token,
  })

describe('translation status', () => {
  it('reports state, completeness, translator and last change per locale', async () => {
    const doc = await createRelease(t.payload, { locales: ['en'] })
    await t.rest('PATCH', `/api/news/${doc.id}?locale=zh&draft=true`, {
      body: { localeStatus: 'inReview', title: RELEASE.zh.title },
      token: translator,
    })
    const response = await status(doc.id, translator)
    expect(response.status).toBe(200)
    const json = await response.json()
    expect(json.sourceLocale).toBe('de')
    expect(json.locales.de).toMatchObject({
      completeness: 100,
      outdatedFields: [],
      state: 'published',
    })
    expect(json.locales.en).toMatchObject({ completeness: 100, state: 'published' })
    expect(json.locales.zh).toMatchObject({
      completeness: 50,
      lastTranslator: translatorEmail,
      outdated: false,
      state: 'inReview',
    })
    expect(Date.parse(json.locales.zh.lastChange)).toBeGreaterThan(Date.now() - 60_000)
    expect(json.locales.ko).toMatchObject({ completeness: 0, lastTranslator: null, state: 'draft' })
  })

  it('marks a translation outdated, with the fields whose German source changed after it', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'ko'] })
    await t.payload.update({
      collection: 'news',
      data: { lead: 'Ein neuer Vorspann nach der Übersetzung.' },
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    const json = await (await status(doc.id)).json()
    expect(json.locales.en).toMatchObject({ outdated: true, outdatedFields: ['lead'] })
    expect(json.locales.ko).toMatchObject({ outdated: true, outdatedFields: ['lead'] })
    expect(json.locales.de.outdatedFields).toEqual([])

    // Updating the English translation brings it up to date; Korean stays outdated.
    await t.payload.update({
      collection: 'news',
      data: { lead: 'A new lead written after the translation.' },
      draft: true,
      id: doc.id,
      locale: 'en',
    })
    const after = await (await status(doc.id)).json()
    expect(after.locales.en).toMatchObject({ outdated: false, outdatedFields: [] })
    expect(after.locales.ko.outdatedFields).toEqual(['lead'])
  })

  it('follows the sourceLanguage field', async () => {
    const doc = await createRelease(t.payload, { locales: ['en'] })
    await t.payload.update({
      collection: 'news',
      data: { _status: 'published', sourceLanguage: 'en' },
      id: doc.id,
      locale: 'en',
    })
    const json = await (await status(doc.id)).json()
    expect(json.sourceLocale).toBe('en')
    expect(json.locales.en.outdatedFields).toEqual([])
  })

  it('is for newsroom staff only, and refuses bad requests clearly', async () => {
    const doc = await createRelease(t.payload)
    expect(
      (await t.rest('GET', `/api/twinning/translation-status?collection=news&id=${doc.id}`)).status,
    ).toBe(401)
    const unknown = await t.rest('GET', `/api/twinning/translation-status?collection=users&id=1`, {
      headers: { 'Accept-Language': 'en' },
      token: editor,
    })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).errors[0].message).toMatch(
      /Unknown collection "users".*news, partner-cities, photos, events/,
    )
    expect(
      (await t.rest('GET', '/api/twinning/translation-status?collection=news', { token: editor }))
        .status,
    ).toBe(400)
    expect((await status(987654)).status).toBe(404)
  })

  it('keeps the tracking out of public responses', async () => {
    const doc = await createRelease(t.payload, { locales: ['en'] })
    const json = await (await t.rest('GET', `/api/news/${doc.id}?locale=en&depth=0`)).json()
    expect(json.title).toBe(RELEASE.en.title)
    expect(json.translationTracking).toBeUndefined()
  })
})
