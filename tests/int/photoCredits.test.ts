import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { createUser, publishDocument, RELEASE, type ReleaseLocale } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto, richTextWithPhoto } from '../helpers/photos.js'

type Id = number | string
type Locale = 'de' | 'en' | 'ja' | 'ko' | 'zh'
const LOCALES: Locale[] = ['de', 'en', 'zh', 'ko', 'ja']

let t: TestPayload

const HOLDER = 'Landeshauptstadt Stuttgart'
/** Credit and copyright holder differ: the holder is added, in each language's form. */
const OWNED = 'Erika Mustermann'
/** The credit names the holder already: the line is the credit alone. */
const AGENCY = 'Landeshauptstadt Stuttgart/Max Muster'
const LINES: Record<string, Record<Locale, string>> = {
  [OWNED]: {
    de: 'Foto: Erika Mustermann (© Landeshauptstadt Stuttgart)',
    en: 'Photo: Erika Mustermann (© Landeshauptstadt Stuttgart)',
    zh: '摄影：Erika Mustermann（© Landeshauptstadt Stuttgart）',
    ko: '사진: Erika Mustermann (© Landeshauptstadt Stuttgart)',
    ja: '写真：Erika Mustermann（© Landeshauptstadt Stuttgart）',
  },
  [AGENCY]: {
    de: 'Foto: Landeshauptstadt Stuttgart/Max Muster',
    en: 'Photo: Landeshauptstadt Stuttgart/Max Muster',
    zh: '摄影：Landeshauptstadt Stuttgart/Max Muster',
    ko: '사진: Landeshauptstadt Stuttgart/Max Muster',
    ja: '写真：Landeshauptstadt Stuttgart/Max Muster',
  },
}
const ALT: Record<Locale, string> = {
  de: 'Der Marktplatz vor dem Rathaus',
  en: 'The market square in front of City Hall',
  zh: '市政厅前的集市广场',
  ko: '시청 앞 마켓 광장',
  ja: '市庁舎前のマルクト広場',
}

async function createPhoto(credit: string, locales: Locale[] = LOCALES): Promise<Id> {
  const photo = await createPublishedPhoto(
    t.payload,
    { alt: ALT.de, copyrightHolder: HOLDER, credit },
    { name: 'markt' },
  )
  for (const locale of locales.filter((code) => code !== 'de'))
    await t.payload.update({
      collection: 'photos',
      data: { _status: 'published', alt: ALT[locale] } as never,
      id: photo.id,
      locale,
    })
  return photo.id
}

const publishEverywhere = (
  collection: 'events' | 'news' | 'partner-cities',
  common: Record<string, unknown>,
  localized: (locale: ReleaseLocale) => Record<string, unknown>,
  locales?: ReleaseLocale[],
) => publishDocument(t.payload, collection, common, localized, locales)

/** The upload nodes of a populated rich text, in order. */
const uploadNodes = (state: unknown): Array<{ value: Record<string, unknown> }> =>
  (state as { root: { children: Array<{ type: string }> } }).root.children.filter(
    (node) => node.type === 'upload',
  ) as unknown as Array<{ value: Record<string, unknown> }>

let owned: Id
let agency: Id
let germanOnly: Id
let city: Id
let news: Id
let event: Id

beforeAll(async () => {
  t = await startTestPayload()
  owned = await createPhoto(OWNED)
  agency = await createPhoto(AGENCY)
  germanOnly = await createPhoto(OWNED, ['de'])
  city = await publishEverywhere(
    'partner-cities',
    { country: 'KR', coverPhoto: owned, relationship: 'twinCity', timeZone: 'Asia/Seoul' },
    (locale) => ({
      name: `Sejong ${locale}`,
      profile: richTextWithPhoto(agency, `Profil ${locale}`),
    }),
  )
  news = await publishEverywhere(
    'news',
    {
      gallery: [agency, owned],
      heroPhoto: owned,
      partnerCities: [city],
      publishedAt: '2026-03-10T09:00:00.000Z',
    },
    (locale) => ({ ...RELEASE[locale], body: richTextWithPhoto(agency, RELEASE[locale].lead) }),
  )
  event = await publishEverywhere(
    'events',
    { kind: 'signing', photo: agency, startsAt: '2026-05-01T01:00:00Z', timeZone: 'Asia/Seoul' },
    (locale) => ({
      description: richTextWithPhoto(owned, `Beschreibung ${locale}`),
      title: `Unterzeichnung ${locale}`,
    }),
  )
})
afterAll(async () => t?.close())

const rest = async (url: string, token?: string) => {
  const response = await t.rest('GET', url, { token })
  expect(response.status).toBe(200)
  return { json: await response.json(), via: response.headers.get('x-twinning-cache') }
}

describe('photo credit lines', () => {
  it('gives the photo itself its credit line in each locale (REST, GraphQL, findPublic)', async () => {
    for (const locale of LOCALES) {
      for (const [id, credit] of [
        [owned, OWNED],
        [agency, AGENCY],
      ] as const) {
        const expected = LINES[credit]![locale]
        const { json } = await rest(`/api/photos/${id}?locale=${locale}&depth=0`)
        expect(json).toMatchObject({ _locale: { served: locale }, creditLine: expected })
        const graphql = await t.graphql(
          `{ Photo(id: ${JSON.stringify(id)}, locale: ${locale}) { creditLine credit } }`,
        )
        expect(graphql.errors).toBeUndefined()
        expect(graphql.data?.Photo).toEqual({ credit, creditLine: expected })
        const found = await findPublicByID(t.payload, { collection: 'photos', id, locale })
        expect(found?.creditLine).toBe(expected)
      }
    }
  })

  it('speaks the language read, also where the photo is served from a fallback', async () => {
    for (const locale of LOCALES) {
      const { json } = await rest(`/api/photos/${germanOnly}?locale=${locale}&depth=0`)
      expect(json).toMatchObject({
        _locale: { requested: locale, served: 'de' },
        alt: ALT.de,
        creditLine: LINES[OWNED]![locale],
      })
    }
  })

  it('follows every populated relation at depth 1: uploads, galleries, rich-text upload nodes', async () => {
    for (const locale of LOCALES) {
      const [o, a] = [LINES[OWNED]![locale], LINES[AGENCY]![locale]]
      const { json: release } = await rest(`/api/news/${news}?locale=${locale}&depth=1`)
      expect(release.heroPhoto.creditLine).toBe(o)
      expect(release.gallery.map((photo: { creditLine: string }) => photo.creditLine)).toEqual([
        a,
        o,
      ])
      expect(uploadNodes(release.body).map((node) => node.value.creditLine)).toEqual([a])

      const { json: cityJson } = await rest(`/api/partner-cities/${city}?locale=${locale}&depth=1`)
      expect(cityJson.coverPhoto.creditLine).toBe(o)
      expect(uploadNodes(cityJson.profile).map((node) => node.value.creditLine)).toEqual([a])

      const { json: eventJson } = await rest(`/api/events/${event}?locale=${locale}&depth=1`)
      expect(eventJson.photo.creditLine).toBe(a)
      expect(uploadNodes(eventJson.description).map((node) => node.value.creditLine)).toEqual([o])

      const viaFindPublic = await findPublic(t.payload, {
        collection: 'news',
        depth: 1,
        locale,
        where: { id: { equals: news } },
      })
      const doc = viaFindPublic.docs[0] as Record<string, any>
      expect(doc.heroPhoto.creditLine).toBe(o)
      expect(doc.gallery.map((photo: { creditLine: string }) => photo.creditLine)).toEqual([a, o])
      expect(uploadNodes(doc.body).map((node) => node.value.creditLine)).toEqual([a])
    }
  })

  it('follows relations at depth 2: a release’s partner city, its cover photo and profile', async () => {
    // A release embeds a summary of its partner cities; a client asks for their photos by `populate`.
    const populate =
      'populate[partner-cities][coverPhoto]=true&populate[partner-cities][profile]=true'
    for (const locale of LOCALES) {
      const [o, a] = [LINES[OWNED]![locale], LINES[AGENCY]![locale]]
      const { json } = await rest(`/api/news/${news}?locale=${locale}&depth=2&${populate}`)
      const [partner] = json.partnerCities
      expect(partner.coverPhoto.creditLine).toBe(o)
      expect(uploadNodes(partner.profile).map((node) => node.value.creditLine)).toEqual([a])
      expect(json.heroPhoto.creditLine).toBe(o)
      expect(uploadNodes(json.body).map((node) => node.value.creditLine)).toEqual([a])

      const viaFindPublic = await findPublic(t.payload, {
        collection: 'news',
        depth: 2,
        locale,
        where: { id: { equals: news } },
      })
      const doc = viaFindPublic.docs[0] as Record<string, any>
      expect(doc.gallery.map((photo: { creditLine: string }) => photo.creditLine)).toEqual([a, o])
      expect(uploadNodes(doc.body).map((node) => node.value.creditLine)).toEqual([a])
    }
  })

  it('answers GraphQL relations in the language read', async () => {
    for (const locale of LOCALES) {
      const graphql = await t.graphql(
        `{ NewsItem(id: ${JSON.stringify(news)}, locale: ${locale}) {
             heroPhoto { creditLine } gallery { creditLine }
             partnerCities { coverPhoto { creditLine } } } }`,
      )
      expect(graphql.errors).toBeUndefined()
      expect(graphql.data?.NewsItem).toEqual({
        gallery: [{ creditLine: LINES[AGENCY]![locale] }, { creditLine: LINES[OWNED]![locale] }],
        heroPhoto: { creditLine: LINES[OWNED]![locale] },
        partnerCities: [{ coverPhoto: { creditLine: LINES[OWNED]![locale] } }],
      })
    }
  })

  it('gives locale=all a map of every locale’s line', async () => {
    const { json: photo } = await rest(`/api/photos/${owned}?locale=all&depth=0`)
    expect(photo.creditLine).toEqual(LINES[OWNED])
    const { json: release } = await rest(`/api/news/${news}?locale=all&depth=1`)
    expect(release.heroPhoto.creditLine).toEqual(LINES[OWNED])
    expect(release.gallery[0].creditLine).toEqual(LINES[AGENCY])
    // A photo public only in German still gets every line: it is shown in every locale.
    const { json: fallback } = await rest(`/api/photos/${germanOnly}?locale=all&depth=0`)
    expect(Object.keys(fallback.alt)).toEqual(['de'])
    expect(fallback.creditLine).toEqual(LINES[OWNED])
    const viaFindPublic = await findPublicByID(t.payload, {
      collection: 'news',
      depth: 1,
      id: news,
      locale: 'all',
    })
    expect((viaFindPublic as Record<string, any>).heroPhoto.creditLine).toEqual(LINES[OWNED])
  })

  it('reads what it is computed from when a client selects only the line', async () => {
    const { json } = await rest(`/api/photos/${owned}?locale=ko&depth=0&select[creditLine]=true`)
    expect(json.creditLine).toBe(LINES[OWNED]!.ko)
    const { json: release } = await rest(
      `/api/news/${news}?locale=ja&depth=1&select[heroPhoto]=true&populate[photos][creditLine]=true`,
    )
    expect(release.heroPhoto.creditLine).toBe(LINES[OWNED]!.ja)
  })

  it('shows staff the line of the locale they edit, drafts included', async () => {
    const draft = await t.payload.findByID({
      collection: 'photos',
      draft: true,
      id: owned,
      locale: 'zh',
    })
    expect(draft.creditLine).toBe(LINES[OWNED]!.zh)
  })

  it('is no text to translate: not in the translation status, XLIFF or the stored row', async () => {
    const user = await createUser(t.payload, ['editor'])
    const token = await t.login(user.email, user.password)
    const status = await (
      await t.rest('GET', `/api/twinning/translation-status?collection=photos&id=${owned}`, {
        token,
      })
    ).json()
    expect(status.fields.map((field: { path: string }) => field.path)).not.toContain('creditLine')
    const xml = await (
      await t.rest('GET', `/api/twinning/xliff/export?collection=photos&ids=${owned}&targets=zh`, {
        token,
      })
    ).text()
    expect(xml).toContain(`photos:${owned}:alt`)
    expect(xml).not.toContain('creditLine')
    const { docs } = await t.payload.db.find({
      collection: 'photos',
      limit: 1,
      where: { id: { equals: owned } },
    })
    expect(docs[0]).not.toHaveProperty('creditLine')
    // The admin sends the whole form, the line included: it is ignored, not stored.
    const saved = await t.rest('PATCH', `/api/photos/${owned}?locale=de&draft=true`, {
      body: { caption: 'Neue Bildunterschrift', creditLine: 'Foto: gefälscht' },
      token,
    })
    expect(saved.status).toBe(200)
    expect((await saved.json()).doc.creditLine).toBe(LINES[OWNED]!.de)
  })

  it('is carried by cached answers and changes with the credit', async () => {
    const url = `/api/news/${news}?locale=ko&depth=1`
    const first = await rest(url)
    const second = await rest(url)
    expect(second.via).toBe('HIT')
    expect(second.json.heroPhoto.creditLine).toBe(LINES[OWNED]!.ko)
    expect(second.json).toEqual(first.json)

    const photo = await createPhoto(OWNED)
    const release = await publishEverywhere(
      'news',
      { heroPhoto: photo, publishedAt: '2026-03-11T09:00:00.000Z' },
      (locale) => ({ ...RELEASE[locale] }),
    )
    const cached = `/api/news/${release}?locale=ja&depth=1`
    await rest(cached)
    expect((await rest(cached)).via).toBe('HIT')
    // A newly published credit (shared by every locale) drops the cached release that shows it.
    await t.payload.update({
      collection: 'photos',
      data: {
        _status: 'published',
        copyrightHolder: null,
        credit: 'Stadtarchiv Stuttgart',
      } as never,
      id: photo,
      locale: 'de',
    })
    const after = await rest(cached)
    expect(after.via).not.toBe('HIT')
    expect(after.json.heroPhoto.creditLine).toBe('写真：Stadtarchiv Stuttgart')
    expect((await rest(cached)).json.heroPhoto.creditLine).toBe('写真：Stadtarchiv Stuttgart')
  })
})
