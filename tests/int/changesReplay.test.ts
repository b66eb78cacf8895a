import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { findPublic } from '../../src/publication/findPublic.js'
import { createUser } from '../helpers/fixtures.js'
import { photoWithMetadata, uploadFile } from '../helpers/photoFixtures.js'
import { uniqueFileName } from '../helpers/photos.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * The change feed replayed into a plain object equals what `findPublic` returns, for staff and for
 * API keys of different scopes, after hundreds of random publishes, edits, withdrawals, retags,
 * scheduled changes and deletions. Another seed: REPLAY_SEED=<n>; more operations: REPLAY_OPS=<n>.
 */

type Id = number | string
type Doc = Record<string, unknown>
type Collection = 'events' | 'news' | 'partner-cities' | 'photos'
type Entry = {
  change: string
  collection: string
  cursor: string
  doc?: Doc
  id: string
  locale: string
  tombstone?: true
}
type Page = { changes: Entry[]; hasMore: boolean; nextCursor: string }
/** `mirror[collection][locale][id] = doc`. */
type Mirror = Record<string, Record<string, Record<string, Doc>>>

const LOCALES = ['de', 'en', 'zh', 'ko', 'ja'] as const
type Locale = (typeof LOCALES)[number]
const COLLECTIONS: Collection[] = ['news', 'events', 'partner-cities', 'photos']
/**
 * Public fields that also change with writes to a document's other locales, which have no entry
 * in this one (src/publication/log/feedEntry.ts): a copy synced incrementally holds them as of its
 * locale's last entry. A copy replayed from the start holds them exactly.
 */
const CROSS_LOCALE = ['availableLocales', 'updatedAt']
const SEED = Number(process.env.REPLAY_SEED ?? 20261203)
const OPS = Number(process.env.REPLAY_OPS ?? 320)

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  const some = <T>(items: readonly T[]): T[] => items.filter(() => next() < 0.4)
  return { int, next, pick, some }
}
const random = generator(SEED)

let t: TestPayload
let editor: string
/** Documents that exist, per collection. */
const alive: Record<Collection, Id[]> = { events: [], news: [], 'partner-cities': [], photos: [] }
/** The locales each document has text in (a scheduled job for another fails, loudly). */
const written = new Map<string, Set<Locale>>()
/**
 * The partner city one key is restricted to: never deleted — the database would set the key's
 * `partnerCity` to null, which lifts the restriction (reported to the lead).
 */
let home: Id
let counter = 0

interface Reader {
  name: string
  headers: Record<string, string>
  /** The api-clients document, for findPublic; none: staff, who get what the public reads. */
  client?: Doc
  collections: Collection[]
  locales: Locale[]
}
const readers: Reader[] = []

const status = async (response: Response) =>
  response.status < 300 ? response.status : `${response.status} ${await response.text()}`

const words = (locale: Locale) => {
  const n = ++counter
  const text: Record<Locale, string> = {
    de: `Meldung ${n} aus dem Rathaus`,
    en: `Release ${n} from City Hall`,
    ja: `市庁舎からのお知らせ ${n}`,
    ko: `시청 보도자료 ${n}`,
    zh: `市政厅新闻稿 ${n}`,
  }
  return text[locale]
}

/** Localized text of a collection in one locale (each required field filled). */
function text(collection: Collection, locale: Locale): Doc {
  const line = words(locale)
  switch (collection) {
    case 'news':
      return { lead: `${line}: ${line}.`, title: line }
    case 'events':
      return { summary: `${line}.`, title: line }
    case 'partner-cities':
      return { name: line, region: `${line} (Region)` }
    case 'photos':
      return { alt: line, caption: `${line}.` }
  }
}

const tags = () => random.some(alive['partner-cities'])

async function createDraft(collection: Collection) {
  const locale = random.pick(LOCALES)
  count('create')
  if (collection === 'photos') {
    const file = await photoWithMetadata({ background: '#3a6ea5', height: 12, width: 16 })
    const photo = await t.payload.create({
      collection: 'photos',
      data: { ...text('photos', locale), _status: 'draft', credit: 'Stadt', licence: 'pressOnly' },
      draft: true,
      file: uploadFile(file, uniqueFileName('replay')),
      locale,
    })
    alive.photos.push(photo.id)
    written.set(`photos:${photo.id}`, new Set([locale]))
    return
  }
  const common: Record<Collection, Doc> = {
    events: {
      kind: 'delegationVisit',
      partnerCities: tags(),
      startsAt: '2026-06-01T08:00:00.000Z',
      timeZone: 'Europe/Berlin',
    },
    news: { partnerCities: tags(), publishedAt: '2026-04-01T08:00:00.000Z' },
    'partner-cities': { country: 'CN', relationship: 'twinCity', timeZone: 'Asia/Shanghai' },
    photos: {},
  }
  const response = await t.rest('POST', `/api/${collection}?locale=${locale}`, {
    body: { ...common[collection], ...text(collection, locale) },
    token: editor,
  })
  expect([collection, await status(response)]).toEqual([collection, 201])
  const { id } = ((await response.json()) as { doc: { id: Id } }).doc
  alive[collection].push(id)
  written.set(`${collection}:${id}`, new Set([locale]))
}

const patch = (collection: Collection, id: Id, query: string, body: Doc) =>
  t.rest('PATCH', `/api/${collection}/${id}?${query}`, { body, token: editor })

/** How often each kind of operation ran (and was refused), printed with the seed. */
const tally: Record<string, number> = {}
const count = (what: string) => (tally[what] = (tally[what] ?? 0) + 1)

/** A publish may be refused (the locale lacks a required text): 400, nothing changed. */
const expectDone = async (what: string, response: Response) => {
  const result = await status(response)
  const kind = what.split(' ')[0]!
  count(result === 200 ? kind : `${kind} refused`)
  if (result !== 200) expect([what, result]).toEqual([what, expect.stringMatching(/^400 /)])
}

type Operation = 'create' | 'delete' | 'draft' | 'publish' | 'retag' | 'schedule' | 'withdraw'
/** How often each operation is chosen, where it applies. */
const WEIGHTS: Record<Operation, number> = {
  create: 12,
  delete: 3,
  draft: 30,
  publish: 26,
  retag: 10,
  schedule: 10,
  withdraw: 9,
}

function chooseOperation(collection: Collection, id: Id, hasText: boolean): Operation {
  const applies = (operation: Operation) =>
    operation === 'retag'
      ? collection === 'news' || collection === 'events'
      : operation === 'schedule'
        ? // Photos have no scheduled publishing; a job for a locale without text fails, loudly.
          collection !== 'photos' && hasText
        : operation !== 'delete' || id !== home
  const choices = (Object.keys(WEIGHTS) as Operation[]).filter(applies)
  let roll = random.next() * choices.reduce((sum, operation) => sum + WEIGHTS[operation], 0)
  for (const operation of choices) if ((roll -= WEIGHTS[operation]) < 0) return operation
  return 'publish'
}

async function operate() {
  const collection = random.pick(COLLECTIONS)
  const ids = alive[collection]
  if (!ids.length) return createDraft(collection)
  const id = random.pick(ids)
  const texts = written.get(`${collection}:${id}`)!
  // Mostly a locale the document has text in (others are refused: a required text is missing).
  let locale = random.next() < 0.8 ? random.pick([...texts]) : random.pick(LOCALES)
  const operation = chooseOperation(collection, id, texts.has(locale))
  // A draft is mostly a new translation.
  const untranslated = LOCALES.filter((code) => !texts.has(code))
  if (operation === 'draft' && untranslated.length && random.next() < 0.6)
    locale = random.pick(untranslated)
  const label = `${collection} ${id} ${locale}`
  const publish = async () =>
    expectDone(
      `publish ${label}`,
      await patch(collection, id, `locale=${locale}`, { localeStatus: 'published' }),
    )
  switch (operation) {
    case 'create':
      return createDraft(collection)
    case 'draft':
      // Translate or edit a locale's draft; half the time publish it right away.
      await expectDone(
        `draft ${label}`,
        await patch(collection, id, `locale=${locale}&draft=true`, text(collection, locale)),
      )
      texts.add(locale)
      if (random.next() < 0.5) await publish()
      return
    case 'publish':
      return publish()
    case 'withdraw':
      return expectDone(
        `withdraw ${label}`,
        await patch(collection, id, `locale=${locale}`, { localeStatus: 'unpublished' }),
      )
    case 'retag':
      // A draft of new partner-city tags, published with one locale (tags are the same in all).
      await expectDone(
        `retag ${label}`,
        await patch(collection, id, `locale=${locale}&draft=true`, { partnerCities: tags() }),
      )
      return publish()
    case 'schedule': {
      // As the admin schedules it: a schedulePublish job, due already, run by the queue. An
      // unpublish of what is not public is refused (its text is not valid), loudly: publish then.
      const where = { id: { equals: id } }
      const isPublic = (await findPublic(t.payload, { collection, locale, where })).docs.length
      await t.payload.jobs.queue({
        input: {
          doc: { relationTo: collection as 'news', value: id as number },
          locale,
          type: isPublic && random.next() < 0.6 ? 'unpublish' : 'publish',
        },
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
      })
      const { jobStatus } = await t.payload.jobs.run()
      const done = Object.values(jobStatus ?? {}).every((job) => job.status === 'success')
      count(done ? 'scheduled' : 'scheduled failed')
      return
    }
    case 'delete': {
      const response = await t.rest('DELETE', `/api/${collection}/${id}`, { token: editor })
      expect([label, await status(response)]).toEqual([label, 200])
      count('delete')
      ids.splice(ids.indexOf(id), 1)
    }
  }
}

async function operateMany(count: number) {
  for (let n = 0; n < count; n++) await operate()
}

async function page(reader: Reader, query: string): Promise<Page> {
  const response = await t.rest('GET', `/api/twinning/changes?${query}`, {
    headers: reader.headers,
  })
  expect([reader.name, query, await status(response)]).toEqual([reader.name, query, 200])
  return (await response.json()) as Page
}

/**
 * Replays the feed after `since` into `mirror`, `limit` entries at a time; returns the cursor to
 * continue from. Each page's nextCursor continues exactly after it.
 */
async function sync(reader: Reader, mirror: Mirror, since: string, limit: number) {
  let cursor = since
  for (let pages = 0; ; pages++) {
    expect(pages).toBeLessThan(10_000)
    const answer = await page(
      reader,
      `include=doc&depth=0&limit=${limit}${cursor ? `&since=${cursor}` : ''}`,
    )
    expect(answer.changes.length).toBeLessThanOrEqual(limit)
    if (answer.hasMore) expect(answer.changes).toHaveLength(limit)
    for (const entry of answer.changes) apply(mirror, entry)
    // A full page ends at its last entry; the last page ends where the log ended (the entries
    // after its last one, if any, were not the reader's).
    if (answer.hasMore) expect(answer.nextCursor).toBe(answer.changes.at(-1)!.cursor)
    else if (answer.changes.length)
      expect(position(answer.nextCursor)).toBeGreaterThanOrEqual(
        position(answer.changes.at(-1)!.cursor),
      )
    cursor = answer.nextCursor
    if (!answer.hasMore) return cursor
  }
}

/** The log position of a cursor (opaque to partners; the test looks inside to compare two). */
const position = (cursor: string) =>
  Number(Buffer.from(cursor.replace(/^tw1\./, ''), 'base64url').toString('utf8'))

function apply(mirror: Mirror, entry: Entry) {
  const locales = (mirror[entry.collection] ??= {})
  const docs = (locales[entry.locale] ??= {})
  if (entry.change === 'published' || entry.change === 'updated') {
    expect(entry.tombstone).toBeUndefined()
    expect(entry.doc).toBeDefined()
    docs[entry.id] = entry.doc!
  } else {
    expect(entry).toMatchObject({ tombstone: true })
    expect(entry.doc).toBeUndefined()
    delete docs[entry.id]
  }
}

/** What the reader can read now, as findPublic returns it: every page, every collection and locale. */
async function truth(reader: Reader): Promise<Mirror> {
  const mirror: Mirror = {}
  for (const collection of reader.collections) {
    for (const locale of reader.locales) {
      const docs: Record<string, Doc> = {}
      for (let number = 1; ; number++) {
        const result = await findPublic(t.payload, {
          client: reader.client,
          collection,
          depth: 0,
          limit: 100,
          locale,
          page: number,
        })
        for (const doc of result.docs) docs[String(doc.id)] = doc
        if (!result.hasNextPage) break
      }
      ;(mirror[collection] ??= {})[locale] = docs
    }
  }
  return mirror
}

/**
 * The mirror without empty locale and collection maps (a tombstone may leave one behind), and
 * without the `ignored` fields of its documents.
 */
function compact(mirror: Mirror, ignored: string[]): Mirror {
  const out: Mirror = {}
  for (const [collection, locales] of Object.entries(mirror))
    for (const [locale, docs] of Object.entries(locales)) {
      if (!Object.keys(docs).length) continue
      out[collection] ??= {}
      out[collection][locale] = Object.fromEntries(
        Object.entries(docs).map(([id, doc]) => [
          id,
          Object.fromEntries(Object.entries(doc).filter(([name]) => !ignored.includes(name))),
        ]),
      )
    }
  return out
}

/** How many document-locales a mirror holds. */
const held = (mirror: Mirror) =>
  Object.values(mirror).reduce(
    (sum, locales) =>
      sum + Object.values(locales).reduce((inner, docs) => inner + Object.keys(docs).length, 0),
    0,
  )

async function expectExactCopy(reader: Reader, mirror: Mirror, ignored: string[] = []) {
  for (const [collection, locales] of Object.entries(mirror)) {
    expect([reader.name, reader.collections.includes(collection as Collection)]).toEqual([
      reader.name,
      true,
    ])
    for (const locale of Object.keys(locales))
      expect([reader.name, reader.locales.includes(locale as Locale)]).toEqual([reader.name, true])
  }
  expect(compact(mirror, ignored)).toEqual(compact(await truth(reader), ignored))
}

async function createClient(name: string, data: Doc, apiKey: string): Promise<Reader> {
  const client = await t.payload.create({
    collection: 'api-clients',
    data: { ...data, apiKey, name } as never,
  })
  const stored = await t.payload.findByID({ collection: 'api-clients', depth: 0, id: client.id })
  return {
    client: stored as unknown as Doc,
    collections: data.collections as Collection[],
    headers: { Authorization: `api-clients API-Key ${apiKey}` },
    locales: data.locales as Locale[],
    name,
  }
}

beforeAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`changes replay: seed ${SEED} (REPLAY_SEED), ${OPS} operations (REPLAY_OPS)`)
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.login(user.email, user.password)
  for (let n = 0; n < 3; n++) await createDraft('partner-cities')
  home = alive['partner-cities'][0]!
  for (const locale of LOCALES) {
    written.get(`partner-cities:${home}`)!.add(locale)
    await patch(
      'partner-cities',
      home,
      `locale=${locale}&draft=true`,
      text('partner-cities', locale),
    )
    await patch('partner-cities', home, `locale=${locale}`, { localeStatus: 'published' })
  }
  readers.push(
    {
      collections: COLLECTIONS,
      headers: { Authorization: `JWT ${editor}` },
      locales: [...LOCALES],
      name: 'staff',
    },
    await createClient(
      'all locales',
      { collections: COLLECTIONS, locales: [...LOCALES] },
      'replay-all-locales-key-000000001',
    ),
    await createClient(
      'zh only',
      { collections: COLLECTIONS, locales: ['zh'] },
      'replay-zh-only-key-0000000000002',
    ),
    await createClient(
      'ko news',
      { collections: ['news'], locales: ['ko'] },
      'replay-ko-news-key-0000000000003',
    ),
    await createClient(
      'home city',
      { collections: COLLECTIONS, locales: ['en', 'zh'], partnerCity: home },
      'replay-home-city-key-00000000004',
    ),
  )
})
afterAll(async () => t?.close())

describe('the change feed replayed with include=doc', () => {
  const mirrors = new Map<string, Mirror>()
  const cursors = new Map<string, string>()

  it(`rebuilds exactly what each reader can read, after ${OPS} random operations`, async () => {
    await operateMany(OPS)
    const sizes: string[] = []
    for (const reader of readers) {
      const mirror: Mirror = {}
      cursors.set(reader.name, await sync(reader, mirror, '', 37))
      mirrors.set(reader.name, mirror)
      await expectExactCopy(reader, mirror)
      sizes.push(`${reader.name} ${held(mirror)}`)
    }
    // eslint-disable-next-line no-console
    console.log(`seed ${SEED}: ${JSON.stringify(tally)}; held: ${sizes.join(', ')}`)
  })

  it('without include=doc tells each reader which document-locales it can read', async () => {
    for (const reader of readers) {
      const present = new Set<string>()
      let cursor = ''
      for (let more = true; more;) {
        const answer = await page(reader, `limit=1000${cursor ? `&since=${cursor}` : ''}`)
        for (const entry of answer.changes) {
          expect(entry.doc).toBeUndefined()
          const key = `${entry.collection} ${entry.locale} ${entry.id}`
          if (entry.tombstone) present.delete(key)
          else present.add(key)
        }
        cursor = answer.nextCursor
        more = answer.hasMore
      }
      const readable = Object.entries(await truth(reader)).flatMap(([collection, locales]) =>
        Object.entries(locales).flatMap(([locale, docs]) =>
          Object.keys(docs).map((id) => `${collection} ${locale} ${id}`),
        ),
      )
      expect([reader.name, [...present].sort()]).toEqual([reader.name, readable.sort()])
    }
  })

  it('keeps the copy exact when synced again from the saved cursor', async () => {
    for (let round = 0; round < 3; round++) {
      await operateMany(Math.ceil(OPS / 6))
      for (const reader of readers) {
        const mirror = mirrors.get(reader.name)!
        cursors.set(reader.name, await sync(reader, mirror, cursors.get(reader.name)!, 37))
        await expectExactCopy(reader, mirror, CROSS_LOCALE)
      }
    }
    // Replayed from the start once more (pages of another size), the copy is exact in every field.
    for (const reader of readers) {
      const fresh: Mirror = {}
      await sync(reader, fresh, '', 100)
      await expectExactCopy(reader, fresh)
    }
    const sizes = readers.map((reader) => `${reader.name} ${held(mirrors.get(reader.name)!)}`)
    // eslint-disable-next-line no-console
    console.log(`seed ${SEED}, in the end: ${JSON.stringify(tally)}; held: ${sizes.join(', ')}`)
  })
})
