import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { rebuildSearchIndex } from '../../src/search/rebuild.js'
import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * Publishing goes on while `npm run search -- --rebuild` runs: a delete, a withdrawal and a
 * correction that commit after the rebuild read a batch and before it wrote it must win — the
 * rebuild must not put the old text back into the emptied index.
 */
type Id = number | string

let t: TestPayload
let editor: string

async function send(method: string, url: string, body?: Record<string, unknown>) {
  const response = await t.rest(method, url, { body, token: editor })
  expect(response.status).toBe(200)
}

/** A release published in German and English with these titles. */
async function release(de: string, en: string): Promise<Id> {
  const created = await t.rest('POST', '/api/news?locale=de', {
    body: { lead: 'Pressemitteilung.', title: de },
    token: editor,
  })
  expect(created.status).toBe(201)
  const id = (await created.json()).doc.id as Id
  await send('PATCH', `/api/news/${id}?locale=de`, { localeStatus: 'published' })
  await send('PATCH', `/api/news/${id}?locale=en`, {
    lead: 'Press release.',
    localeStatus: 'published',
    title: en,
  })
  return id
}

/** The ids the public search finds for a word in a locale. */
async function found(q: string, locale: string): Promise<string[]> {
  const response = await t.rest('GET', `/api/twinning/search?q=${q}&locale=${locale}&limit=50`)
  expect(response.status).toBe(200)
  return ((await response.json()).docs as Array<{ id: string }>).map((hit) => hit.id)
}

beforeAll(async () => {
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  editor = await t.login(user.email, user.password)
}, 120_000)
afterAll(async () => t?.close())

describe('a search rebuild while editors publish', () => {
  it('keeps deletes, withdrawals and corrections made between reading and writing a batch', async () => {
    const deleted = await release('Zeppelinwerft schließt', 'Airship yard closes')
    const withdrawn = await release('Flugfeldkonzert im Park', 'Airfield concert in the park')
    const corrected = await release('Neckarfähre fährt wieder', 'Neckar ferry runs again')
    const untouched = await release('Weinlese am Rotenberg', 'Grape harvest on Rotenberg')

    let batches = 0
    const report = await rebuildSearchIndex(t.payload, {
      // The changes land after the first batch (the first three releases) was read and analyzed,
      // before it is written.
      batch: 3,
      beforeWrite: async () => {
        if (batches++) return
        await send('DELETE', `/api/news/${deleted}`)
        await send('PATCH', `/api/news/${withdrawn}?locale=en`, { localeStatus: 'unpublished' })
        await send('PATCH', `/api/news/${corrected}?locale=de`, {
          localeStatus: 'published',
          title: 'Neckarschiff fährt wieder',
        })
      },
    })
    expect(batches).toBe(2)
    expect(report.documents).toBe(4)

    // One comparison, so that a failure shows every word at once.
    const searches = async () => ({
      deletedDe: await found('Zeppelinwerft', 'de'),
      deletedEn: await found('Airship', 'en'),
      withdrawnEn: await found('Airfield', 'en'),
      withdrawnDe: await found('Flugfeldkonzert', 'de'),
      correctedOld: await found('Neckarfähre', 'de'),
      correctedNew: await found('Neckarschiff', 'de'),
      correctedEn: await found('Neckar', 'en'),
      untouched: await found('Weinlese', 'de'),
    })
    const expected = {
      deletedDe: [],
      deletedEn: [],
      withdrawnEn: [],
      withdrawnDe: [String(withdrawn)],
      correctedOld: [],
      correctedNew: [String(corrected)],
      correctedEn: [String(corrected)],
      untouched: [String(untouched)],
    }
    expect(await searches()).toEqual(expected)
    // The same index as a rebuild with nobody publishing.
    const quiet = await rebuildSearchIndex(t.payload)
    expect(report.entries).toBe(quiet.entries)
    expect(await searches()).toEqual(expected)
  })

  it('waits for a delete under way while a batch is written', async () => {
    const id = await release('Killesbergbahn dampft', 'Killesberg railway steams')
    let commit: (() => Promise<void>) | undefined
    await rebuildSearchIndex(t.payload, {
      // The delete has run its hooks (log entry, index removal) but not committed when the
      // rebuild writes the batch and checks it: the check must wait for it (on PostgreSQL the
      // publication log's lock; on SQLite the writer's turn). It commits once the batch is done,
      // or after 1.5 s while the rebuild waits.
      beforeWrite: async (_collection, ids) => {
        if (commit || !ids.includes(id)) return
        const req = await createLocalReq({}, t.payload)
        await initTransaction(req)
        await t.payload.delete({ collection: 'news', id, req })
        let done: Promise<void> | undefined
        commit = () => (done ??= commitTransaction(req))
        setTimeout(commit, 1500)
      },
      onBatch: () => void commit?.(),
    })
    await commit!()
    expect(await found('Killesbergbahn', 'de')).toEqual([])
    expect(await found('Killesberg', 'en')).toEqual([])
  })
})
