import { createHmac } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { withPartnerGate } from '../../src/partners/gate/withPartnerGate.js'
import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { createUser, publishDocument, RELEASE, type ReleaseLocale } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto } from '../helpers/photos.js'

type Id = number | string
const LOCALES: ReleaseLocale[] = ['de', 'en', 'zh', 'ko', 'ja']

let t: TestPayload
let editor: string
let admin: string
let nanjing: Id
let sejong: Id
/** Tagged with Nanjing, public in every locale. */
let aboutNanjing: Id
/** Tagged with Sejong, public in de and zh only. */
let aboutSejong: Id
/** A German draft. */
let draft: Id
let event: Id

const keys = {
  nanjing: 'nanjing-zh-news-key-0000000000000001',
  sejongKo: 'sejong-ko-key-000000000000000000000002',
  zh: 'zh-news-only-key-00000000000000000000003',
  zhToo: 'zh-news-only-key-00000000000000000000004',
}
const clients: Record<keyof typeof keys, Id> = {} as never

const auth = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })
const get = (url: string, key?: string, headers: Record<string, string> = {}) =>
  t.rest('GET', url, {
    headers: { 'Accept-Language': 'en', ...(key ? auth(key) : {}), ...headers },
  })

const publishEverywhere = (
  collection: 'events' | 'news' | 'partner-cities',
  common: Record<string, unknown>,
  localized: (locale: ReleaseLocale) => Record<string, unknown>,
  locales?: ReleaseLocale[],
) => publishDocument(t.payload, collection, common, localized, locales)

async function createClient(data: Record<string, unknown>): Promise<Id> {
  const client = await t.payload.create({ collection: 'api-clients', data: data as never })
  return client.id
}

beforeAll(async () => {
  t = await startTestPayload()
  editor = await t.login(
    ...(Object.values(await createUser(t.payload, ['editor'])) as [string, string]),
  )
  admin = await t.login(
    ...(Object.values(await createUser(t.payload, ['admin'])) as [string, string]),
  )
  const city = (name: string, country: string, timeZone: string) =>
    publishEverywhere(
      'partner-cities',
      { country, relationship: 'twinCity', timeZone },
      (locale) => ({ name: `${name} ${locale}` }),
    )
  nanjing = await city('Nanjing', 'CN', 'Asia/Shanghai')
  sejong = await city('Sejong', 'KR', 'Asia/Seoul')
  aboutNanjing = await publishEverywhere(
    'news',
    { partnerCities: [nanjing], publishedAt: '2026-03-10T09:00:00.000Z' },
    (locale) => ({ ...RELEASE[locale] }),
  )
  aboutSejong = await publishEverywhere(
    'news',
    { partnerCities: [sejong], publishedAt: '2026-03-11T09:00:00.000Z' },
    (locale) => ({ ...RELEASE[locale], title: `${RELEASE[locale].title} (Sejong)` }),
    ['de', 'zh'],
  )
  draft = (
    await t.payload.create({
      collection: 'news',
      data: { ...RELEASE.de, title: 'Geheimer Entwurf', _status: 'draft' } as never,
      draft: true,
      locale: 'de',
    })
  ).id
  event = await publishEverywhere(
    'events',
    { kind: 'signing', startsAt: '2026-05-01T01:00:00Z', timeZone: 'Asia/Shanghai' },
    (locale) => ({ title: `Unterzeichnung ${locale}` }),
  )
  clients.zh = await createClient({
    apiKey: keys.zh,
    collections: ['news'],
    locales: ['zh'],
    name: 'Nanjing portal (zh)',
  })
  clients.zhToo = await createClient({
    apiKey: keys.zhToo,
    collections: ['news'],
    locales: ['zh'],
    name: 'Another zh client',
  })
  clients.nanjing = await createClient({
    apiKey: keys.nanjing,
    collections: ['news', 'partner-cities'],
    locales: ['zh', 'en'],
    name: 'Nanjing only',
    partnerCity: nanjing,
  })
  clients.sejongKo = await createClient({
    apiKey: keys.sejongKo,
    collections: ['news', 'events', 'partner-cities'],
    locales: ['ko'],
    name: 'Sejong (ko)',
  })
})
afterAll(async () => t?.close())

const titles = async (response: Response) => {
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: Array<{ id: Id; title?: string }> }
  return body.docs.map((doc) => doc.id).sort()
}

describe('partner API keys', () => {
  it('read public content in their languages only, never drafts', async () => {
    const response = await get('/api/news?locale=zh&depth=0', keys.zh)
    const body = (await response.json()) as { docs: Array<Record<string, any>> }
    expect(response.status).toBe(200)
    expect(body.docs.map((doc) => doc.id).sort()).toEqual([aboutNanjing, aboutSejong].sort())
    for (const doc of body.docs) expect(doc._locale).toEqual({ requested: 'zh', served: 'zh' })
    expect(JSON.stringify(body)).not.toContain('Geheimer Entwurf')
    expect((await get(`/api/news/${draft}?locale=zh`, keys.zh)).status).toBe(404)
    expect((await get(`/api/news/${draft}?locale=zh&draft=true`, keys.zh)).status).toBe(404)
  })

  it('read in the key’s first language when no locale is asked for', async () => {
    const response = await get(`/api/news/${aboutNanjing}`, keys.zh)
    expect(response.status).toBe(200)
    const doc = (await response.json()) as Record<string, any>
    expect(doc.title).toBe(RELEASE.zh.title)
    expect(doc._locale.requested).toBe('zh')
  })

  it('answer 403 for a language or collection the key lacks, also as a fallback', async () => {
    for (const url of [
      '/api/news?locale=de',
      `/api/news/${aboutNanjing}?locale=en`,
      '/api/news?locale=zh&fallback-locale=de',
      '/api/news?locale=zh&fallbackLocale=en',
      '/api/events?locale=zh',
      '/api/photos?locale=zh',
      '/api/users',
      '/api/api-clients',
      '/api/webhook-deliveries',
      '/api/publication-log',
      '/api/payload-jobs/run',
      '/api/payload-preferences/nav',
      '/api/twinning/xliff/export?collection=news&ids=1',
    ]) {
      const response = await get(url, keys.zh)
      expect({ url, status: response.status }).toEqual({ url, status: 403 })
      const body = (await response.json()) as { errors: Array<{ message: string }> }
      expect(body.errors[0]!.message).toMatch(/may not read/)
    }
    // Nor can it probe another language's text through a filter.
    const probe = await get('/api/news?locale=zh&where[title.de][like]=Delegation', keys.zh)
    expect(probe.status).toBe(400)
    expect(((await probe.json()) as any).errors[0].message).toMatch(/may not read that language/)
    const probeAll = await get('/api/news?locale=all&where[lead.en][like]=Stuttgart', keys.zh)
    expect(probeAll.status).toBe(400)
    // all locales: only the key's own.
    const all = await get(`/api/news/${aboutNanjing}?locale=all`, keys.zh)
    expect(all.status).toBe(200)
    const allLocales = (await all.json()) as any
    expect(Object.keys(allLocales.title)).toEqual(['zh'])
    expect(Object.keys(allLocales.lead)).toEqual(['zh'])
    expect(allLocales.availableLocales).toEqual(['zh'])
    expect(JSON.stringify(allLocales)).not.toContain(RELEASE.de.title)
    // A zh field left empty is not filled from German or English (the key reads zh only).
    await t.payload.update({
      collection: 'news',
      data: { kicker: 'Partnerschaft', _status: 'published' } as never,
      id: aboutNanjing,
      locale: 'de',
    })
    const one = (await (await get(`/api/news/${aboutNanjing}?locale=zh`, keys.zh)).json()) as any
    expect(one.kicker ?? null).toBeNull()
  })

  it('never write', async () => {
    for (const [method, url] of [
      ['POST', '/api/news'],
      ['PATCH', `/api/news/${aboutNanjing}?locale=zh`],
      ['DELETE', `/api/news/${aboutNanjing}`],
      ['POST', '/api/payload-preferences/nav'],
      ['POST', '/api/payload-jobs/run'],
      ['POST', `/api/api-clients/${clients.zh}`],
    ] as const) {
      const response = await t.rest(method, url, {
        body: { title: 'Übernommen' },
        headers: { ...auth(keys.zh), 'Accept-Language': 'en' },
      })
      expect({ method, url, status: response.status }).toEqual({ method, url, status: 403 })
    }
    const mutation = await t.graphql(
      `mutation { updateNews(id: ${aboutNanjing}, data: { title: "x" }) { id } }`,
      `api-clients API-Key ${keys.zh}`,
    )
    expect(mutation.errors?.[0]?.message).toMatch(/only reads|liest nur/)
    const stored = await t.payload.findByID({ collection: 'news', id: aboutNanjing, locale: 'zh' })
    expect(stored.title).toBe(RELEASE.zh.title)
  })

  it('cannot slip a mutation, a bracketed language or a language probe past the gate', async () => {
    // A media type GraphQL reads as JSON, with text that merely mentions application/graphql.
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const gated = withPartnerGate(t.config, GRAPHQL_POST(Promise.resolve(t.config)))
    const mutation = JSON.stringify({
      query: `mutation { createPayloadLockedDocument(data: { document: { relationTo: news, value: ${aboutNanjing} } }) { id } }`,
    })
    for (const contentType of [
      'application/json; charset=utf-8; x=application/graphql',
      'text/plain',
      'application/json',
    ]) {
      const response = await gated(
        new Request('http://localhost:3000/api/graphql', {
          body: mutation,
          headers: { ...auth(keys.zh), 'Content-Type': contentType },
          method: 'POST',
        }),
        undefined,
      )
      expect({ contentType, status: response.status }).toEqual({ contentType, status: 403 })
    }
    // Payload's handler itself, were the gate bypassed: queries only, no system collections.
    const bare = async (query: string) =>
      (await (
        await GRAPHQL_POST(Promise.resolve(t.config))(
          new Request('http://localhost:3000/api/graphql', {
            body: JSON.stringify({ query }),
            headers: {
              ...auth(keys.zh),
              'Accept-Language': 'en',
              'Content-Type': 'application/json',
            },
            method: 'POST',
          }),
        )
      ).json()) as { data?: unknown; errors?: Array<{ message: string }> }
    expect(
      (await bare('mutation { refreshTokenApiClient { refreshedToken } }')).errors?.[0]?.message,
    ).toMatch(/only reads/)
    expect((await bare('{ PayloadLockedDocuments { docs { id } } }')).errors?.[0]?.message).toMatch(
      /may not read/,
    )
    expect(await t.payload.count({ collection: 'payload-locked-documents' })).toEqual({
      totalDocs: 0,
    })

    for (const url of [
      '/api/twinning/search?q=Delegation&locale[]=de',
      '/api/twinning/search?q=Delegation&locale[0]=de',
      '/api/news?locale=zh&locale=de',
      '/api/news?locale=zh&fallback-locale=none&fallbackLocale=de',
      '/api/twinning/changes?collections[]=events',
    ]) {
      expect({ url, status: (await get(url, keys.zh)).status }).toEqual({ url, status: 403 })
    }
    for (const url of [
      '/api/news?locale=zh&where[publishedIn.de][equals]=true',
      '/api/news?locale=zh&where[availableLocales][in]=de',
      '/api/news?locale=zh&sort=publishedIn.de',
    ]) {
      expect({ url, status: (await get(url, keys.zh)).status }).toEqual({ url, status: 400 })
    }
    // A key sent as a bearer token is refused, not served as a visitor.
    for (const scheme of ['Bearer', 'JWT']) {
      const response = await t.rest('GET', '/api/news?locale=de', {
        headers: { Authorization: `${scheme} ${keys.zh}` },
      })
      expect({ scheme, status: response.status }).toEqual({ scheme, status: 401 })
    }
  })

  it('read through GraphQL with the same rule', async () => {
    const zh = await t.graphql(
      '{ News(locale: zh, limit: 50) { docs { id title } } }',
      `api-clients API-Key ${keys.zh}`,
    )
    expect(zh.errors).toBeUndefined()
    expect(zh.data!.News.docs.map((doc: { id: Id }) => doc.id).sort()).toEqual(
      [aboutNanjing, aboutSejong].sort(),
    )
    const de = await t.graphql(
      '{ News(locale: de, limit: 50) { docs { id title } } }',
      `api-clients API-Key ${keys.zh}`,
    )
    expect(JSON.stringify(de.data ?? {})).not.toContain(RELEASE.de.title)
    const users = await t.graphql('{ Users { docs { email } } }', `api-clients API-Key ${keys.zh}`)
    expect(JSON.stringify(users.data ?? {})).not.toContain('@twinning.test')
  })

  it('restricted to a partner city see only that city and what is tagged with it', async () => {
    expect(await titles(await get('/api/news?locale=zh', keys.nanjing))).toEqual([aboutNanjing])
    expect((await get(`/api/news/${aboutSejong}?locale=zh`, keys.nanjing)).status).toBe(404)
    expect(await titles(await get('/api/partner-cities?locale=en', keys.nanjing))).toEqual([
      nanjing,
    ])
    expect((await get(`/api/partner-cities/${sejong}?locale=en`, keys.nanjing)).status).toBe(404)
    // The same through findPublic with the client.
    const client = await t.payload.findByID({ collection: 'api-clients', id: clients.nanjing })
    const page = await findPublic(t.payload, { client, collection: 'news', locale: 'zh' })
    expect(page.docs.map((doc) => doc.id)).toEqual([aboutNanjing])
    expect(
      await findPublicByID(t.payload, {
        client,
        collection: 'news',
        id: aboutSejong,
        locale: 'zh',
      }),
    ).toBeNull()
    expect(
      await findPublicByID(t.payload, { client, collection: 'events', id: event, locale: 'zh' }),
    ).toBeNull()
  })

  it('keep their partner city: a city a client is restricted to cannot be deleted', async () => {
    const response = await t.rest('DELETE', `/api/partner-cities/${nanjing}`, {
      headers: { 'Accept-Language': 'en' },
      token: admin,
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as any).errors[0].message).toMatch(/Nanjing only/)
    expect(await t.payload.findByID({ collection: 'partner-cities', id: nanjing })).toBeTruthy()
    expect(await titles(await get('/api/news?locale=zh', keys.nanjing))).toEqual([aboutNanjing])
  })

  it('search and resolve within their scope', async () => {
    const search = async (query: string, key: string) => {
      const response = await get(`/api/twinning/search?${query}`, key)
      expect({ query, status: response.status }).toEqual({ query, status: 200 })
      const body = (await response.json()) as { docs: Array<{ id: Id; locale: string }> }
      return body.docs.map((doc) => `${doc.id}:${doc.locale}`).sort()
    }
    expect(await search('q=南京&locale=zh', keys.zh)).toEqual(
      [`${aboutNanjing}:zh`, `${aboutSejong}:zh`].sort(),
    )
    // No locale: every language of the key, none other.
    expect(await search('q=南京', keys.zh)).toEqual(
      [`${aboutNanjing}:zh`, `${aboutSejong}:zh`].sort(),
    )
    expect(await search('q=Rathaus', keys.sejongKo)).toEqual([])
    expect(await search('q=난징', keys.sejongKo)).toEqual([`${aboutNanjing}:ko`])
    // A partner-city key finds only what is tagged with its city.
    expect(await search('q=南京&locale=zh', keys.nanjing)).toEqual([`${aboutNanjing}:zh`])
    for (const url of [
      '/api/twinning/search?q=Nanjing&locale=de',
      '/api/twinning/search?q=Nanjing&collections=events',
      '/api/twinning/resolve?collection=events&locale=zh&slug=x',
    ]) {
      expect({ url, status: (await get(url, keys.zh)).status }).toEqual({ url, status: 403 })
    }

    const stored = await t.payload.findByID({ collection: 'news', id: aboutNanjing, locale: 'all' })
    const slug = (stored.slug as unknown as Record<string, string>).zh
    const resolved = await get(
      `/api/twinning/resolve?collection=news&locale=zh&slug=${encodeURIComponent(slug!)}`,
      keys.zh,
    )
    expect(resolved.status).toBe(200)
    expect(((await resolved.json()) as { slugs: Record<string, string> }).slugs).toEqual({
      zh: slug,
    })
    const sejongSlug = (
      (await t.payload.findByID({ collection: 'news', id: aboutSejong, locale: 'all' }))
        .slug as unknown as Record<string, string>
    ).zh
    const outsideCity = await get(
      `/api/twinning/resolve?collection=news&locale=zh&slug=${encodeURIComponent(sejongSlug!)}`,
      keys.nanjing,
    )
    expect(outsideCity.status).toBe(404)
  })

  it('of another language read it; languages the document is not public in stay hidden', async () => {
    const ko = await titles(await get('/api/news?locale=ko', keys.sejongKo))
    expect(ko).toEqual([aboutNanjing]) // aboutSejong is public in de and zh only
    expect(await titles(await get('/api/events?locale=ko', keys.sejongKo))).toEqual([event])
  })

  it('are cached per scope: same scope shares answers, other scopes and visitors do not', async () => {
    const url = `/api/news?locale=zh&depth=0&sort=id`
    const first = await get(url, keys.zh)
    expect(first.status).toBe(200)
    const again = await get(url, keys.zh)
    expect(again.headers.get('x-twinning-cache')).toBe('HIT')
    const sameScope = await get(url, keys.zhToo)
    expect(sameScope.headers.get('x-twinning-cache')).toBe('HIT')
    expect(await sameScope.text()).toBe(await again.text())
    const narrower = await get(url, keys.nanjing)
    expect(narrower.headers.get('x-twinning-cache')).toBe('MISS')
    expect(await titles(narrower)).toEqual([aboutNanjing])
    // A visitor forging the gate's scope header gets no keyed answer.
    const forged = await get(url, undefined, { 'x-twinning-key-scope': 'scope:zh|news|' })
    expect(forged.headers.get('x-twinning-cache')).not.toBe('HIT')
    // Withdrawing zh drops the keyed answers at once.
    const withdrawn = await t.rest('PATCH', `/api/news/${aboutSejong}?locale=zh`, {
      body: { localeStatus: 'unpublished' },
      token: editor,
    })
    expect(withdrawn.status).toBe(200)
    expect(await titles(await get(url, keys.zh))).toEqual([aboutNanjing])
    expect(await titles(await get(url, keys.zhToo))).toEqual([aboutNanjing])
    const republished = await t.rest('PATCH', `/api/news/${aboutSejong}?locale=zh`, {
      body: { localeStatus: 'published' },
      token: editor,
    })
    expect(republished.status).toBe(200)
  })

  it('answer 401 with the reason for malformed, unknown, revoked and expired keys', async () => {
    const reason = async (headers: Record<string, string>) => {
      const response = await t.rest('GET', '/api/news?locale=zh', {
        headers: { 'Accept-Language': 'en', ...headers },
      })
      expect(response.status).toBe(401)
      return ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message
    }
    expect(await reason({ Authorization: 'api-clients API-Key' })).toMatch(/must read/)
    expect(await reason({ Authorization: 'api-clients API-Key short' })).toMatch(/must read/)
    expect(await reason({ Authorization: 'API-Key whatever-key-000000000000' })).toMatch(
      /must read/,
    )
    expect(await reason(auth('no-such-key-000000000000000000000'))).toMatch(/not known/)
    expect(
      await reason({ ...auth('no-such-key-000000000000000000000'), 'Accept-Language': 'de' }),
    ).toMatch(/unbekannt/)

    const key = 'soon-revoked-key-00000000000000000000'
    const id = await createClient({
      apiKey: key,
      collections: ['news'],
      locales: ['zh'],
      name: 'R',
    })
    expect((await get('/api/news?locale=zh', key)).status).toBe(200)
    const revoke = await t.rest('PATCH', `/api/api-clients/${id}`, {
      body: { apiKey: null, enableAPIKey: false },
      token: admin,
    })
    expect(revoke.status).toBe(200)
    expect(await reason(auth(key))).toMatch(/revoked/)

    const expiring = 'expiring-key-0000000000000000000000000'
    const expiringId = await createClient({
      apiKey: expiring,
      collections: ['news'],
      locales: ['zh'],
      name: 'E',
    })
    expect((await get('/api/news?locale=zh', expiring)).status).toBe(200)
    await t.payload.update({
      collection: 'api-clients',
      data: { expiresAt: '2026-01-01T00:00:00.000Z' } as never,
      id: expiringId,
    })
    expect(await reason(auth(expiring))).toMatch(/expired on 2026-01-01/)
  })

  it('rotate: the replaced key works for the grace period, then answers 401', async () => {
    const old = 'rotating-key-old-00000000000000000000'
    const next = 'rotating-key-new-00000000000000000000'
    const id = await createClient({
      apiKey: old,
      collections: ['news'],
      keyGraceHours: 2,
      locales: ['zh'],
      name: 'Rotating',
    })
    const rotated = await t.rest('PATCH', `/api/api-clients/${id}`, {
      body: { apiKey: next, enableAPIKey: true },
      token: admin,
    })
    expect(rotated.status).toBe(200)
    expect((await get('/api/news?locale=zh', next)).status).toBe(200)
    expect((await get('/api/news?locale=zh', old)).status).toBe(200)
    const row = (await t.payload.db.findOne({
      collection: 'api-clients',
      where: { id: { equals: id } },
    })) as Record<string, any>
    const graceEnds = new Date(row.previousKeyValidUntil).getTime()
    expect(graceEnds - Date.now()).toBeGreaterThan(1.9 * 3_600_000)
    expect(graceEnds - Date.now()).toBeLessThanOrEqual(2 * 3_600_000)
    // Grace over (moved into the past as time would):
    await t.payload.db.updateOne({
      collection: 'api-clients',
      data: { previousKeyValidUntil: '2026-01-02T00:00:00.000Z' },
      id,
    })
    await t.payload.update({ collection: 'api-clients', data: { name: 'Rotated' }, id })
    const refused = await get('/api/news?locale=zh', old)
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as any).errors[0].message).toMatch(/replaced/)
    expect((await get('/api/news?locale=zh', next)).status).toBe(200)
  })

  it('are never stored: only their HMAC is, and no read shows it', async () => {
    const row = (await t.payload.db.findOne({
      collection: 'api-clients',
      where: { id: { equals: clients.zh } },
    })) as Record<string, unknown>
    expect(JSON.stringify(row)).not.toContain(keys.zh)
    expect(row.apiKey ?? null).toBeNull()
    expect(row.apiKeyIndex).toBe(
      createHmac('sha256', t.payload.secret).update(keys.zh).digest('hex'),
    )
    const asAdmin = await t.rest('GET', `/api/api-clients/${clients.zh}`, { token: admin })
    const text = await asAdmin.text()
    expect(asAdmin.status).toBe(200)
    for (const secret of [keys.zh, row.apiKeyIndex as string]) expect(text).not.toContain(secret)
    const me = await get('/api/api-clients/me', keys.zh)
    const meText = await me.text()
    expect(me.status).toBe(200)
    expect(meText).toContain('Nanjing portal (zh)')
    for (const secret of [keys.zh, row.apiKeyIndex as string, 'webhookSecret'])
      expect(meText).not.toContain(secret)
  })

  it('record when they were last used', async () => {
    await get('/api/news?locale=ko', keys.sejongKo)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const client = await t.payload.findByID({ collection: 'api-clients', id: clients.sejongKo })
    expect(Date.now() - new Date(client.lastUsedAt as string).getTime()).toBeLessThan(60_000)
  })

  it('search their own language’s text only: nothing another language filled in', async () => {
    // Public in de and zh; the Chinese kicker is empty, so visitors read the German one in zh.
    const filled = await publishEverywhere(
      'news',
      { publishedAt: '2026-03-12T09:00:00.000Z' },
      (locale) => ({
        ...RELEASE[locale],
        kicker: locale === 'de' ? 'Haushaltsloch Sommerpause' : '',
        title: `${RELEASE[locale].title} 预算`,
      }),
      ['de', 'zh'],
    )
    type Hit = { id: Id; locale: string; snippet: { field: string } | null; title: string }
    const search = async (query: string, key?: string) => {
      const response = await get(`/api/twinning/search?${query}`, key)
      expect(response.status).toBe(200)
      return (await response.json()) as { docs: Hit[]; totalDocs: number }
    }
    const visitor = await search('q=Haushaltsloch&locale=zh')
    expect(visitor.docs.map((doc) => `${doc.id}:${doc.locale}`)).toEqual([`${filled}:zh`])
    // The key reads this release in zh without a kicker (REST), so search does not find it by one.
    const keyed = await search('q=Haushaltsloch', keys.zh)
    expect(keyed).toMatchObject({ docs: [], totalDocs: 0 })
    const own = await search('q=预算', keys.zh)
    expect(own.docs.map((doc) => String(doc.id))).toEqual([String(filled)])
    expect(JSON.stringify(own)).not.toContain('Haushaltsloch')
    const rest = await (await get(`/api/news/${filled}?locale=zh&depth=0`, keys.zh)).json()
    expect(rest.kicker || null).toBeNull()
    // Every word must be in the key's own text: one of its own and one filled in finds nothing.
    expect(await search('q=预算 Haushaltsloch', keys.zh)).toMatchObject({ docs: [], totalDocs: 0 })
    expect((await search('q=预算 Haushaltsloch&locale=zh')).totalDocs).toBe(1)

    // A photo public in German only: visitors find it in zh (served along the chain), a zh key does not.
    const photo = await createPublishedPhoto(t.payload, {
      alt: 'Gastgeschenk Porzellanvase',
      credit: 'Stadt Stuttgart',
    })
    const photoKey = 'zh-photos-key-000000000000000000000005'
    await createClient({
      apiKey: photoKey,
      collections: ['photos'],
      locales: ['zh'],
      name: 'zh photos',
    })
    const photoHits = await search('q=Porzellanvase&locale=zh&collections=photos')
    expect(photoHits.docs.map((doc) => String(doc.id))).toEqual([String(photo.id)])
    expect(await search('q=Porzellanvase', photoKey)).toMatchObject({ docs: [], totalDocs: 0 })
    expect((await get(`/api/photos/${photo.id}?locale=zh`, photoKey)).status).toBe(404)
  })

  it('leave visitors and staff as they were', async () => {
    expect((await t.rest('GET', '/api/news?locale=de')).status).toBe(200)
    const staff = await t.rest('GET', `/api/news/${draft}?locale=de&draft=true`, { token: editor })
    expect(staff.status).toBe(200)
    expect((await t.rest('GET', '/api/api-clients', {})).status).toBe(403)
  })
})
