import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { findPublic } from '../../src/publication/findPublic.js'
import { seedArchive } from '../../src/seed/archive.js'
import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

type Id = number | string
type Change = {
  at: string
  change: string
  collection: string
  cursor: string
  id: string
  locale: string
}
const LOCALES = ['de', 'en', 'zh', 'ko', 'ja'] as const

let t: TestPayload
let editor: string
let cursor = ''

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

const changes = async (query = '') => {
  const response = await t.rest('GET', `/api/twinning/changes?limit=1000${query}`, {
    token: editor,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { changes: Change[]; hasMore: boolean; nextCursor: string }
}
/** The entries appended since the last call, as `change locale` strings. */
async function newEntries(): Promise<string[]> {
  const page = await changes(cursor ? `&since=${cursor}` : '')
  cursor = page.nextCursor
  return page.changes.map((c) => `${c.change} ${c.collection}:${c.locale}`)
}

const setStatus = (collection: 'news' | 'photos', id: Id, locale: string, localeStatus: string) =>
  t.rest('PATCH', `/api/${collection}/${id}?locale=${locale}`, {
    body: { localeStatus },
    token: editor,
  })
const saveDraft = (
  collection: 'news' | 'photos',
  id: Id,
  locale: string,
  data: Record<string, unknown>,
) =>
  t.rest('PATCH', `/api/${collection}/${id}?locale=${locale}&draft=true`, {
    body: data,
    token: editor,
  })

async function germanDraft(): Promise<Id> {
  const response = await t.rest('POST', '/api/news?locale=de', {
    body: { ...RELEASE.de, publishedAt: '2026-04-01T08:00:00.000Z' },
    token: editor,
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc.id
}

describe('the publication log', () => {
  it('gets exactly one entry per change of what the public sees, none for drafts', async () => {
    await newEntries()
    const id = await germanDraft()
    expect(await newEntries()).toEqual([])
    expect((await setStatus('news', id, 'de', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual(['published news:de'])
    expect((await saveDraft('news', id, 'zh', RELEASE.zh)).status).toBe(200)
    expect((await saveDraft('news', id, 'de', { title: 'Neuer Titel im Entwurf' })).status).toBe(
      200,
    )
    expect(await newEntries()).toEqual([])
    expect((await setStatus('news', id, 'zh', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual(['published news:zh'])
    // Publishing German again with its changed title: German's public text changed, Chinese did not.
    expect((await setStatus('news', id, 'de', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual(['updated news:de'])
    expect((await setStatus('news', id, 'de', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual([])
    expect((await setStatus('news', id, 'zh', 'unpublished')).status).toBe(200)
    expect(await newEntries()).toEqual(['withdrawn news:zh'])
    expect((await t.rest('DELETE', `/api/news/${id}`, { token: editor })).status).toBe(200)
    expect(await newEntries()).toEqual(['deleted news:de'])
  })

  it('a photo published in German becomes visible in every locale of its fallback chain', async () => {
    const image = await sharp({
      create: { background: '#336699', channels: 3, height: 30, width: 40 },
    })
      .png()
      .toBuffer()
    const photo = await t.payload.create({
      collection: 'photos',
      data: {
        _status: 'draft',
        alt: 'Marktplatz',
        credit: 'Stadt Stuttgart',
        licence: 'pressOnly',
      },
      draft: true,
      file: {
        data: image,
        mimetype: 'image/png',
        name: `log-${Date.now()}.png`,
        size: image.length,
      },
      locale: 'de',
    })
    await newEntries()
    expect((await setStatus('photos', photo.id, 'de', 'published')).status).toBe(200)
    expect((await newEntries()).sort()).toEqual(LOCALES.map((l) => `published photos:${l}`).sort())
    expect((await setStatus('photos', photo.id, 'de', 'unpublished')).status).toBe(200)
    expect((await newEntries()).sort()).toEqual(LOCALES.map((l) => `withdrawn photos:${l}`).sort())
  })

  it('a rolled-back write leaves no entry', async () => {
    const id = await germanDraft()
    await newEntries()
    const transactionID = await t.payload.db.beginTransaction()
    expect(transactionID).toBeTruthy()
    const req = { transactionID } as unknown as PayloadRequest
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published' } as never,
      id,
      locale: 'de',
      req,
    })
    await t.payload.db.rollbackTransaction(transactionID!)
    expect(await newEntries()).toEqual([])
    expect((await t.rest('GET', `/api/news/${id}?locale=de`)).status).toBe(404)
  })

  it('scheduled publish and unpublish jobs are logged when they run, not when they are queued', async () => {
    const id = await germanDraft()
    await setStatus('news', id, 'de', 'published')
    await saveDraft('news', id, 'ko', RELEASE.ko)
    await newEntries()
    const doc = { relationTo: 'news' as const, value: id as number }
    await t.payload.jobs.queue({
      input: { doc, locale: 'ko', type: 'publish' },
      task: 'schedulePublish',
    })
    expect(await newEntries()).toEqual([])
    await t.payload.jobs.run()
    expect(await newEntries()).toEqual(['published news:ko'])
    await t.payload.jobs.queue({
      input: { doc, locale: 'ko', type: 'unpublish' },
      task: 'schedulePublish',
    })
    await t.payload.jobs.run()
    expect(await newEntries()).toEqual(['withdrawn news:ko'])
  })

  it('an XLIFF import is a draft (no entry); publishing its locale afterwards is one', async () => {
    const id = await germanDraft()
    await setStatus('news', id, 'de', 'published')
    await newEntries()
    const exported = await t.rest(
      'GET',
      `/api/twinning/xliff/export?collection=news&ids=${id}&targets=ja`,
      {
        token: editor,
      },
    )
    expect(exported.status).toBe(200)
    const translated = (await exported.text())
      .replaceAll('state="initial"', 'state="translated"')
      .replace(
        /(<source>([\s\S]*?)<\/source>)(<target>[\s\S]*?<\/target>)?/g,
        (_all, source: string, inner: string) => `${source}<target>${inner} (ja)</target>`,
      )
    const imported = await t.rest('POST', '/api/twinning/xliff/import', {
      body: translated,
      headers: { 'Content-Type': 'application/xliff+xml' },
      token: editor,
    })
    expect(imported.status).toBe(200)
    expect(await newEntries()).toEqual([])
    const published = await setStatus('news', id, 'ja', 'published')
    expect([published.status, published.status === 200 ? '' : await published.text()]).toEqual([
      200,
      '',
    ])
    expect(await newEntries()).toEqual(['published news:ja'])
  })

  it('the archive seed announces each document-locale it publishes once', async () => {
    await newEntries()
    const report = await seedArchive(t.payload, 3, { batch: 2 })
    expect(report.created).toBe(3)
    const entries = await newEntries()
    expect(entries).toHaveLength(15)
    expect(new Set(entries)).toEqual(new Set(LOCALES.map((l) => `published news:${l}`)))
    await seedArchive(t.payload, 3, { batch: 2 })
    expect(await newEntries()).toEqual([])
  })

  it('pages with cursors, filters by locale, and refuses bad input', async () => {
    expect((await t.rest('GET', '/api/twinning/changes')).status).toBe(401)
    const all = await changes('')
    expect(all.changes.length).toBeGreaterThan(4)
    const first = await changes('&limit=2'.replace('limit=1000&', ''))
    const page = await (
      await t.rest('GET', '/api/twinning/changes?limit=2', { token: editor })
    ).json()
    expect(page.changes).toHaveLength(2)
    expect(page.hasMore).toBe(true)
    const next = await (
      await t.rest('GET', `/api/twinning/changes?limit=2&since=${page.nextCursor}`, {
        token: editor,
      })
    ).json()
    expect(next.changes[0].cursor).toBe(all.changes[2]!.cursor)
    expect(first.changes.length).toBeGreaterThan(0)
    const zh = await changes('&locale=zh')
    expect(zh.changes.every((c) => c.locale === 'zh')).toBe(true)
    const capped = await (
      await t.rest('GET', '/api/twinning/changes?limit=99999', { token: editor })
    ).json()
    expect(capped.changes.length).toBeLessThanOrEqual(1000)
    for (const query of [
      'since=garbage',
      'since=tw1.AAAA',
      `since=tw1.${Buffer.from('999999').toString('base64url')}`,
      'limit=-3',
      'limit=abc',
      'locale=kr',
    ]) {
      const response = await t.rest('GET', `/api/twinning/changes?${query}`, { token: editor })
      expect([query, response.status]).toEqual([query, 400])
    }
  })

  it('replayed from the start, tells exactly which document-locales are public', async () => {
    // Some more history: published, updated, withdrawn and deleted releases.
    for (let n = 0; n < 4; n++) {
      const id = await germanDraft()
      for (const locale of ['de', 'en', 'ko'] as const) {
        if (locale !== 'de') await saveDraft('news', id, locale, RELEASE[locale])
        await setStatus('news', id, locale, 'published')
      }
      if (n % 2) await setStatus('news', id, 'en', 'unpublished')
      if (n === 3) await t.rest('DELETE', `/api/news/${id}`, { token: editor })
    }
    const mirror = new Set<string>()
    for (const entry of (await changes('')).changes) {
      const key = `${entry.collection}:${entry.id}:${entry.locale}`
      if (entry.change === 'published' || entry.change === 'updated') mirror.add(key)
      else mirror.delete(key)
    }
    const truth = new Set<string>()
    for (const collection of ['news', 'photos'] as const) {
      for (const locale of LOCALES) {
        const page = await findPublic(t.payload, { collection, limit: 100, locale })
        for (const doc of page.docs) truth.add(`${collection}:${doc.id}:${locale}`)
      }
    }
    expect([...mirror].sort()).toEqual([...truth].sort())
  })
})
