import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { photos } from '../../src/seed/content/photos.js'
import { renderDemoImage } from '../../src/seed/images.js'
import { readEmbeddedMetadata } from '../../src/photos/metadata/readEmbeddedMetadata.js'
import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import {
  MIME_TYPES,
  type PhotoFixture,
  photoWithMetadata,
  uploadFile,
} from '../helpers/photoFixtures.js'
import { photoForm, uniqueFileName } from '../helpers/photos.js'

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

const STUTTGART = { latitude: 48.7758, longitude: 9.1829 }
/** A press photo as an agency delivers it: credit, photographer, notice, five captions, date, GPS. */
const PRESS: PhotoFixture = {
  exif: { dateTimeOriginal: '2025:07:14 10:30:00', offsetTimeOriginal: '+02:00' },
  gps: STUTTGART,
  iptc: {
    byline: ['Jürgen Weiß'],
    caption: 'Übergabe der Urkunde im Großen Sitzungssaal',
    copyrightNotice: '© 2025 Landeshauptstadt Stuttgart',
    credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß',
  },
  xmp: {
    credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß',
    description: {
      'x-default': 'Übergabe der Urkunde im Großen Sitzungssaal',
      de: 'Übergabe der Urkunde im Großen Sitzungssaal',
      en: 'Handing over the charter in the Great Council Chamber',
      'zh-CN': '在大会议厅移交证书',
      ko: '대회의실에서 증서를 전달하고 있다',
      ja: '大会議室で証書を手渡す様子',
    },
    rights: { 'x-default': '© 2025 Landeshauptstadt Stuttgart' },
  },
}

async function createPhoto(
  fixture: PhotoFixture,
  data: Record<string, unknown> = {},
  { draft = false, locale = 'de' }: { draft?: boolean; locale?: string } = {},
) {
  const file = await photoWithMetadata(fixture)
  return t.payload.create({
    collection: 'photos',
    data: {
      _status: draft ? 'draft' : 'published',
      alt: 'Der Oberbürgermeister übergibt die Urkunde',
      licence: 'pressOnly',
      ...data,
    } as never,
    depth: 0,
    draft,
    file: uploadFile(file, uniqueFileName('urkunde'), fixture.format),
    locale: locale as 'de',
  })
}

const allLocales = async (id: number | string) =>
  (await t.payload.findByID({
    collection: 'photos',
    depth: 0,
    id,
    locale: 'all',
  })) as unknown as Record<string, any>

/** The locales a localized value has text in. */
const filled = (value: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(value).filter(([, text]) => text !== null && text !== undefined),
  )

const mediaFiles = async () =>
  readdir(path.join(t.database.workDir, 'media')).catch(() => [] as string[])

describe('embedded metadata prefills an upload', () => {
  it('fills credit, copyright holder, every caption locale, date taken and a hidden location', async () => {
    const photo = await createPhoto(PRESS)
    expect(photo).toMatchObject({
      caption: 'Übergabe der Urkunde im Großen Sitzungssaal',
      copyrightHolder: 'Landeshauptstadt Stuttgart',
      credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß',
      dateTaken: '2025-07-14T08:30:00.000Z',
      location: { keepLocation: false },
    })
    expect(photo.location?.latitude).toBeCloseTo(STUTTGART.latitude, 4)
    expect(photo.location?.longitude).toBeCloseTo(STUTTGART.longitude, 4)
    const stored = await allLocales(photo.id)
    expect(stored.caption).toEqual({
      de: 'Übergabe der Urkunde im Großen Sitzungssaal',
      en: 'Handing over the charter in the Great Council Chamber',
      ja: '大会議室で証書を手渡す様子',
      ko: '대회의실에서 증서를 전달하고 있다',
      zh: '在大会议厅移交证书',
    })
    expect(stored.embeddedMetadata).toMatchObject({
      exif: { dateTimeOriginal: '2025:07:14 10:30:00', gpsLatitudeRef: 'N' },
      iptc: { byline: ['Jürgen Weiß'], credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß' },
      xmp: { credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß' },
    })
  })

  it('keeps what the request gives: explicit values win, other locales still get the file’s captions', async () => {
    const photo = await createPhoto(PRESS, {
      caption: 'Eigene Bildunterschrift',
      copyrightHolder: 'Stadt Sejong',
      credit: 'Stadt Sejong/Park Ji-hoon',
      dateTaken: '2024-05-21T04:25:00.000Z',
      location: { keepLocation: false, latitude: 36.48, longitude: 127.289 },
    })
    expect(photo).toMatchObject({
      caption: 'Eigene Bildunterschrift',
      copyrightHolder: 'Stadt Sejong',
      credit: 'Stadt Sejong/Park Ji-hoon',
      dateTaken: '2024-05-21T04:25:00.000Z',
      location: { keepLocation: false, latitude: 36.48, longitude: 127.289 },
    })
    expect((await allLocales(photo.id)).caption).toMatchObject({
      de: 'Eigene Bildunterschrift',
      ko: '대회의실에서 증서를 전달하고 있다',
    })
  })

  it('puts a caption into the locale its script tells, and the request locale otherwise', async () => {
    const korean = await createPhoto({
      iptc: { caption: '서명식을 마친 대표단', credit: '세종특별자치시' },
    })
    expect(filled((await allLocales(korean.id)).caption)).toEqual({ ko: '서명식을 마친 대표단' })
    const english = await createPhoto(
      { iptc: { caption: 'Delegation from Ogaki', credit: 'Stadt Ogaki/Haruka Mori' } },
      {},
      { locale: 'en' },
    )
    expect(filled((await allLocales(english.id)).caption)).toEqual({ en: 'Delegation from Ogaki' })
  })

  it('prefills a REST multipart upload, and the editor can change every prefilled value later', async () => {
    const file = await photoWithMetadata({ ...PRESS, format: 'webp', iptc: undefined })
    const form = photoForm(
      { alt: 'Die Urkunde', licence: 'pressOnly' },
      { data: file, name: uniqueFileName('rest', 'webp'), type: MIME_TYPES.webp },
    )
    const response = await t.rest('POST', '/api/photos?locale=de', { body: form, token: editor })
    const { doc, errors } = await response.json()
    expect([response.status, errors]).toEqual([201, undefined])
    expect(doc).toMatchObject({
      copyrightHolder: 'Landeshauptstadt Stuttgart',
      credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß',
      dateTaken: '2025-07-14T08:30:00.000Z',
      location: { keepLocation: false },
    })

    const changed = await t.rest('PATCH', `/api/photos/${doc.id}?locale=de&draft=true`, {
      body: {
        caption: 'Neue Bildunterschrift',
        copyrightHolder: 'Stadt Köln',
        credit: 'Stadt Köln/Lena Bergmann',
        dateTaken: '2025-01-01T12:00:00.000Z',
        location: { keepLocation: false, latitude: 50.9375, longitude: 6.9603 },
      },
      token: editor,
    })
    expect(changed.status).toBe(200)
    const draft = await (
      await t.rest('GET', `/api/photos/${doc.id}?locale=de&draft=true&depth=0`, { token: editor })
    ).json()
    expect(draft).toMatchObject({
      caption: 'Neue Bildunterschrift',
      copyrightHolder: 'Stadt Köln',
      credit: 'Stadt Köln/Lena Bergmann',
      dateTaken: '2025-01-01T12:00:00.000Z',
      location: { latitude: 50.9375, longitude: 6.9603 },
    })
    // What the file said stays on record, and a client cannot rewrite it.
    expect(draft.embeddedMetadata.xmp.credit).toBe('Landeshauptstadt Stuttgart/Jürgen Weiß')
    await t.rest('PATCH', `/api/photos/${doc.id}?locale=de&draft=true`, {
      body: { embeddedMetadata: { xmp: { credit: 'forged' } } },
      token: editor,
    })
    const after = await (
      await t.rest('GET', `/api/photos/${doc.id}?locale=de&draft=true&depth=0`, { token: editor })
    ).json()
    expect(after.embeddedMetadata.xmp.credit).toBe('Landeshauptstadt Stuttgart/Jürgen Weiß')
  })
})

describe('a replaced file', () => {
  it('brings its own location, hidden again, and fills only what is still empty', async () => {
    const photo = await createPhoto({ iptc: { credit: 'Stadt Ogaki/Haruka Mori' }, gps: STUTTGART })
    await t.payload.update({
      collection: 'photos',
      data: { location: { keepLocation: true } } as never,
      id: photo.id,
      locale: 'de',
    })
    const SEJONG = { latitude: 36.48, longitude: 127.289 }
    const replacement = await photoWithMetadata({
      gps: SEJONG,
      iptc: { caption: '세종시 정부청사', credit: 'Stadt Sejong/Park Ji-hoon' },
      xmp: { rights: { 'x-default': '© 2024 Stadt Sejong' } },
    })
    const updated = (await t.payload.update({
      collection: 'photos',
      data: {},
      depth: 0,
      draft: true,
      file: uploadFile(replacement, uniqueFileName('sejong')),
      id: photo.id,
      locale: 'de',
    })) as unknown as Record<string, any>
    expect(updated.credit).toBe('Stadt Ogaki/Haruka Mori')
    expect(updated.copyrightHolder).toBe('Stadt Sejong')
    expect(updated.location).toMatchObject({ keepLocation: false })
    expect(updated.location.latitude).toBeCloseTo(SEJONG.latitude, 4)
    expect(updated.embeddedMetadata.iptc.credit).toBe('Stadt Sejong/Park Ji-hoon')
  })
})

describe('an upload without any credit', () => {
  const bare: PhotoFixture = { iptc: { caption: 'Ohne Nachweis' } }

  it.each([
    ['published', false],
    ['draft', true],
  ])(
    'is refused over REST (%s) with a 400 naming the credit, and stores nothing',
    async (_, draft) => {
      const before = {
        files: await mediaFiles(),
        photos: (await t.payload.count({ collection: 'photos' })).totalDocs,
      }
      for (const [language, word] of [
        ['de', 'Bildnachweis'],
        ['en', 'Credit'],
        ['ko', '사진 출처'],
      ] as const) {
        const file = await photoWithMetadata(bare)
        const form = photoForm(
          { alt: 'Ohne Nachweis', licence: 'pressOnly' },
          { data: file, name: uniqueFileName('ohne'), type: 'image/jpeg' },
        )
        const response = await t.rest(
          'POST',
          `/api/photos?locale=de${draft ? '&draft=true' : ''}`,
          {
            body: form,
            headers: { 'Accept-Language': language },
            token: editor,
          },
        )
        expect(response.status).toBe(400)
        const json = await response.json()
        expect(json.errors[0].message).toContain(word)
        expect(json.errors[0].data).toMatchObject({ field: 'credit' })
      }
      expect((await t.payload.count({ collection: 'photos' })).totalDocs).toBe(before.photos)
      expect(await mediaFiles()).toEqual(before.files)
    },
  )

  it('is refused over the Local API too, also as a draft, and a credit cannot be emptied later', async () => {
    const before = await mediaFiles()
    await expect(createPhoto(bare, {}, { draft: true })).rejects.toMatchObject({ status: 400 })
    await expect(createPhoto(bare, { credit: '   ' })).rejects.toMatchObject({ status: 400 })
    expect(await mediaFiles()).toEqual(before)

    const photo = await createPhoto(bare, { credit: 'Stadt Ogaki/Haruka Mori' })
    const emptied = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de&draft=true`, {
      body: { credit: '' },
      token: editor,
    })
    expect(emptied.status).toBe(400)
    expect(
      (await t.payload.findByID({ collection: 'photos', id: photo.id, draft: true })).credit,
    ).toBe('Stadt Ogaki/Haruka Mori')
  })
})

describe('GPS is never public unless an editor keeps it', () => {
  let photo: { id: number | string }
  let release: { id: number | string }

  beforeAll(async () => {
    photo = await createPhoto(PRESS)
    release = await createRelease(t.payload)
    await t.payload.update({
      collection: 'news',
      data: { _status: 'published', gallery: [photo.id], heroPhoto: photo.id } as never,
      id: release.id,
      locale: 'de',
    })
  })

  /** Every public route a photo's location could take, as JSON text. */
  async function publicViews(): Promise<Record<string, string>> {
    const views: Record<string, unknown> = {}
    for (const depth of [0, 1, 2]) {
      views[`rest photo depth ${depth}`] = await (
        await t.rest('GET', `/api/photos/${photo.id}?locale=de&depth=${depth}`)
      ).json()
      views[`rest photo list depth ${depth}`] = await (
        await t.rest('GET', `/api/photos?locale=de&depth=${depth}&limit=100`)
      ).json()
      views[`findPublic photos depth ${depth}`] = await findPublic(t.payload, {
        collection: 'photos',
        depth,
        limit: 100,
        locale: 'de',
      })
      views[`findPublicByID photo depth ${depth}`] = await findPublicByID(t.payload, {
        collection: 'photos',
        depth,
        id: photo.id,
        locale: 'ko',
      })
    }
    for (const depth of [1, 2]) {
      views[`rest news depth ${depth}`] = await (
        await t.rest('GET', `/api/news/${release.id}?locale=de&depth=${depth}`)
      ).json()
      views[`rest news list depth ${depth}`] = await (
        await t.rest('GET', `/api/news?locale=de&depth=${depth}&limit=100`)
      ).json()
      views[`findPublic news depth ${depth}`] = await findPublic(t.payload, {
        collection: 'news',
        depth,
        limit: 100,
        locale: 'de',
      })
    }
    views.graphql = await t.graphql(
      `{ Photo(id: ${JSON.stringify(photo.id)}, locale: de) { credit location { latitude longitude keepLocation } }
         Photos(locale: de, limit: 100) { docs { id location { latitude longitude } } }
         NewsItem(id: ${JSON.stringify(release.id)}, locale: de) {
           heroPhoto { credit location { latitude longitude } }
           gallery { location { latitude longitude } } } }`,
    )
    return Object.fromEntries(
      Object.entries(views).map(([route, body]) => [route, JSON.stringify(body)]),
    )
  }

  const latitudeText = String(STUTTGART.latitude).slice(0, 5) // "48.77"

  it('hides the location at every public route and depth, and shows it to staff', async () => {
    const views = await publicViews()
    for (const [route, body] of Object.entries(views)) {
      // The route did serve the photo…
      expect([route, body.includes('Landeshauptstadt Stuttgart')]).toEqual([route, true])
      // …but not where it was taken.
      expect([route, body.includes(latitudeText)]).toEqual([route, false])
      expect([route, /"(latitude|longitude)":-?\d/.test(body)]).toEqual([route, false])
    }
    const staff = await (
      await t.rest('GET', `/api/photos/${photo.id}?locale=de&depth=0`, { token: editor })
    ).json()
    expect(staff.location.latitude).toBeCloseTo(STUTTGART.latitude, 4)
    expect(staff.embeddedMetadata).toBeDefined()
    const anonymous = await (await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).json()
    expect(anonymous.embeddedMetadata).toBeUndefined()
  })

  it('does not let the public filter or sort by the hidden location', async () => {
    const filtered = await t.rest(
      'GET',
      `/api/photos?locale=de&depth=0&where[location.latitude][greater_than]=48`,
    )
    expect(filtered.status).toBe(400)
    for (const sort of ['location.latitude', '-location.longitude', 'location.keepLocation']) {
      const sorted = await t.rest('GET', `/api/photos?locale=de&depth=0&sort=${sort}`)
      expect([sort, sorted.status]).toEqual([sort, 400])
    }
    // nor by the staff-only record of what the file said (the GPS is in there too)
    for (const path of [
      'embeddedMetadata.gps.latitude',
      'embeddedMetadata.exif.gpsLatitude',
      'embeddedMetadata',
    ]) {
      const probe = await t.rest(
        'GET',
        `/api/photos?locale=de&depth=0&where[${path}][greater_than]=0`,
      )
      expect([path, probe.status]).toEqual([path, 400])
      const sorted = await t.rest('GET', `/api/photos?locale=de&depth=0&sort=${path}`)
      expect([path, sorted.status]).toEqual([path, 400])
    }
  })

  it('serves the public no file that carries the GPS position', async () => {
    const { filename } = await t.payload.findByID({ collection: 'photos', depth: 0, id: photo.id })
    let response = await t.rest('GET', `/api/photos/file/${filename}`)
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 3; hops++) {
      response = await t.rest('GET', response.headers.get('location')!)
    }
    expect(response.status).toBe(200)
    const served = readEmbeddedMetadata(Buffer.from(await response.arrayBuffer()))
    expect(served?.exif.gpsLatitude).toBeUndefined()
    expect(served?.xmp.gpsLatitude).toBeUndefined()
    // Staff get the original, as uploaded.
    const original = await t.rest('GET', `/api/photos/file/${filename}`, { token: editor })
    const metadata = readEmbeddedMetadata(Buffer.from(await original.arrayBuffer()))
    expect(metadata?.exif.gpsLatitude).toBeCloseTo(STUTTGART.latitude, 4)
  })

  it('shows the location everywhere once an editor keeps it', async () => {
    const kept = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { localeStatus: 'published', location: { keepLocation: true } },
      token: editor,
    })
    expect(kept.status).toBe(200)
    const views = await publicViews()
    for (const [route, body] of Object.entries(views)) {
      expect([route, body.includes(latitudeText)]).toEqual([route, true])
    }
  })
})

describe('the demo content', () => {
  // The full seed takes minutes with renditions (over 3 on PostgreSQL): this uploads a demo image
  // exactly as the seed does (src/seed/seed.ts: no credit, no copyright holder, no date).
  it('draws photos whose credit, copyright holder, captions and date come from the file', async () => {
    const demo = photos.find(({ key }) => key === 'sejong-erklaerung-unterzeichnung')!
    const data = await renderDemoImage(demo)
    const created = await t.payload.create({
      collection: 'photos',
      data: {
        _status: 'published',
        alt: demo.alt.de,
        caption: demo.caption.de,
        licence: demo.licence,
      } as never,
      depth: 0,
      file: uploadFile(data, uniqueFileName(demo.key)),
      locale: 'de',
    })
    const photo = await allLocales(created.id)
    expect(photo).toMatchObject({
      copyrightHolder: demo.copyrightHolder,
      credit: demo.credit,
      dateTaken: '2025-07-14T08:30:00.000Z',
    })
    expect(photo.caption).toEqual(demo.caption)
    expect(photo.embeddedMetadata).toMatchObject({
      iptc: { byline: ['Jonas Reuter'], credit: demo.credit },
      xmp: { creator: ['Jonas Reuter'], credit: demo.credit },
    })
    expect(photo.embeddedMetadata.xmp.description).toContainEqual({
      lang: 'ko',
      text: demo.caption.ko,
    })
    // The seed passes no credit: it is read from the file it drew.
    const seedSource = await readFile(path.resolve('src/seed/seed.ts'), 'utf8')
    expect(seedSource).not.toMatch(/credit: photo\.credit/)
  })
})
