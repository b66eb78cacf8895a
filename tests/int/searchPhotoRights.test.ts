import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { announceRights } from '../../src/photos/rights/announceRights.js'
import { announceDueRights } from '../../src/photos/rights/expiryTask.js'
import { localeSetupOf } from '../../src/publication/localeSetup.js'
import { parseQuery } from '../../src/search/analyzer/index.js'
import { searchEntryOf } from '../../src/search/entryOf.js'
import { searchIndexOf } from '../../src/search/registry.js'
import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto } from '../helpers/photos.js'

/**
 * The search index and photo rights: a photo whose rights have ended is found neither between its
 * expiry date and the expiry job (read-time check) nor after (the job takes it out of the index);
 * an extension puts it back; a delete removes every entry whatever the public saw before.
 */

type Id = number | string
type Data = Record<string, any>
type Page = { docs: Data[]; hasNextPage: boolean; totalDocs: number; totalPages: number }

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
}, 60_000)
afterAll(async () => t?.close())

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Waits until the photo's rights have run out by the clock. */
const untilExpired = (photo: Data) =>
  sleep(Math.max(0, new Date(photo.rightsExpireAt).getTime() - Date.now()) + 100)

const createPhoto = async (alt: string, rightsExpireAt: string | null = daysAhead(30)) =>
  (await createPublishedPhoto(
    t.payload,
    { alt, caption: `${alt} (Bildunterschrift)`, credit: 'Presseamt', rightsExpireAt },
    { name: 'delegation' },
  )) as Data

/** Time passes: the stored expiry date moves to (or past) now, with no hook, job or log told. */
const setExpiry = (id: Id, rightsExpireAt: string) =>
  t.payload.db.updateOne({ collection: 'photos', data: { rightsExpireAt }, id, returning: false })

async function search(query: string): Promise<Page> {
  const response = await t.rest('GET', `/api/twinning/search?${query}`)
  const body = await response.json()
  if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body)}`)
  return body as Page
}

const photoHits = async (word: string) =>
  (await search(`q=${encodeURIComponent(word)}&collections=photos&locale=all&limit=50`)).docs

/** The locales the index itself holds a photo in (straight from the index, past the endpoint). */
async function indexedLocales(word: string, id: Id): Promise<string[]> {
  const { hits } = await searchIndexOf(t.payload)!.query({
    collections: ['photos'],
    limit: 50,
    page: 1,
    plan: parseQuery(word),
  })
  return hits
    .filter((hit) => hit.id === String(id))
    .map((hit) => hit.locale)
    .sort()
}

const storedFlag = async (id: Id) =>
  ((await t.payload.db.findOne({ collection: 'photos', where: { id: { equals: id } } })) as Data)
    .rightsExpired

describe('search and expired photo rights', () => {
  it('serves no photo whose rights ended before the job ran, and counts only what it serves', async () => {
    const photo = await createPhoto('Oberbürgermeisterin empfängt Delegation', inSeconds(2))
    for (const n of [1, 2]) {
      await t.payload.create({
        collection: 'news',
        data: {
          _status: 'published',
          lead: `Die Delegation besucht das Rathaus, Tag ${n}.`,
          publishedAt: new Date(Date.UTC(2025, 5, n)).toISOString(),
          title: `Besuch ${n}`,
        } as never,
        locale: 'de',
      })
    }
    expect((await photoHits('Delegation')).map((hit) => hit.id)).toContain(String(photo.id))
    expect((await search('q=Delegation&locale=de')).totalDocs).toBe(3)

    await untilExpired(photo)
    expect(await storedFlag(photo.id)).toBe(false) // the job has not run
    expect((await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).status).toBe(404)

    const photos = await search('q=Delegation&collections=photos&locale=all')
    expect(photos.docs).toEqual([])
    expect(photos.totalDocs).toBe(0)
    const all = await search('q=Delegation&locale=de&limit=50')
    expect(all.docs.map((hit) => hit.collection)).toEqual(['news', 'news'])
    expect(all.totalDocs).toBe(2)
    // Paged one by one: two pages, the photo on neither.
    const first = await search('q=Delegation&locale=de&limit=1')
    const second = await search('q=Delegation&locale=de&limit=1&page=2')
    expect([first.totalDocs, first.totalPages, first.hasNextPage]).toEqual([2, 2, true])
    expect([second.totalDocs, second.hasNextPage]).toEqual([2, false])
    expect([...first.docs, ...second.docs].map((hit) => hit.collection)).toEqual(['news', 'news'])
    expect(JSON.stringify([first, second, all])).not.toContain('Oberbürgermeisterin')
  })

  it('the expiry job takes every locale of the photo out of the index, in its transaction', async () => {
    const photo = await createPhoto('Gastgeschenk im Marmorsaal')
    const before = await indexedLocales('Gastgeschenk', photo.id)
    expect(before.length).toBeGreaterThan(1) // a photo falls back along the locale chain
    await setExpiry(photo.id, new Date(Date.now() - 1000).toISOString())

    // Rolled back with the flag: still announced as valid, so still in the index.
    const req = await createLocalReq({}, t.payload)
    await initTransaction(req)
    expect(await announceRights(req, photo.id)).toBe('expired')
    await killTransaction(req)
    expect(await storedFlag(photo.id)).toBe(false)
    expect(await indexedLocales('Gastgeschenk', photo.id)).toEqual(before)

    const { expired } = await announceDueRights(t.payload)
    expect(expired).toBeGreaterThanOrEqual(1)
    expect(await storedFlag(photo.id)).toBe(true)
    expect(await indexedLocales('Gastgeschenk', photo.id)).toEqual([])
    expect(await photoHits('Gastgeschenk')).toEqual([])

    // An entry left from before (an index built before the job took photos out): not served either.
    const stored = (await t.payload.db.findOne({
      collection: 'photos',
      where: { id: { equals: photo.id } },
    })) as Data
    const setup = localeSetupOf(t.payload.config)
    const stale = searchEntryOf(
      t.payload.collections.photos.config,
      { ...stored, rightsExpireAt: null },
      'de',
      setup,
    )!
    await searchIndexOf(t.payload)!.index(undefined, [stale])
    expect(await indexedLocales('Gastgeschenk', photo.id)).toEqual(['de'])
    const found = await search('q=Gastgeschenk&locale=de')
    expect([found.docs, found.totalDocs]).toEqual([[], 0])
  })

  it('an extension of the rights indexes the photo again where it is public', async () => {
    const always = await createPhoto('Fahnenmast vor dem Rathaus')
    const photo = await createPhoto('Fahnenmast am Neckarufer', daysAhead(-1))
    expect(await storedFlag(photo.id)).toBe(true)
    expect(await indexedLocales('Neckarufer', photo.id)).toEqual([])

    // Extended past the hooks (e.g. an import): the job announces and indexes it.
    await setExpiry(photo.id, daysAhead(60))
    expect((await announceDueRights(t.payload)).restored).toBeGreaterThanOrEqual(1)
    expect(await storedFlag(photo.id)).toBe(false)
    expect(await indexedLocales('Fahnenmast', photo.id)).toEqual(
      await indexedLocales('Fahnenmast', always.id),
    )
    const hits = await photoHits('Neckarufer')
    expect(hits.map((hit) => hit.id)).toContain(String(photo.id))
    expect((await search('q=Neckarufer&collections=photos&locale=de')).totalDocs).toBe(1)
  })

  it('a write of a photo whose rights have ended takes it out of the index', async () => {
    const photo = await createPhoto('Ehrenbürgerin trägt sich ins Goldene Buch ein', inSeconds(1))
    expect((await indexedLocales('Ehrenbürgerin', photo.id)).length).toBeGreaterThan(0)
    await untilExpired(photo)
    const response = await t.rest('PATCH', `/api/photos/${photo.id}?locale=de`, {
      body: { _status: 'published', caption: 'Neue Bildunterschrift' },
      token: editor,
    })
    expect(response.status).toBe(200)
    expect(await storedFlag(photo.id)).toBe(true)
    expect(await indexedLocales('Ehrenbürgerin', photo.id)).toEqual([])
  })

  it('a delete removes every entry of the document, whatever the public saw before', async () => {
    const photo = await createPhoto('Staatsempfang mit Delegation aus Sejong')
    expect((await indexedLocales('Staatsempfang', photo.id)).length).toBeGreaterThan(0)
    // Expired, the job not run: the public sees nothing before the delete, the index still holds it.
    await setExpiry(photo.id, new Date(Date.now() - 1000).toISOString())
    const response = await t.rest('DELETE', `/api/photos/${photo.id}`, { token: editor })
    expect(response.status).toBe(200)
    expect(await indexedLocales('Staatsempfang', photo.id)).toEqual([])

    // A stale entry of a draft the public never saw goes too.
    const draft = (await t.payload.create({
      collection: 'news',
      data: { _status: 'draft', lead: 'Noch nicht öffentlich.', title: 'Entwurf' } as never,
      locale: 'de',
    })) as Data
    const index = searchIndexOf(t.payload)!
    await index.index(undefined, [
      {
        collection: 'news',
        date: null,
        id: String(draft.id),
        locale: 'ko',
        slug: null,
        text: { title: 'Verwaist' },
        title: 'Verwaist',
        tokens: { body: [], title: ['verwaist'] },
      },
    ])
    const stale = () =>
      index.query({ collections: ['news'], limit: 10, page: 1, plan: parseQuery('Verwaist') })
    expect((await stale()).totalDocs).toBe(1)
    await t.payload.delete({ collection: 'news', id: draft.id })
    expect((await stale()).totalDocs).toBe(0)
  })
})
