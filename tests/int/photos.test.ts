import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string
let translatorKo: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  const ko = await createUser(t.payload, ['translator'], ['ko'])
  translatorKo = await t.login(ko.email, ko.password)
})
afterAll(async () => t?.close())

async function createPhoto(status: 'draft' | 'published' = 'published') {
  const data = await sharp({
    create: { background: '#3a6ea5', channels: 3, height: 60, width: 80 },
  })
    .jpeg()
    .toBuffer()
  const name = `rathaus-${Math.random().toString(36).slice(2, 8)}.jpg`
  return t.payload.create({
    collection: 'photos',
    data: {
      _status: status,
      alt: 'Das Stuttgarter Rathaus am Marktplatz',
      caption: 'Empfang der Delegation',
      credit: 'Landeshauptstadt Stuttgart/Test',
      licence: 'pressOnly',
    },
    draft: status === 'draft',
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
    locale: 'de',
  })
}

const publicPhoto = async (id: number | string, locale: string) =>
  t.rest('GET', `/api/photos/${id}?locale=${locale}&depth=0`)

describe('photos: alt text and caption are published per locale', () => {
  it('serves an unpublished locale from its fallback chain, never the draft, and says so', async () => {
    const photo = await createPhoto()
    const draft = await t.rest('PATCH', `/api/photos/${photo.id}?locale=ko&draft=true`, {
      body: { alt: '슈투트가르트 시청', localeStatus: 'inReview' },
      token: translatorKo,
    })
    expect(draft.status).toBe(200)

    const before = await publicPhoto(photo.id, 'ko')
    expect(before.status).toBe(200)
    expect(await before.json()).toMatchObject({
      _locale: { requested: 'ko', served: 'de' },
      alt: 'Das Stuttgarter Rathaus am Marktplatz',
      availableLocales: ['de'],
      credit: 'Landeshauptstadt Stuttgart/Test',
    })

    // A translator may not publish; an editor publishes Korean alone.
    expect(
      (
        await t.rest('PATCH', `/api/photos/${photo.id}?locale=ko`, {
          body: { localeStatus: 'published' },
          token: translatorKo,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await t.rest('PATCH', `/api/photos/${photo.id}?locale=ko`, {
          body: { localeStatus: 'published' },
          token: editor,
        })
      ).status,
    ).toBe(200)
    const after = await (await publicPhoto(photo.id, 'ko')).json()
    expect(after).toMatchObject({
      _locale: { requested: 'ko', served: 'ko' },
      alt: '슈투트가르트 시청',
      availableLocales: ['de', 'ko'],
    })
    // Publishing Korean did not publish anything else: Japanese still falls back to German.
    expect(await (await publicPhoto(photo.id, 'ja')).json()).toMatchObject({
      _locale: { served: 'de' },
      alt: 'Das Stuttgarter Rathaus am Marktplatz',
    })

    expect(
      (
        await t.rest('PATCH', `/api/photos/${photo.id}?locale=ko`, {
          body: { localeStatus: 'unpublished' },
          token: editor,
        })
      ).status,
    ).toBe(200)
    expect(await (await publicPhoto(photo.id, 'ko')).json()).toMatchObject({
      _locale: { served: 'de' },
      availableLocales: ['de'],
    })
  })

  it('keeps a photo that was never published, and its file, away from the public', async () => {
    const photo = await createPhoto('draft')
    expect((await publicPhoto(photo.id, 'de')).status).toBe(404)
    const list = await (await t.rest('GET', '/api/photos?limit=100&depth=0')).json()
    expect(list.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(photo.id)
    expect(
      (await t.rest('GET', `/api/photos/file/${photo.filename}`)).status,
    ).toBeGreaterThanOrEqual(403)
    expect(
      (await t.rest('GET', `/api/photos/file/${photo.filename}`, { token: editor })).status,
    ).toBe(200)
  })

  it("gives a Korean release its hero photo with the photo's best published texts", async () => {
    const photo = await createPhoto()
    const release = await createRelease(t.payload, { locales: ['ko'] })
    // A Korean release shows a photo only with a Korean alt text (src/photos/credits): the photo is
    // published in Korean first, and its Korean texts withdrawn afterwards.
    await t.payload.update({
      collection: 'photos',
      data: { _status: 'published', alt: '슈투트가르트 시청' },
      id: photo.id,
      locale: 'ko',
    })
    await t.payload.update({
      collection: 'news',
      data: { _status: 'published', heroPhoto: photo.id },
      id: release.id,
      locale: 'ko',
    })
    await t.payload.update({
      collection: 'photos',
      data: { localeStatus: 'unpublished' } as never,
      id: photo.id,
      locale: 'ko',
    })
    const json = await (await t.rest('GET', `/api/news/${release.id}?locale=ko&depth=1`)).json()
    expect(json.heroPhoto).toMatchObject({
      _locale: { requested: 'ko', served: 'de' },
      alt: 'Das Stuttgarter Rathaus am Marktplatz',
      credit: 'Landeshauptstadt Stuttgart/Test',
    })
  })

  it('reports translation status and exports XLIFF for photos too', async () => {
    const photo = await createPhoto()
    const status = await (
      await t.rest('GET', `/api/twinning/translation-status?collection=photos&id=${photo.id}`, {
        token: editor,
      })
    ).json()
    expect(status.fields.map((field: { path: string }) => field.path)).toEqual(['alt', 'caption'])
    expect(status.locales.de.state).toBe('published')
    const xml = await (
      await t.rest(
        'GET',
        `/api/twinning/xliff/export?collection=photos&ids=${photo.id}&targets=zh`,
        { token: editor },
      )
    ).text()
    expect(xml).toContain(`<unit id="photos:${photo.id}:alt"`)
    expect(xml).not.toContain('Landeshauptstadt Stuttgart/Test')
  })
})
