import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { announceDueRights, RIGHTS_TASK } from '../../src/photos/rights/expiryTask.js'
import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto, richTextWithPhoto } from '../helpers/photos.js'

type Id = number | string
type Data = Record<string, any>

let t: TestPayload
let editor: string
let translator: string
let roleless: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  const tr = await createUser(t.payload, ['translator'], ['ko'])
  translator = await t.login(tr.email, tr.password)
  const nobody = await createUser(t.payload, [])
  roleless = await t.login(nobody.email, nobody.password)
})
afterAll(async () => t?.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const createPhoto = (rightsExpireAt: string | null, alt = 'Der Marktplatz im Regen') =>
  createPublishedPhoto(
    t.payload,
    {
      alt,
      caption: 'Bildunterschrift, die niemand mehr sehen darf',
      credit: 'Agentur/Test',
      rightsExpireAt,
    },
    { background: '#3aa56e', name: 'markt' },
  ) as Promise<Data>

/** A news item, a partner city and an event, each showing `photo` in every way it can. */
async function usesOf(photo: Id) {
  const news = (await t.payload.create({
    collection: 'news',
    data: {
      ...RELEASE.de,
      _status: 'published',
      body: richTextWithPhoto(photo, RELEASE.de.lead),
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
      name: `Sejong ${Math.random().toString(36).slice(2, 6)}`,
      profile: richTextWithPhoto(photo, 'Profil'),
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

/** The upload node of a rich-text value, wherever it sits. */
const uploadNode = (richText: Data) =>
  (richText.root.children as Data[]).find((node) => node.type === 'upload')!

/** Every place a read of the three documents shows the photo. */
function shownPhotos(read: { city: Data; event: Data; news: Data }): unknown[] {
  return [
    read.news.heroPhoto,
    read.news.gallery[0],
    uploadNode(read.news.body).value,
    read.city.coverPhoto,
    uploadNode(read.city.profile).value,
    read.event.photo,
  ]
}

async function readAll(uses: { city: Data; event: Data; news: Data }, depth: number) {
  const get = async (collection: string, id: Id) => {
    const response = await t.rest('GET', `/api/${collection}/${id}?locale=de&depth=${depth}`)
    expect(response.status).toBe(200)
    return (await response.json()) as Data
  }
  return {
    city: await get('partner-cities', uses.city.id),
    event: await get('events', uses.event.id),
    news: await get('news', uses.news.id),
  }
}

async function readAllPublic(uses: { city: Data; event: Data; news: Data }, depth: number) {
  const get = async (collection: string, id: Id) =>
    (await findPublicByID(t.payload, { collection, depth, id, locale: 'de' })) as Data
  return {
    city: await get('partner-cities', uses.city.id),
    event: await get('events', uses.event.id),
    news: await get('news', uses.news.id),
  }
}

/** The public gets the file (or, for an original, a redirect to its public rendition). */
const expectServed = (status: number) => expect([200, 302]).toContain(status)

const placeholder = (id: Id) => ({ id, reason: 'rightsExpired', unavailable: true })

/** Only the placeholder's keys (and the locale note every public document carries). */
function expectPlaceholder(value: unknown, id: Id) {
  expect(value).toMatchObject(placeholder(id))
  expect(Object.keys(value as Data).sort()).toEqual(
    expect.arrayContaining(['id', 'reason', 'unavailable']),
  )
  for (const key of ['url', 'filename', 'alt', 'caption', 'renditions', 'credit', 'sizes'])
    expect(value).not.toHaveProperty(key)
}

async function logOf(id: Id) {
  const response = await t.rest('GET', '/api/twinning/changes?limit=1000', { token: editor })
  expect(response.status).toBe(200)
  const { changes } = (await response.json()) as { changes: Data[] }
  return changes.filter((entry) => entry.collection === 'photos' && entry.id === String(id))
}

const storedFlag = async (id: Id) =>
  ((await t.payload.db.findOne({ collection: 'photos', where: { id: { equals: id } } })) as Data)
    .rightsExpired

describe('photo rights that expire', () => {
  let photo: Data
  let uses: { city: Data; event: Data; news: Data }
  const cachedNews = () => `/api/news/${uses.news.id}?locale=de&depth=1`
  let fileUrl: string

  it('serve the photo everywhere while the rights hold, and cache the news that embeds it', async () => {
    photo = await createPhoto(inSeconds(4))
    uses = await usesOf(photo.id)
    fileUrl = `/api/photos/file/${encodeURIComponent(photo.filename)}`
    for (const depth of [1, 2]) {
      for (const shown of shownPhotos(await readAll(uses, depth)))
        expect(shown).toMatchObject({ alt: 'Der Marktplatz im Regen', id: photo.id })
    }
    const first = await t.rest('GET', cachedNews())
    expect(first.headers.get('x-twinning-cache')).toBe('HIT')
    expect(((await first.json()) as Data).heroPhoto.filename).toBe(photo.filename)
    expectServed((await t.rest('GET', fileUrl)).status)
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).status).toBe(200)
  })

  it('hide it from the public the moment the rights end, before the job has run', async () => {
    await sleep(Math.max(0, new Date(photo.rightsExpireAt).getTime() - Date.now()) + 100)
    expect(await storedFlag(photo.id)).toBe(false) // the job has not run

    // The cached depth-1 news answer from before the expiry is not served any more.
    const cached = await t.rest('GET', cachedNews())
    expect(cached.headers.get('x-twinning-cache')).toBe('MISS')
    expectPlaceholder(((await cached.json()) as Data).heroPhoto, photo.id)

    for (const depth of [1, 2]) {
      for (const shown of shownPhotos(await readAll(uses, depth)))
        expectPlaceholder(shown, photo.id)
      for (const shown of shownPhotos(await readAllPublic(uses, depth)))
        expectPlaceholder(shown, photo.id)
    }

    // Direct reads: 404 by id, left out of lists and counts, REST and findPublic alike.
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).status).toBe(404)
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=ko`)).status).toBe(404)
    const list = await t.rest('GET', `/api/photos?locale=de&where[id][equals]=${photo.id}`)
    expect(((await list.json()) as Data).docs).toEqual([])
    const count = await t.rest('GET', `/api/photos/count?where[id][equals]=${photo.id}`)
    expect(((await count.json()) as Data).totalDocs).toBe(0)
    // No filter can probe an expired photo's text.
    const probe = await t.rest('GET', '/api/photos?locale=de&where[alt][like]=Marktplatz im Regen')
    expect(((await probe.json()) as Data).docs).toEqual([])
    expect(
      await findPublicByID(t.payload, { collection: 'photos', id: photo.id, locale: 'de' }),
    ).toBeNull()
    const found = await findPublic(t.payload, {
      collection: 'photos',
      locale: 'de',
      where: { id: { equals: photo.id } },
    })
    expect(found.docs).toEqual([])

    // The file: 410 Gone for the public (a logged-in user without a role too), 200 for staff.
    expect((await t.rest('GET', fileUrl)).status).toBe(410)
    expect((await t.rest('GET', fileUrl, { token: roleless })).status).toBe(410)
    expect((await t.rest('GET', fileUrl, { token: editor })).status).toBe(200)
    expect((await t.rest('GET', fileUrl, { token: translator })).status).toBe(200)

    // Staff still see everything.
    const staff = await t.rest('GET', `/api/news/${uses.news.id}?locale=de&depth=1`, {
      token: editor,
    })
    expect(((await staff.json()) as Data).heroPhoto.filename).toBe(photo.filename)
    expect((await t.rest('GET', `/api/photos/${photo.id}`, { token: editor })).status).toBe(200)
  })

  it('keeps a narrow populate from switching the placeholder off', async () => {
    const response = await t.rest(
      'GET',
      `/api/news/${uses.news.id}?locale=de&depth=1&populate[photos][filename]=true`,
    )
    expectPlaceholder(((await response.json()) as Data).heroPhoto, photo.id)
  })

  it('answers GraphQL with the placeholder at depth 1 and 2, and no photo by id', async () => {
    const result = await t.graphql(`{
      NewsItem(id: ${JSON.stringify(uses.news.id)}, locale: de) {
        heroPhoto { id unavailable reason url filename alt }
        gallery { id unavailable reason url }
      }
      PartnerCity(id: ${JSON.stringify(uses.city.id)}, locale: de) { coverPhoto { id unavailable reason url } }
      Event(id: ${JSON.stringify(uses.event.id)}, locale: de) { photo { id unavailable reason url } }
      Photo(id: ${JSON.stringify(photo.id)}, locale: de) { id url }
    }`)
    // The photo itself by id: not found, as over REST.
    expect(result.errors?.map((error: Data) => [error.path, error.extensions?.statusCode])).toEqual(
      [[['Photo'], 404]],
    )
    const gone = { id: photo.id, reason: 'rightsExpired', unavailable: true, url: null }
    expect(result.data?.NewsItem.heroPhoto).toEqual({ ...gone, alt: null, filename: null })
    expect(result.data?.NewsItem.gallery).toEqual([gone])
    expect(result.data?.PartnerCity.coverPhoto).toEqual(gone)
    expect(result.data?.Event.photo).toEqual(gone)
    expect(result.data?.Photo ?? null).toBeNull()
  })

  it('lets the job announce the expiry once: flag, a withdrawal per locale, cached answers dropped', async () => {
    expect(await logOf(photo.id)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ change: 'withdrawn' })]),
    )
    // A cached answer rendered after the expiry (placeholder) is cached again…
    expect((await t.rest('GET', cachedNews())).headers.get('x-twinning-cache')).toBe('HIT')

    const job = await t.payload.jobs.queue({ input: {}, task: RIGHTS_TASK as never } as never)
    expect(job).toBeTruthy()
    await t.payload.jobs.run()
    expect(await storedFlag(photo.id)).toBe(true)
    const withdrawn = (await logOf(photo.id)).filter((entry) => entry.change === 'withdrawn')
    // A photo falls back along each locale's chain: it was public, and is withdrawn, in all five.
    expect(withdrawn.map((entry) => entry.locale).sort()).toEqual(['de', 'en', 'ja', 'ko', 'zh'])
    // …and dropped by the job.
    expect((await t.rest('GET', cachedNews())).headers.get('x-twinning-cache')).toBe('MISS')

    // Idempotent: running again changes nothing.
    await t.payload.jobs.queue({ input: {}, task: RIGHTS_TASK as never } as never)
    await t.payload.jobs.run()
    expect(await announceDueRights(t.payload)).toEqual({ expired: 0, more: false, restored: 0 })
    expect((await logOf(photo.id)).filter((entry) => entry.change === 'withdrawn')).toHaveLength(5)
    expect((await t.rest('GET', cachedNews())).headers.get('x-twinning-cache')).toBe('HIT')
  })

  it('keeps the announcement when an editor publishes the expired photo without extending it', async () => {
    const response = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', caption: 'Neue Unterschrift' },
      token: editor,
    })
    expect(response.status).toBe(200)
    expect(await storedFlag(photo.id)).toBe(true)
    expect((await logOf(photo.id)).filter((entry) => entry.change === 'withdrawn')).toHaveLength(5)
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).status).toBe(404)
  })

  it('restores the photo when an editor extends the rights: log entries again, cache dropped', async () => {
    await t.rest('GET', cachedNews())
    expect((await t.rest('GET', cachedNews())).headers.get('x-twinning-cache')).toBe('HIT')
    const response = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', rightsExpireAt: daysAhead(365) },
      token: editor,
    })
    expect(response.status).toBe(200)
    expect(await storedFlag(photo.id)).toBe(false)
    const republished = (await logOf(photo.id)).filter(
      (entry, index, all) =>
        entry.change === 'published' &&
        index > all.findLastIndex((other) => other.change === 'withdrawn'),
    )
    expect(republished.map((entry) => entry.locale).sort()).toEqual(['de', 'en', 'ja', 'ko', 'zh'])
    const cached = await t.rest('GET', cachedNews())
    expect(cached.headers.get('x-twinning-cache')).toBe('MISS')
    expect(((await cached.json()) as Data).heroPhoto.filename).toBe(photo.filename)
    expectServed((await t.rest('GET', fileUrl)).status)
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).status).toBe(200)
  })

  it('hides the photo at once when an editor sets an expiry in the past, and restores it when cleared', async () => {
    const past = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', rightsExpireAt: new Date(Date.now() - 60_000).toISOString() },
      token: editor,
    })
    expect(past.status).toBe(200)
    expect(await storedFlag(photo.id)).toBe(true)
    expect((await t.rest('GET', fileUrl)).status).toBe(410)
    expectPlaceholder(
      ((await (await t.rest('GET', cachedNews())).json()) as Data).heroPhoto,
      photo.id,
    )
    const cleared = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', rightsExpireAt: null },
      token: editor,
    })
    expect(cleared.status).toBe(200)
    expect(await storedFlag(photo.id)).toBe(false)
    expectServed((await t.rest('GET', fileUrl)).status)
    const log = await logOf(photo.id)
    expect(log.filter((entry) => entry.change === 'withdrawn')).toHaveLength(10)
    expect(log.at(-1)).toMatchObject({ change: 'published' })
  })

  it('does not let anyone set the announcement flag by hand', async () => {
    const response = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', rightsExpired: true },
      token: editor,
    })
    expect(response.status).toBe(200)
    expect(await storedFlag(photo.id)).toBe(false)
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).status).toBe(200)
  })

  it('queues the job for the expiry date when an editor sets one', async () => {
    const at = daysAhead(3)
    await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', rightsExpireAt: at },
      token: editor,
    })
    const { docs } = await t.payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: RIGHTS_TASK }, completedAt: { exists: false } },
    })
    expect(docs.map((job) => new Date(job.waitUntil as string).toISOString())).toContain(
      new Date(at).toISOString(),
    )
  })
})

describe('the expiring-photos report', () => {
  it('lists photos expiring within the window, soonest first, with the content that uses them', async () => {
    const soon = await createPhoto(daysAhead(5), 'Bald ablaufend')
    const later = await createPhoto(daysAhead(20), 'Später ablaufend')
    const far = await createPhoto(daysAhead(90), 'Weit weg')
    const unused = await createPhoto(daysAhead(6), 'Nirgends verwendet')
    const soonUses = await usesOf(soon.id)
    // A draft that uses a photo counts too: it may go out with it.
    const draft = (await t.payload.create({
      collection: 'news',
      data: { ...RELEASE.de, body: richTextWithPhoto(later.id, 'Entwurf') } as never,
      depth: 0,
      draft: true,
      locale: 'de',
    })) as Data

    const response = await t.rest('GET', '/api/twinning/photos/expiring?days=30', {
      token: editor,
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as Data
    const ids = (report.photos as Data[]).map((entry) => entry.id)
    expect(ids).toEqual(expect.arrayContaining([soon.id, later.id, unused.id]))
    expect(ids).not.toContain(far.id)
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(unused.id))
    expect(ids.indexOf(unused.id)).toBeLessThan(ids.indexOf(later.id))
    const entry = (id: Id) => (report.photos as Data[]).find((photo) => photo.id === id)!
    expect(entry(soon.id)).toMatchObject({ alt: 'Bald ablaufend', expired: false })
    expect(entry(soon.id).uses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ collection: 'news', id: soonUses.news.id }),
        expect.objectContaining({ collection: 'partner-cities', id: soonUses.city.id }),
        expect.objectContaining({ collection: 'events', id: soonUses.event.id }),
      ]),
    )
    expect(entry(soon.id).uses).toHaveLength(3)
    expect(entry(later.id).uses).toEqual([
      expect.objectContaining({ collection: 'news', id: draft.id, title: RELEASE.de.title }),
    ])
    expect(entry(unused.id).uses).toEqual([])

    const week = (await (
      await t.rest('GET', '/api/twinning/photos/expiring?days=7', { token: translator })
    ).json()) as Data
    expect((week.photos as Data[]).map((photo) => photo.id)).not.toContain(later.id)
  })

  it('is for staff only, and refuses a bad window', async () => {
    expect((await t.rest('GET', '/api/twinning/photos/expiring')).status).toBe(401)
    expect((await t.rest('GET', '/api/twinning/photos/expiring', { token: roleless })).status).toBe(
      403,
    )
    for (const days of ['0', '-3', 'abc', '1.5', '99999']) {
      const response = await t.rest('GET', `/api/twinning/photos/expiring?days=${days}`, {
        token: editor,
      })
      expect(response.status).toBe(400)
    }
    const defaulted = await t.rest('GET', '/api/twinning/photos/expiring', { token: editor })
    expect(((await defaulted.json()) as Data).days).toBe(30)
  })
})
