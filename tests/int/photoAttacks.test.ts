import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExifReader from 'exifreader'

import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { announceDueRights } from '../../src/photos/rights/expiryTask.js'
import { lexicalFromParagraphs } from '../../src/seed/richText.js'
import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { photoWithMetadata, uploadFile } from '../helpers/photoFixtures.js'

/**
 * The public read paths of photos, attacked from outside (no token, or a logged-in user without a
 * newsroom role): an expired photo, GPS and embedded metadata, draft-only and withdrawn photos,
 * the announcement flag, and writes racing the expiry job. Marker strings in every text of a
 * photo make a leak easy to spot in a whole response body.
 */

type Id = number | string
type Data = Record<string, any>

let t: TestPayload
let editor: string
let roleless: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  const nobody = await createUser(t.payload, [])
  roleless = await t.login(nobody.email, nobody.password)
}, 60_000)
afterAll(async () => t?.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const random = () => Math.random().toString(36).slice(2, 8)
const GPS = { latitude: 48.7758, longitude: 9.1829 }

/** A published photo with marker texts (and GPS in the file), through the Local API as staff would. */
async function createPhoto(
  marker: string,
  {
    keepLocation,
    rightsExpireAt = null,
    status = 'published',
  }: {
    keepLocation?: boolean
    rightsExpireAt?: string | null
    status?: 'draft' | 'published'
  } = {},
) {
  const data = await photoWithMetadata({ gps: GPS, width: 64, height: 48 })
  return (await t.payload.create({
    collection: 'photos',
    data: {
      _status: status,
      alt: `${marker}-ALT`,
      caption: `${marker}-CAPTION`,
      credit: `${marker}-CREDIT`,
      licence: 'pressOnly',
      rightsExpireAt,
      ...(keepLocation ? { location: { ...GPS, keepLocation: true } } : {}),
    } as never,
    draft: status === 'draft',
    file: uploadFile(data, `${marker.toLowerCase()}-${random()}.jpg`),
    locale: 'de',
  })) as Data
}

const richTextWith = (photo: Id, text: string) => {
  const state = lexicalFromParagraphs([text])
  const upload = {
    type: 'upload',
    fields: null,
    format: '',
    id: `upload-${String(photo)}`,
    relationTo: 'photos',
    value: photo,
    version: 3,
  }
  return { root: { ...state.root, children: [...state.root.children, upload] } }
}

/** A news item, a partner city and an event, each showing `photo` in every way it can. */
async function usesOf(photo: Id) {
  const news = (await t.payload.create({
    collection: 'news',
    data: {
      ...RELEASE.de,
      _status: 'published',
      body: richTextWith(photo, RELEASE.de.lead),
      gallery: [photo],
      heroPhoto: photo,
      publishedAt: '2026-03-10T09:00:00.000Z',
    } as never,
    depth: 0,
    locale: 'de',
  })) as Data
  const city = (await t.payload.create({
    collection: 'partner-cities',
    data: {
      _status: 'published',
      country: 'KR',
      coverPhoto: photo,
      name: `Sejong ${random()}`,
      profile: richTextWith(photo, 'Profil'),
      relationship: 'twinCity',
      timeZone: 'Asia/Seoul',
    } as never,
    depth: 0,
    locale: 'de',
  })) as Data
  const event = (await t.payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      kind: 'signing',
      photo,
      startsAt: '2026-05-01T01:00:00Z',
      timeZone: 'Asia/Seoul',
      title: 'Unterzeichnung',
    } as never,
    depth: 0,
    locale: 'de',
  })) as Data
  return { city, event, news }
}

/** Path and query of a URL the API handed out (`renditions.*.url`). */
const local = (url: string) => {
  const parsed = new URL(url, 'http://localhost:3000')
  return parsed.pathname + parsed.search
}

const storedPhoto = async (id: Id) =>
  (await t.payload.db.findOne({ collection: 'photos', where: { id: { equals: id } } })) as Data

async function logOf(id: Id) {
  const response = await t.rest('GET', '/api/twinning/changes?limit=1000', { token: editor })
  expect(response.status).toBe(200)
  const { changes } = (await response.json()) as { changes: Data[] }
  return changes.filter((entry) => entry.collection === 'photos' && entry.id === String(id))
}

/** Per locale, what the log says last (replaying it tells whether the photo is public there). */
async function loggedState(id: Id): Promise<Record<string, string>> {
  const state: Record<string, string> = {}
  for (const entry of await logOf(id)) state[entry.locale] = entry.change
  return state
}

const GET = async (url: string, token?: string) => {
  const response = await t.rest('GET', url, { token })
  return { response, status: response.status, text: await response.text() }
}

const renditionURLs = (photo: Data): string[] =>
  Object.values(photo.renditions as Record<string, Record<string, Data>>).flatMap((formats) =>
    Object.values(formats).map((entry) => local(entry.url as string)),
  )

describe('an expired photo, attacked on every public read path', () => {
  const MARK = 'EXPIRED-PHOTO-MARK'
  let photo: Data
  let uses: { city: Data; event: Data; news: Data }
  let renditions: string[]
  let fileURL: string
  const etags = new Map<string, string>()
  /** Public answers cached while the rights held; none may be served afterwards. */
  const warmed = () => [
    `/api/photos?locale=de`,
    `/api/photos?locale=all&limit=100`,
    `/api/photos/${photo.id}?locale=de`,
    `/api/photos/count`,
    `/api/news/${uses.news.id}?locale=de&depth=1`,
    `/api/news/${uses.news.id}?locale=de&depth=2`,
    `/api/news?locale=de&depth=1&limit=100`,
    `/api/partner-cities/${uses.city.id}?locale=de&depth=1`,
    `/api/events?locale=de&depth=1&limit=100`,
  ]

  it('is served everywhere (and cached) while its rights hold: the attack has something to find', async () => {
    photo = await createPhoto(MARK, { rightsExpireAt: inSeconds(12) })
    uses = await usesOf(photo.id)
    fileURL = `/api/photos/file/${encodeURIComponent(photo.filename)}`
    const publicDoc = (await (
      await t.rest('GET', `/api/photos/${photo.id}?locale=de`)
    ).json()) as Data
    renditions = renditionURLs(publicDoc)
    expect(renditions.length).toBeGreaterThanOrEqual(12)
    for (const url of warmed()) {
      const first = await GET(url)
      expect(first.status).toBe(200)
      if (!url.includes('/count')) expect(first.text).toContain(MARK)
      const again = await t.rest('GET', url)
      expect(again.headers.get('x-twinning-cache')).toBe('HIT')
      etags.set(url, again.headers.get('etag')!)
    }
    for (const url of renditions.slice(0, 3)) {
      const served = await t.rest('GET', url)
      expect(served.status).toBe(200)
      etags.set(url, served.headers.get('etag')!)
    }
    expect([200, 302]).toContain((await t.rest('GET', fileURL)).status)
  }, 60_000)

  it('reads concurrently across the moment of expiry leave no cached answer showing it', async () => {
    const at = new Date(photo.rightsExpireAt).getTime()
    // Keep re-rendering the cached answers (each write invalidates nothing: only reads) from just
    // before the expiry to just after it.
    await sleep(Math.max(0, at - Date.now() - 300))
    const until = at + 300
    const rounds: Promise<unknown>[] = []
    while (Date.now() < until) {
      rounds.push(Promise.all(warmed().map((url) => t.rest('GET', url).then((r) => r.text()))))
      await sleep(20)
    }
    await Promise.all(rounds)
    await sleep(Math.max(0, at - Date.now()) + 100)
    expect((await storedPhoto(photo.id)).rightsExpired).toBe(false) // the job has not run
    for (const url of warmed()) {
      const { status, text } = await GET(url)
      expect([200, 404]).toContain(status)
      expect(text).not.toContain(MARK)
      expect(text).not.toContain(photo.filename)
    }
  }, 30_000)

  it('answers no old ETag with 304, and HEAD like GET', async () => {
    for (const url of warmed()) {
      const response = await t.rest('GET', url, { headers: { 'If-None-Match': etags.get(url)! } })
      expect(response.status).not.toBe(304)
      expect(await response.text()).not.toContain(MARK)
      const head = await t.rest('HEAD', url, { headers: { 'If-None-Match': etags.get(url)! } })
      expect(head.status).not.toBe(304)
    }
    expect((await t.rest('HEAD', `/api/photos/${photo.id}?locale=de`)).status).toBe(404)
  })

  it.each([
    ['list', () => `/api/photos?locale=de&limit=100`],
    ['list, locale=all', () => `/api/photos?locale=all&limit=100`],
    ['list, limit=0', () => `/api/photos?locale=de&limit=0`],
    ['list, pagination=false', () => `/api/photos?locale=de&pagination=false`],
    ['list by id', () => `/api/photos?where[id][equals]=${photo.id}`],
    ['list by id in', () => `/api/photos?where[id][in]=${photo.id}`],
    [
      'list by id in, with another id',
      () => `/api/photos?where[id][in][0]=${photo.id}&where[id][in][1]=0`,
    ],
    [
      'or on id',
      () => `/api/photos?where[or][0][id][equals]=${photo.id}&where[or][1][alt][exists]=true`,
    ],
    ['the flag forged false', () => `/api/photos?where[rightsExpired][equals]=false`],
    ['the flag not true', () => `/api/photos?where[rightsExpired][not_equals]=true`],
    [
      'expiry in the past',
      () => `/api/photos?where[rightsExpireAt][less_than_equal]=${new Date().toISOString()}`,
    ],
    ['expiry exists', () => `/api/photos?where[rightsExpireAt][exists]=true`],
    [
      'by file name',
      () => `/api/photos?where[filename][equals]=${encodeURIComponent(photo.filename)}`,
    ],
    ['alt like', () => `/api/photos?locale=de&where[alt][like]=${MARK}`],
    ['sorted by expiry', () => `/api/photos?sort=rightsExpireAt&limit=100`],
    ['select leaving out the expiry', () => `/api/photos?select[alt]=true&select[filename]=true`],
    ['select excluding the expiry', () => `/api/photos?select[rightsExpireAt]=false`],
    ['count', () => `/api/photos/count?where[id][equals]=${photo.id}`],
    ['by id', () => `/api/photos/${photo.id}`],
    ['by id, locale=all', () => `/api/photos/${photo.id}?locale=all`],
    ['by id, excluding the expiry', () => `/api/photos/${photo.id}?select[rightsExpireAt]=false`],
    [
      'by id, selecting only the file',
      () => `/api/photos/${photo.id}?select[filename]=true&select[url]=true`,
    ],
    ['by id, draft=true', () => `/api/photos/${photo.id}?draft=true`],
    ['by id, ko chain', () => `/api/photos/${photo.id}?locale=ko&fallback-locale=de`],
    ['news depth 1', () => `/api/news/${uses.news.id}?locale=de&depth=1`],
    ['news depth 2, locale=all', () => `/api/news/${uses.news.id}?locale=all&depth=2`],
    [
      'news, populate excluding the expiry',
      () => `/api/news/${uses.news.id}?depth=1&populate[photos][rightsExpireAt]=false`,
    ],
    [
      'news, populate only the file',
      () =>
        `/api/news/${uses.news.id}?depth=1&populate[photos][filename]=true&populate[photos][url]=true`,
    ],
    [
      'news, select the hero only',
      () => `/api/news/${uses.news.id}?depth=1&select[heroPhoto]=true`,
    ],
    ['news list depth 2', () => `/api/news?locale=de&depth=2&limit=100`],
    ['news filtered by hero id', () => `/api/news?depth=1&where[heroPhoto][equals]=${photo.id}`],
    ['partner city depth 2', () => `/api/partner-cities/${uses.city.id}?locale=de&depth=2`],
    ['partner cities, locale=all', () => `/api/partner-cities?locale=all&depth=1&limit=100`],
    ['event depth 1', () => `/api/events/${uses.event.id}?locale=de&depth=1`],
    ['events depth 2', () => `/api/events?locale=de&depth=2&limit=100`],
  ])('REST: %s shows nothing of it', async (_name, url) => {
    for (const token of [undefined, roleless]) {
      const { status, text } = await GET(url(), token)
      expect([200, 404]).toContain(status)
      expect(text).not.toContain(MARK)
      expect(text).not.toContain(photo.filename)
    }
  })

  it('refuses the hidden-field probes a filter could make (4xx, no 500)', async () => {
    for (const url of [
      `/api/photos?where[heroPhoto.alt][like]=${MARK}`,
      `/api/news?where[heroPhoto.alt][like]=${MARK}`,
      `/api/news?where[heroPhoto.rightsExpireAt][exists]=true`,
      `/api/news?sort=heroPhoto.alt`,
      `/api/events?where[photo.credit][like]=${MARK}`,
    ]) {
      const { status, text } = await GET(url)
      expect(status === 200 || (status >= 400 && status < 500)).toBe(true)
      expect(text).not.toContain(MARK)
    }
  })

  it('GraphQL: lists, by id, relations and filters show nothing of it', async () => {
    const id = JSON.stringify(photo.id)
    const queries = [
      `{ Photos(limit: 100) { docs { id alt url filename } } }`,
      `{ Photos(where: { id: { equals: ${id} } }) { docs { id alt url } totalDocs } }`,
      `{ Photos(where: { rightsExpired: { equals: false } }) { docs { id alt url } } }`,
      `{ Photos(draft: true, where: { id: { in: [${id}] } }) { docs { id alt url } } }`,
      `{ countPhotos(where: { id: { equals: ${id} } }) { totalDocs } }`,
      `{ Photo(id: ${id}) { id alt url caption } }`,
      `{ Photo(id: ${id}, draft: true) { id alt url } }`,
      `{ NewsItem(id: ${JSON.stringify(uses.news.id)}) { heroPhoto { id alt url filename caption credit renditions } gallery { id alt url } } }`,
      `{ Newses(limit: 100) { docs { heroPhoto { id alt url renditions } } } }`,
      `{ Events(limit: 100) { docs { photo { id alt url credit } } } }`,
      `{ PartnerCities(limit: 100) { docs { coverPhoto { id alt url } } } }`,
    ]
    for (const query of queries) {
      for (const token of [undefined, roleless]) {
        const text = JSON.stringify(await t.graphql(query, token))
        expect(text).not.toContain(MARK)
        expect(text).not.toContain(photo.filename)
      }
    }
    const counted = await t.graphql(
      `{ countPhotos(where: { id: { equals: ${id} } }) { totalDocs } }`,
    )
    expect(counted.data?.countPhotos?.totalDocs ?? 0).toBe(0)
  })

  it('findPublic and findPublicByID: filters, sorts, locale=all and depth', async () => {
    expect(
      await findPublicByID(t.payload, { collection: 'photos', id: photo.id, locale: 'all' }),
    ).toBeNull()
    const listed = await findPublic(t.payload, {
      collection: 'photos',
      locale: 'de',
      sort: '-rightsExpireAt',
      where: { or: [{ id: { equals: photo.id } }, { rightsExpired: { equals: false } }] },
    })
    expect(listed.docs.map((doc) => doc.id)).not.toContain(photo.id)
    const news = await findPublicByID(t.payload, {
      collection: 'news',
      depth: 2,
      id: uses.news.id,
      locale: 'all',
    })
    expect(JSON.stringify(news)).not.toContain(MARK)
  })

  it('answers 410 for the original and every rendition, however the name is written', async () => {
    const variants = [
      fileURL,
      `/api/photos/file/${photo.filename}`,
      `${fileURL}?rendition=`,
      ...renditions,
      // Percent-encoding the rendition name too.
      ...renditions.map((url) => url.replace('?rendition=', '?rendition=%20').replace('%20', '')),
      ...renditions.map((url) => `${url}&rendition=x.jpg`),
    ]
    for (const url of variants) {
      for (const token of [undefined, roleless]) {
        const response = await t.rest('GET', url, { token })
        if (![400, 403, 404, 410].includes(response.status))
          throw new Error(`${url} (${token ? 'roleless' : 'anonymous'}): ${response.status}`)
        const bytes = Buffer.from(await response.arrayBuffer())
        // No image bytes (a JPEG/PNG/WebP/AVIF signature) in a refusal.
        expect(bytes.subarray(0, 2).equals(Buffer.from([0xff, 0xd8]))).toBe(false)
        expect(bytes.includes(Buffer.from('ftypavif'))).toBe(false)
        expect(bytes.includes(Buffer.from('WEBP'))).toBe(false)
      }
    }
    for (const url of renditions.slice(0, 3)) {
      const conditional = await t.rest('GET', url, {
        headers: { 'If-None-Match': etags.get(url)! },
      })
      expect(conditional.status).toBe(410)
      expect((await t.rest('HEAD', url)).status).toBe(410)
      expect((await t.rest('GET', url, { headers: { Range: 'bytes=0-10' } })).status).toBe(410)
    }
    expect((await t.rest('GET', fileURL, { headers: { Range: 'bytes=0-10' } })).status).toBe(410)
    // Path tricks never reach the files either.
    for (const url of [
      `/api/photos/file/..%2F${photo.filename}`,
      `/api/photos/file/renditions%2F${encodeURIComponent(photo.filename)}%2F${new URL(renditions[0]!, 'http://x').searchParams.get('rendition')}`,
      `/api/photos/file/${encodeURIComponent(photo.filename)}?rendition=..%2F..%2F${encodeURIComponent(photo.filename)}`,
    ]) {
      const response = await t.rest('GET', url)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
    // Staff still get every file.
    expect((await t.rest('GET', fileURL, { token: editor })).status).toBe(200)
    expect((await t.rest('GET', renditions[0]!, { token: editor })).status).toBe(200)
  })

  // Payload's file access check queries a `prefix` field the photos do not have (a 500 before
  // src/http/checkFilePrefix.ts answers 400 in front of Payload).
  it('answers a file request with ?prefix= with a 4xx', async () => {
    for (const query of ['?prefix=', '?prefix=x']) {
      const response = await t.rest('GET', `${fileURL}${query}`)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
  })

  it('serves no file bytes to a ?prefix= probe', async () => {
    for (const query of [
      '?prefix=',
      '?prefix=x',
      `?prefix=&rendition=${new URL(renditions[0]!, 'http://x').searchParams.get('rendition')}`,
    ]) {
      const response = await t.rest('GET', `${fileURL}${query}`)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.headers.get('content-type') ?? '').not.toMatch(/^image\//)
    }
  })

  it('keeps versions from the public', async () => {
    for (const token of [undefined, roleless]) {
      for (const url of [
        `/api/photos/versions?depth=1`,
        `/api/news/versions?depth=2`,
        `/api/events/versions?depth=1`,
      ]) {
        const { status, text } = await GET(url, token)
        expect([401, 403]).toContain(status)
        expect(text).not.toContain(MARK)
      }
      const versions = JSON.stringify(
        await t.graphql(`{ versionsPhotos { docs { id version { alt url } } } }`, token),
      )
      expect(versions).not.toContain(MARK)
    }
  })

  it('keeps the change feed from the public', async () => {
    expect((await t.rest('GET', '/api/twinning/changes')).status).toBe(401)
    expect((await t.rest('GET', '/api/twinning/changes', { token: roleless })).status).toBe(403)
    expect((await t.rest('GET', '/api/twinning/photos/expiring')).status).toBe(401)
    expect((await t.rest('GET', '/api/twinning/photos/expiring', { token: roleless })).status).toBe(
      403,
    )
  })
})

describe('HTTP caches in front of the files', () => {
  const maxAge = (response: Response) =>
    Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1] ?? NaN)

  it('may keep a rendition no longer than the rights hold', async () => {
    const soon = await createPhoto('SOON-EXPIRING', { rightsExpireAt: inSeconds(90) })
    const lasting = await createPhoto('LASTING')
    const urlOf = async (photo: Data) =>
      renditionURLs(
        (await (await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).json()) as Data,
      )[0]!
    const soonAnswer = await t.rest('GET', await urlOf(soon))
    expect(soonAnswer.status).toBe(200)
    expect(soonAnswer.headers.get('cache-control')).toMatch(/^public/)
    expect(maxAge(soonAnswer)).toBeLessThanOrEqual(90)
    expect(maxAge(soonAnswer)).toBeGreaterThan(0)
    // A photo without an expiry keeps the usual lifetime (the check above can fail).
    expect(maxAge(await t.rest('GET', await urlOf(lasting)))).toBe(300)
  })
})

describe('GPS and embedded metadata', () => {
  const MARK = 'GPS-PHOTO-MARK'
  let hidden: Data
  let kept: Data

  it('stores the GPS of the file, with keepLocation off (the attack has something to find)', async () => {
    hidden = await createPhoto(MARK)
    kept = await createPhoto('KEPT-LOCATION')
    await t.payload.update({
      collection: 'photos',
      data: { _status: 'published', location: { ...GPS, keepLocation: true } } as never,
      id: kept.id,
      locale: 'de',
    })
    const stored = await storedPhoto(hidden.id)
    expect(stored.location).toMatchObject({ keepLocation: false })
    expect(stored.location.latitude).toBeCloseTo(GPS.latitude, 2)
    expect(JSON.stringify(stored.embeddedMetadata)).toContain('48')
  })

  it.each([
    ['by id', () => `/api/photos/${hidden.id}?locale=de`],
    ['by id, locale=all', () => `/api/photos/${hidden.id}?locale=all`],
    ['select location only', () => `/api/photos/${hidden.id}?select[location]=true`],
    [
      'select the coordinates only',
      () =>
        `/api/photos/${hidden.id}?select[location][latitude]=true&select[location][longitude]=true`,
    ],
    [
      'select excluding keepLocation',
      () => `/api/photos/${hidden.id}?select[location][keepLocation]=false`,
    ],
    ['select embeddedMetadata', () => `/api/photos/${hidden.id}?select[embeddedMetadata]=true`],
    ['list', () => `/api/photos?where[id][equals]=${hidden.id}`],
    [
      'news, populated',
      () =>
        `/api/news?depth=2&limit=100&populate[photos][location]=true&populate[photos][embeddedMetadata]=true`,
    ],
  ])('REST: %s has no location and no embedded record', async (_name, url) => {
    for (const token of [undefined, roleless]) {
      const { status, text } = await GET(url(), token)
      expect(status).toBe(200)
      const json = JSON.parse(text) as Data
      const docs: Data[] = json.docs ?? [json]
      for (const doc of docs) {
        if (doc.id !== hidden.id) continue
        expect(doc.location?.latitude ?? null).toBeNull()
        expect(doc.location?.longitude ?? null).toBeNull()
        expect(doc).not.toHaveProperty('embeddedMetadata')
      }
      expect(text).not.toContain('48.77')
      expect(text).not.toContain('GPSLatitude')
    }
  })

  it('shows the location an editor chose to keep (so the tests above can fail)', async () => {
    const json = (await (await t.rest('GET', `/api/photos/${kept.id}?locale=de`)).json()) as Data
    expect(json.location.latitude).toBeCloseTo(GPS.latitude, 2)
    expect(json).not.toHaveProperty('embeddedMetadata')
  })

  it('lets no filter or sort probe a hidden location or the embedded record', async () => {
    const probes = [
      `where[location.latitude][greater_than]=48&where[id][equals]=${hidden.id}`,
      `where[location.latitude][less_than]=49&where[id][equals]=${hidden.id}`,
      `where[location.longitude][exists]=true&where[id][equals]=${hidden.id}`,
      `where[location][exists]=true&where[id][equals]=${hidden.id}`,
      `where[or][0][location.latitude][greater_than]=48&where[or][1][id][equals]=0&where[id][equals]=${hidden.id}`,
      `where[and][0][location.latitude][near]=9.18,48.77,1000&where[id][equals]=${hidden.id}`,
      `where[embeddedMetadata.gps.latitude][exists]=true&where[id][equals]=${hidden.id}`,
      `where[embeddedMetadata][like]=48&where[id][equals]=${hidden.id}`,
      `where[location.keepLocation][equals]=false&where[location.latitude][greater_than]=48`,
    ]
    for (const query of probes) {
      for (const token of [undefined, roleless]) {
        const { status, text } = await GET(`/api/photos?${query}`, token)
        if (status === 200) {
          // Answered: then only with the location the filter could not see (no match).
          expect((JSON.parse(text) as Data).docs.map((doc: Data) => doc.id)).not.toContain(
            hidden.id,
          )
        } else {
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
        }
      }
    }
    // Sorting by a hidden coordinate would order photos by it.
    for (const sort of ['location.latitude', '-location.longitude', 'embeddedMetadata']) {
      const { status } = await GET(`/api/photos?sort=${sort}`)
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
    // A probe must not pass because the checked-in photo has the location (a match on `kept`
    // shows what an accepted probe would look like): the filter on a kept location works for
    // no public reader either — field access has no document to decide on.
  })

  it('GraphQL: no location, no record, no filter on them', async () => {
    const id = JSON.stringify(hidden.id)
    const fields = await t.graphql(
      `{ Photo(id: ${id}) { id location { latitude longitude keepLocation } embeddedMetadata } }`,
    )
    const text = JSON.stringify(fields)
    expect(text).not.toContain('48.77')
    const filtered = await t.graphql(
      `{ Photos(where: { location__latitude: { greater_than: 48 }, id: { equals: ${id} } }) { docs { id } } }`,
    )
    expect(filtered.data?.Photos?.docs ?? []).toEqual([])
    const sorted = await t.graphql(`{ Photos(sort: "location.latitude") { docs { id } } }`)
    expect(sorted.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('serves files without the GPS: redirect for the original, no GPS in any rendition', async () => {
    const publicDoc = (await (
      await t.rest('GET', `/api/photos/${hidden.id}?locale=de`)
    ).json()) as Data
    const original = await t.rest('GET', `/api/photos/file/${encodeURIComponent(hidden.filename)}`)
    expect(original.status).toBe(302)
    const staffOriginal = Buffer.from(
      await (
        await t.rest('GET', `/api/photos/file/${encodeURIComponent(hidden.filename)}`, {
          token: editor,
        })
      ).arrayBuffer(),
    )
    // The stored original holds the GPS (staff only): the check below can fail.
    expect(ExifReader.load(staffOriginal)).toHaveProperty('GPSLatitude')
    for (const url of renditionURLs(publicDoc)) {
      const response = await t.rest('GET', url)
      expect(response.status).toBe(200)
      const bytes = Buffer.from(await response.arrayBuffer())
      const tags = ExifReader.load(bytes) as Data
      for (const name of ['GPSLatitude', 'GPSLongitude', 'GPSLatitudeRef', 'GPSPosition'])
        expect(tags).not.toHaveProperty(name)
      expect(bytes.includes(Buffer.from('GPSLatitude'))).toBe(false)
      expect(bytes.includes(Buffer.from('48,46'))).toBe(false)
    }
  }, 30_000)
})

describe('draft-only and withdrawn photos', () => {
  it("keeps a draft-only photo's texts, files and renditions from the public, also through content", async () => {
    const MARK = 'DRAFT-ONLY-PHOTO'
    const photo = await createPhoto(MARK, { status: 'draft' })
    const staffDoc = (await (
      await t.rest('GET', `/api/photos/${photo.id}?draft=true`, { token: editor })
    ).json()) as Data
    const urls = renditionURLs(staffDoc)
    expect(urls.length).toBeGreaterThan(0)
    // Content showing it cannot be published (no published alt text): refused, nothing stored.
    const refused = await t.rest('POST', '/api/news?locale=de', {
      body: { ...RELEASE.de, _status: 'published', heroPhoto: photo.id, title: `${MARK}-NEWS` },
      token: editor,
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    const stored = await t.payload.find({
      collection: 'news',
      overrideAccess: true,
      where: { title: { equals: `${MARK}-NEWS` } },
    })
    expect(stored.totalDocs).toBe(0)
    for (const token of [undefined, roleless]) {
      for (const url of [
        `/api/photos/${photo.id}`,
        `/api/photos/${photo.id}?draft=true`,
        `/api/photos?where[id][equals]=${photo.id}&draft=true`,
        `/api/photos?draft=true&limit=100`,
      ]) {
        const { text } = await GET(url, token)
        expect(text).not.toContain(MARK)
        expect(text).not.toContain(photo.filename)
      }
      for (const url of [...urls, `/api/photos/file/${encodeURIComponent(photo.filename)}`]) {
        expect([403, 404]).toContain((await t.rest('GET', url, { token })).status)
      }
    }
    expect((await t.rest('GET', urls[0]!, { token: editor })).status).toBe(200)
  }, 30_000)

  it("keeps a withdrawn photo's files and renditions from the public", async () => {
    const MARK = 'WITHDRAWN-PHOTO'
    const photo = await createPhoto(MARK)
    const publicDoc = (await (
      await t.rest('GET', `/api/photos/${photo.id}?locale=de`)
    ).json()) as Data
    const urls = renditionURLs(publicDoc)
    expect((await t.rest('GET', urls[0]!)).status).toBe(200)
    const { city, event, news } = await usesOf(photo.id)
    await t.payload.update({
      collection: 'photos',
      data: { localeStatus: 'unpublished' } as never,
      depth: 0,
      id: photo.id,
      locale: 'de',
    })
    for (const token of [undefined, roleless]) {
      for (const url of [
        `/api/photos/${photo.id}?locale=de`,
        `/api/photos/${photo.id}?locale=ko`,
        `/api/news/${news.id}?locale=de&depth=2`,
        `/api/partner-cities/${city.id}?locale=all&depth=1`,
        `/api/events/${event.id}?locale=de&depth=1`,
      ]) {
        const { text } = await GET(url, token)
        expect(text).not.toContain(MARK)
        expect(text).not.toContain(photo.filename)
      }
      for (const url of [...urls, `/api/photos/file/${encodeURIComponent(photo.filename)}`])
        expect([403, 404, 410]).toContain((await t.rest('GET', url, { token })).status)
    }
  }, 30_000)

  it("never serves a draft's new crop: only the published renditions pass", async () => {
    const photo = await createPhoto('CROPPED')
    const published = (await (
      await t.rest('GET', `/api/photos/${photo.id}?locale=de`)
    ).json()) as Data
    const draftSave = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de&draft=true`, {
      body: { focalX: 10, focalY: 90 },
      token: editor,
    })
    expect(draftSave.status).toBe(200)
    const draft = ((await draftSave.json()) as Data).doc as Data
    const draftURLs = renditionURLs(draft)
    const publishedURLs = renditionURLs(published)
    // The draft's crop is a new generation of files (the attack has something to find).
    const newOnes = draftURLs.filter((url) => !publishedURLs.includes(url))
    expect(newOnes.length).toBeGreaterThan(0)
    for (const token of [undefined, roleless]) {
      for (const url of newOnes) expect((await t.rest('GET', url, { token })).status).toBe(404)
      expect((await t.rest('GET', publishedURLs[0]!, { token })).status).toBe(200)
    }
    expect((await t.rest('GET', newOnes[0]!, { token: editor })).status).toBe(200)
    // The public document still lists the published crop only.
    const after = (await (await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).json()) as Data
    expect(renditionURLs(after).sort()).toEqual([...publishedURLs].sort())
  }, 30_000)
})

describe('the announcement flag and writes racing the expiry job', () => {
  it('cannot be forged by a client: not on create, not by a roleless user, not as a filter', async () => {
    const form = new FormData()
    const data = await photoWithMetadata({ width: 40, height: 30 })
    form.append(
      '_payload',
      JSON.stringify({
        _status: 'published',
        alt: 'Forged',
        credit: 'Agentur',
        licence: 'pressOnly',
        rightsExpired: true,
        rightsExpireAt: daysAhead(30),
      }),
    )
    form.append(
      'file',
      new Blob([new Uint8Array(data)], { type: 'image/jpeg' }),
      `forged-${random()}.jpg`,
    )
    const created = await t.rest('POST', '/api/photos?locale=de', { body: form, token: editor })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as Data).doc.id as Id
    expect((await storedPhoto(id)).rightsExpired).toBe(false)
    const patch = await t.rest('PATCH', `/api/photos/${id}`, {
      body: { rightsExpired: true, rightsExpireAt: new Date(0).toISOString() },
      token: roleless,
    })
    expect([401, 403]).toContain(patch.status)
    const stored = await storedPhoto(id)
    expect(stored.rightsExpired).toBe(false)
    expect(new Date(stored.rightsExpireAt).getTime()).toBeGreaterThan(Date.now())
    expect((await t.rest('GET', `/api/photos/${id}?locale=de`)).status).toBe(200)
  })

  /** The public view, the stored flag and the log agree about one photo. */
  async function expectConsistent(id: Id) {
    const stored = await storedPhoto(id)
    const expired =
      stored.rightsExpireAt !== null && new Date(stored.rightsExpireAt).getTime() <= Date.now()
    const visible = (await t.rest('GET', `/api/photos/${id}?locale=de`)).status === 200
    expect(visible).toBe(!expired)
    expect(stored.rightsExpired).toBe(expired)
    const state = await loggedState(id)
    expect(state.de).toEqual(expired ? 'withdrawn' : expect.stringMatching(/^(published|updated)$/))
  }

  it('an editor extending the rights while the job announces their end: public, flag and log agree', async () => {
    for (let round = 0; round < 4; round++) {
      const photo = await createPhoto(`RACE-EXTEND-${round}`, { rightsExpireAt: inSeconds(1) })
      await sleep(Math.max(0, new Date(photo.rightsExpireAt).getTime() - Date.now()) + 50)
      const [, extended] = await Promise.all([
        announceDueRights(t.payload),
        t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
          body: { _status: 'published', rightsExpireAt: daysAhead(30) },
          token: editor,
        }),
        t.rest('GET', `/api/photos/${photo.id}?locale=de`),
      ])
      expect(extended.status).toBe(200)
      await expectConsistent(photo.id)
    }
  }, 60_000)

  it('an editor ending the rights while the job runs and the public reads: hidden, flagged, logged once', async () => {
    for (let round = 0; round < 4; round++) {
      const photo = await createPhoto(`RACE-END-${round}`, { rightsExpireAt: daysAhead(30) })
      const [, ended] = await Promise.all([
        announceDueRights(t.payload),
        t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
          body: { _status: 'published', rightsExpireAt: new Date(Date.now() - 1000).toISOString() },
          token: editor,
        }),
        announceDueRights(t.payload),
        t.rest('GET', `/api/photos?where[id][equals]=${photo.id}`),
      ])
      expect(ended.status).toBe(200)
      await announceDueRights(t.payload)
      await expectConsistent(photo.id)
      const withdrawals = (await logOf(photo.id)).filter(
        (entry) => entry.change === 'withdrawn' && entry.locale === 'de',
      )
      expect(withdrawals).toHaveLength(1)
    }
  }, 60_000)

  it('two expiry runs at the same moment announce an expiry once', async () => {
    const photo = await createPhoto('RACE-TWO-JOBS', { rightsExpireAt: inSeconds(1) })
    await sleep(Math.max(0, new Date(photo.rightsExpireAt).getTime() - Date.now()) + 50)
    await Promise.all([announceDueRights(t.payload), announceDueRights(t.payload)])
    await expectConsistent(photo.id)
    const withdrawals = (await logOf(photo.id)).filter((entry) => entry.change === 'withdrawn')
    expect(withdrawals.map((entry) => entry.locale).sort()).toEqual(['de', 'en', 'ja', 'ko', 'zh'])
  }, 30_000)
  it('publishing another locale of an expired photo, while the job runs, logs nothing public', async () => {
    const photo = await createPhoto('RACE-LOCALE', { rightsExpireAt: inSeconds(1) })
    await sleep(Math.max(0, new Date(photo.rightsExpireAt).getTime() - Date.now()) + 50)
    const [, published] = await Promise.all([
      announceDueRights(t.payload),
      t.rest('PATCH', `/api/photos/${photo.id}?locale=en`, {
        body: { _status: 'published', alt: 'RACE-LOCALE-EN-ALT', caption: 'RACE-LOCALE-EN' },
        token: editor,
      }),
      t.rest('GET', `/api/photos/${photo.id}?locale=en`),
    ])
    expect(published.status).toBe(200)
    await announceDueRights(t.payload)
    await expectConsistent(photo.id)
    const state = await loggedState(photo.id)
    for (const locale of ['de', 'en', 'ja', 'ko', 'zh']) expect(state[locale]).toBe('withdrawn')
    for (const locale of ['de', 'en', 'zh']) {
      const { status, text } = await GET(`/api/photos/${photo.id}?locale=${locale}`)
      expect(status).toBe(404)
      expect(text).not.toContain('RACE-LOCALE')
    }
  }, 30_000)
})
