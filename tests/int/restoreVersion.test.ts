import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * Restoring a version (the admin's "Restore this version", `POST /api/<collection>/versions/:id`)
 * never publishes: the version's text becomes the newest draft, and the public text, the read
 * cache, search and the publication log stay as they are until an editor publishes a locale.
 */
let t: TestPayload
let editor: string
let translator: string

type Id = number | string
type Version = { id: Id; version: { _status?: string; title?: string } }

const english = { 'Accept-Language': 'en' }
const LOG = 'publication-log'

beforeAll(async () => {
  t = await startTestPayload()
  await createUser(t.payload, ['admin']) // the first account always becomes an admin
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  const tr = await createUser(t.payload, ['translator'], ['de', 'zh'])
  translator = await t.login(tr.email, tr.password)
})
afterAll(async () => t?.close())

/** A public read through the REST route and its read cache. */
async function read(url: string) {
  const response = await t.rest('GET', url)
  const text = await response.text()
  return {
    json: text ? JSON.parse(text) : undefined,
    status: response.status,
    via: response.headers.get('x-twinning-cache'),
  }
}

const publicTitle = async (id: Id, extra = '') => {
  const answer = await read(`/api/news/${id}?locale=de&depth=0${extra}`)
  return answer.status === 200 ? (answer.json.title as string) : answer.status
}
/** A public list read never asked before (so never cached): what the database serves now. */
const freshListTitles = async (id: Id) => {
  const nonce = Math.random().toString(36).slice(2, 8)
  const answer = await read(
    `/api/news?locale=de&depth=0&where[id][equals]=${id}&where[title][not_equals]=${nonce}`,
  )
  expect([answer.status, answer.via]).toEqual([200, 'MISS'])
  return (answer.json.docs as { title: string }[]).map((doc) => doc.title)
}
/** The newest draft, as the admin's edit view loads it. */
const draftTitle = async (id: Id) => {
  const response = await t.rest('GET', `/api/news/${id}?locale=de&depth=0&draft=true`, {
    token: editor,
  })
  expect(response.status).toBe(200)
  return (await response.json()).title as string
}
const searchIds = async (word: string) => {
  const response = await t.rest(
    'GET',
    `/api/twinning/search?q=${encodeURIComponent(word)}&locale=de&limit=50`,
  )
  expect(response.status).toBe(200)
  return ((await response.json()).docs as { id: string }[]).map((hit) => hit.id)
}
const logEntries = async (id: Id) =>
  (
    await t.payload.count({
      collection: LOG as never,
      overrideAccess: true,
      where: { documentId: { equals: String(id) } },
    })
  ).totalDocs

async function create(title: string): Promise<Id> {
  const response = await t.rest('POST', '/api/news?locale=de&depth=0', {
    body: { lead: 'Ein Empfang im Rathaus.', publishedAt: '2026-03-10T09:00:00.000Z', title },
    token: editor,
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc.id as Id
}
async function publish(id: Id, data: Record<string, unknown> = {}) {
  const response = await t.rest('PATCH', `/api/news/${id}?locale=de&depth=0`, {
    body: { ...data, localeStatus: 'published' },
    token: editor,
  })
  expect(response.status).toBe(200)
}
async function saveDraft(id: Id, data: Record<string, unknown>) {
  const response = await t.rest('PATCH', `/api/news/${id}?locale=de&depth=0&draft=true`, {
    body: data,
    token: editor,
  })
  expect(response.status).toBe(200)
}
async function versions(id: Id): Promise<Version[]> {
  const response = await t.rest(
    'GET',
    `/api/news/versions?where[parent][equals]=${id}&locale=de&depth=0&limit=100&sort=-updatedAt`,
    { token: editor },
  )
  expect(response.status).toBe(200)
  return (await response.json()).docs as Version[]
}
const versionWith = async (id: Id, title: string, status: 'draft' | 'published') => {
  const found = (await versions(id)).find(
    (v) => v.version.title === title && v.version._status === status,
  )
  if (!found) throw new Error(`no ${status} version "${title}" of ${id}`)
  return found.id
}
/** As the admin's Restore button sends it: `?draft=false` unless "Restore as draft" is chosen. */
const restore = (versionId: Id, token: string, draft = false) =>
  t.rest('POST', `/api/news/versions/${versionId}?draft=${draft}`, { headers: english, token })

describe('restoring a version', () => {
  it('makes the old text the newest draft; the public text, cache and search change only when it is published', async () => {
    const A = 'Empfang für das Xylophonensemble'
    const B = 'Empfang für das Zitherorchester'
    const id = await create(A)
    await publish(id)
    await publish(id, { title: B })
    const oldVersion = await versionWith(id, A, 'published')

    const url = `/api/news/${id}?locale=de&depth=0`
    expect(await publicTitle(id)).toBe(B)
    expect((await read(url)).via).toBe('HIT')
    const logged = await logEntries(id)

    const restored = await restore(oldVersion, editor)
    expect(restored.status).toBe(200)
    // Payload's answer, which the admin shows: the restored document (as a draft) and a message.
    expect(await restored.json()).toMatchObject({ _status: 'draft', message: expect.any(String) })

    // Nothing public changed: the cached answer, a fresh read, search and the log agree on B.
    const cached = await read(url)
    expect([cached.via, cached.json.title]).toEqual(['HIT', B])
    expect(await freshListTitles(id)).toEqual([B])
    expect(await searchIds('Zitherorchester')).toContain(String(id))
    expect(await searchIds('Xylophonensemble')).not.toContain(String(id))
    expect(await logEntries(id)).toBe(logged)
    // The restored text is the draft the editor sees, with unpublished changes in German.
    expect(await draftTitle(id)).toBe(A)

    // Publishing German serves A everywhere at once.
    await publish(id)
    const fresh = await read(url)
    expect([fresh.via, fresh.json.title]).toEqual(['MISS', A])
    expect(await freshListTitles(id)).toEqual([A])
    expect(await searchIds('Xylophonensemble')).toContain(String(id))
    expect(await searchIds('Zitherorchester')).not.toContain(String(id))
    expect(await logEntries(id)).toBe(logged + 1)
  })

  it('also restores as a draft when asked to (draft=true)', async () => {
    const id = await create('Erste Fassung der Einladung')
    await publish(id)
    await publish(id, { title: 'Zweite Fassung der Einladung' })
    const first = await versionWith(id, 'Erste Fassung der Einladung', 'published')
    expect((await restore(first, editor, true)).status).toBe(200)
    expect(await freshListTitles(id)).toEqual(['Zweite Fassung der Einladung'])
    expect(await draftTitle(id)).toBe('Erste Fassung der Einladung')
  })

  it('is refused to translators, draft or not, and changes nothing', async () => {
    const id = await create('Übersetzt wird später')
    await publish(id)
    await publish(id, { title: 'Übersetzt wird jetzt' })
    const old = await versionWith(id, 'Übersetzt wird später', 'published')
    const before = (await versions(id)).length
    const logged = await logEntries(id)

    for (const draft of [false, true]) {
      const response = await restore(old, translator, draft)
      expect(response.status).toBe(403)
      expect((await response.json()).errors?.[0]?.message).toBe(
        'Translators may not restore an earlier version; an editor does.',
      )
    }
    expect(await freshListTitles(id)).toEqual(['Übersetzt wird jetzt'])
    expect(await draftTitle(id)).toBe('Übersetzt wird jetzt')
    expect((await versions(id)).length).toBe(before)
    expect(await logEntries(id)).toBe(logged)
  })

  it('of a draft-status version keeps the document public and its cached answers true', async () => {
    const id = await create('Pressekonferenz am Montag')
    await publish(id)
    await saveDraft(id, { title: 'Pressekonferenz am Dienstag (Entwurf)' })
    await publish(id, { title: 'Pressekonferenz am Mittwoch' })
    const draftVersion = await versionWith(id, 'Pressekonferenz am Dienstag (Entwurf)', 'draft')

    const url = `/api/news/${id}?locale=de&depth=0`
    const list = `/api/news?locale=de&depth=0&where[id][equals]=${id}`
    expect(await publicTitle(id)).toBe('Pressekonferenz am Mittwoch')
    expect((await read(list)).json.docs).toHaveLength(1)
    expect((await read(url)).via).toBe('HIT')
    expect((await read(list)).via).toBe('HIT')

    expect((await restore(draftVersion, editor)).status).toBe(200)

    // Still public everywhere, with the published text: by id, in lists, fresh and cached, in search.
    for (const answer of [await read(url), await read(list)]) {
      expect(answer.status).toBe(200)
      expect(answer.json.title ?? answer.json.docs[0]?.title).toBe('Pressekonferenz am Mittwoch')
    }
    expect(await freshListTitles(id)).toEqual(['Pressekonferenz am Mittwoch'])
    expect(await publicTitle(id, '&select[title]=true')).toBe('Pressekonferenz am Mittwoch')
    expect(await searchIds('Mittwoch')).toContain(String(id))
    expect(await draftTitle(id)).toBe('Pressekonferenz am Dienstag (Entwurf)')

    await publish(id)
    expect(await publicTitle(id)).toBe('Pressekonferenz am Dienstag (Entwurf)')
    expect(await freshListTitles(id)).toEqual(['Pressekonferenz am Dienstag (Entwurf)'])
  })

  it('cannot publish through GraphQL or the Local API either: only a draft restore is taken', async () => {
    const id = await create('Stadtfest im Juni')
    await publish(id)
    await publish(id, { title: 'Stadtfest im Juli' })
    const old = await versionWith(id, 'Stadtfest im Juni', 'published')
    const logged = await logEntries(id)

    const published = await t.graphql(
      `mutation { restoreVersionNewsItem(id: ${JSON.stringify(old)}) { id } }`,
      editor,
    )
    expect(published.errors?.[0]?.message).toMatch(/draft=true/)
    await expect(
      t.payload.restoreVersion({ collection: 'news', id: old as string }),
    ).rejects.toMatchObject({
      status: 400,
    })
    expect(await freshListTitles(id)).toEqual(['Stadtfest im Juli'])
    expect(await draftTitle(id)).toBe('Stadtfest im Juli')
    expect(await logEntries(id)).toBe(logged)

    const asDraft = await t.graphql(
      `mutation { restoreVersionNewsItem(id: ${JSON.stringify(old)}, draft: true) { id } }`,
      editor,
    )
    expect(asDraft.errors).toBeUndefined()
    expect(await freshListTitles(id)).toEqual(['Stadtfest im Juli'])
    expect(await draftTitle(id)).toBe('Stadtfest im Juni')
  })
})
