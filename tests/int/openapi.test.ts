import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { buildConfig, type Payload } from 'payload'

import { buildOpenApiDocument } from '../../src/openapi/openapiDocument.js'
import { twinning } from '../../src/plugin.js'
import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto, richTextWithPhoto } from '../helpers/photos.js'

type Data = Record<string, any>
type Id = number | string

let t: TestPayload
let editor: string
let document: Data
/** Response validators against the served document, and against it with `required` dropped (`select`). */
let contract: Contract
let relaxed: Contract
/** operationIds a test below has called and checked. */
const exercised = new Set<string>()

const LOCALES = ['de', 'en', 'zh', 'ko', 'ja']
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** JSON pointer escaping of one path segment. */
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1')

class Contract {
  private readonly ajv: Ajv2020
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly doc: Data) {
    this.ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(this.ajv)
    this.ajv.addSchema(doc, 'openapi')
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi#${pointer}` })
      this.compiled.set(pointer, validate)
    }
    return validate
  }

  /** The operation's documented response for a status, `$ref`s to shared responses followed. */
  response(operationId: string, status: number): { pointer: string; response: Data } {
    for (const [route, item] of Object.entries(this.doc.paths as Record<string, Data>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation.operationId !== operationId) continue
        let pointer = `/paths/${escape(route)}/${method}/responses/${status}`
        let response = operation.responses[String(status)] as Data | undefined
        if (!response) throw new Error(`${operationId} documents no ${status}`)
        if (response.$ref) {
          pointer = (response.$ref as string).slice(1)
          response = this.doc.components.responses[pointer.split('/').pop()!] as Data
        }
        return { pointer, response }
      }
    }
    throw new Error(`no operation ${operationId}`)
  }

  /** Checks a JSON body against the operation's documented schema for its status. */
  check(operationId: string, status: number, body: unknown) {
    const { pointer, response } = this.response(operationId, status)
    expect(response.content?.['application/json']).toBeDefined()
    const validate = this.validator(`${pointer}/content/application~1json/schema`)
    if (!validate(body))
      throw new Error(
        `${operationId} ${status}: ${this.ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(body).slice(0, 2000)}`,
      )
  }

  /** Checks a value against one component schema (the locale variant a read must match exactly). */
  matches(schema: string, value: unknown): string | undefined {
    const validate = this.validator(`/components/schemas/${schema}`)
    return validate(value) ? undefined : this.ajv.errorsText(validate.errors)
  }
}

/** The document with every `required` list removed: what `select` answers are checked against. */
function withoutRequired(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRequired)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => !(key === 'required' && Array.isArray(inner)))
      .map(([key, inner]) => [key, withoutRequired(inner)]),
  )
}

interface Call {
  body?: unknown
  headers?: Record<string, string>
  token?: string
}

/** Calls an operation and checks its answer (status, content type, JSON against the schema). */
async function call(
  operationId: string,
  method: string,
  url: string,
  status: number,
  init: Call = {},
) {
  const response = await t.rest(method, url, init)
  const text = await response.text()
  if (response.status !== status)
    throw new Error(
      `${method} ${url}: ${response.status}, expected ${status}: ${text.slice(0, 500)}`,
    )
  exercised.add(operationId)
  const type = response.headers.get('content-type') ?? ''
  if (type.startsWith('application/json')) {
    const body = JSON.parse(text)
    contract.check(operationId, status, body)
    return { body, response, text }
  }
  return { body: undefined, response, text }
}

const ids: Record<string, Id> = {}
let photo: Data
let expiring: Data

beforeAll(async () => {
  t = await startTestPayload()
  const staff = await createUser(t.payload, ['editor'])
  editor = await t.login(staff.email, staff.password)

  // Photos: one public in every locale, with its location kept; one without (the public never
  // gets its location); one whose rights end during the test (a placeholder where related).
  const publishIn = async (doc: Data, locales: string[]) => {
    for (const locale of locales)
      await t.payload.update({
        collection: 'photos',
        data: { _status: 'published', alt: `Marktplatz (${locale})` } as never,
        id: doc.id,
        locale: locale as never,
      })
  }
  photo = (await createPublishedPhoto(t.payload, {
    alt: 'Der Marktplatz',
    caption: 'Markttag in Stuttgart',
    copyrightHolder: 'Landeshauptstadt Stuttgart',
    credit: 'Stadt Stuttgart / Max Kovalenko',
    location: { keepLocation: true, latitude: 48.7758, longitude: 9.1829 },
    usageRestrictions: ['editorialOnly'],
  })) as Data
  await publishIn(photo, ['en', 'zh', 'ko', 'ja'])
  const private_ = (await createPublishedPhoto(t.payload, {
    alt: 'Rathaus',
    credit: 'Agentur',
    location: { keepLocation: false, latitude: 1, longitude: 2 },
  })) as Data
  expiring = (await createPublishedPhoto(t.payload, {
    alt: 'Bald nicht mehr',
    credit: 'Agentur',
    rightsExpireAt: new Date(Date.now() + 4000).toISOString(),
  })) as Data
  await publishIn(expiring, ['en', 'zh'])

  const city = (await t.payload.create({
    collection: 'partner-cities',
    data: {
      _status: 'published',
      coordinates: { lat: 32.06, lng: 118.79 },
      country: 'CN',
      coverPhoto: photo.id,
      name: 'Nanjing',
      population: 9_300_000,
      profile: richTextWithPhoto(expiring.id, 'Partnerstadt seit 2023.'),
      relationship: 'friendshipCity',
      since: '2023-05-01T00:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      website: 'https://www.nanjing.gov.cn',
    } as never,
    locale: 'de',
  })) as Data
  await t.payload.update({
    collection: 'partner-cities',
    data: { _status: 'published', name: '南京', region: '江苏' } as never,
    id: city.id,
    locale: 'zh',
  })

  const release = (await createRelease(t.payload, { locales: ['en', 'zh'] })) as Data
  await t.payload.update({
    collection: 'news',
    data: {
      _status: 'published',
      body: richTextWithPhoto(photo.id, 'Erster Absatz.'),
      gallery: [photo.id, expiring.id],
      heroPhoto: photo.id,
      partnerCities: [city.id],
      pressContact: { email: 'presse@stuttgart.de', name: 'Presseamt', office: 'Rathaus' },
    } as never,
    id: release.id,
    locale: 'de',
  })
  const event = (await t.payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      endsAt: '2026-05-01T04:00:00.000Z',
      kind: 'signing',
      partnerCities: [city.id],
      photo: expiring.id,
      startsAt: '2026-05-01T01:00:00.000Z',
      summary: 'Unterzeichnung in Nanjing',
      timeZone: 'Asia/Shanghai',
      title: 'Unterzeichnung',
      venue: { coordinates: { lat: 32.06, lng: 118.79 }, name: 'Rathaus Nanjing' },
    } as never,
    locale: 'de',
  })) as Data
  Object.assign(ids, {
    events: event.id,
    news: release.id,
    'partner-cities': city.id,
    photos: photo.id,
  })
  ids.privatePhoto = private_.id

  const response = await t.rest('GET', '/api/openapi.json')
  expect(response.status).toBe(200)
  document = (await response.json()) as Data
  contract = new Contract(document)
  relaxed = new Contract(withoutRequired(document) as Data)

  // The rights of `expiring` end now (they were set a few seconds ahead so that it could be used).
  const left = new Date(expiring.rightsExpireAt as string).getTime() - Date.now()
  if (left > -100) await sleep(left + 200)
})
afterAll(async () => t?.close())

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toMatch(/^3\.1\./)
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('holds schemas that compile under JSON Schema 2020-12 in strict mode', () => {
    const strict = new Ajv2020({ strict: true })
    addFormats.default(strict)
    strict.addKeyword('example')
    strict.addSchema({ $id: 'components', $defs: document.components.schemas })
    for (const name of Object.keys(document.components.schemas)) {
      const schema = JSON.parse(
        JSON.stringify(document.components.schemas[name]).replaceAll(
          '"#/components/schemas/',
          '"components#/$defs/',
        ),
      )
      expect(() => strict.compile(schema)).not.toThrow()
    }
  })

  it('names the configured locales, the read limits and both security schemes', () => {
    const { parameters, securitySchemes } = document.components
    expect(parameters.locale.schema.enum).toEqual([...LOCALES, 'all'])
    expect(parameters.fallbackLocale.schema.enum).toEqual([...LOCALES, 'none'])
    expect(parameters.fallbackLocale.name).toBe('fallback-locale')
    expect(parameters.limit.schema).toMatchObject({ maximum: 100, minimum: 1 })
    expect(parameters.depth.schema).toMatchObject({ maximum: 2, minimum: 0 })
    expect(parameters.where).toMatchObject({ explode: true, style: 'deepObject' })
    expect(securitySchemes.partnerKey).toMatchObject({
      in: 'header',
      name: 'Authorization',
      type: 'apiKey',
    })
    expect(securitySchemes.partnerKey.description).toContain(
      'Authorization: api-clients API-Key <key>',
    )
    expect(securitySchemes.staffJWT.description).toContain('Authorization: JWT <token>')
    const changes = document.paths['/twinning/changes'].get
    expect(changes.security).toEqual(expect.arrayContaining([{ partnerKey: [] }, { staffJWT: [] }]))
    expect(document.components.responses.Error429.headers['Retry-After']).toBeDefined()
    for (const route of ['/news', '/news/{id}', '/twinning/changes'])
      for (const status of ['400', '401', '403', '429'])
        expect(Object.values(document.paths[route] as Data)[0].responses[status]).toBeDefined()
  })

  it('describes every Twinning endpoint the config registers, and no other', () => {
    const registered = t.payload.config.endpoints
      .filter((endpoint) => endpoint.path.startsWith('/twinning/'))
      .map((endpoint) => `${endpoint.method} ${endpoint.path}`)
    const documented = Object.entries(document.paths as Record<string, Data>)
      .filter(([route]) => route.startsWith('/twinning/'))
      .flatMap(([route, item]) => Object.keys(item).map((method) => `${method} ${route}`))
    expect(documented.sort()).toEqual(registered.sort())
    expect(registered.length).toBeGreaterThanOrEqual(8)
  })

  it('answers 304 to a client that has it, and is the same object for the same config', async () => {
    const first = await call('getOpenApiDocument', 'GET', '/api/openapi.json', 200)
    const etag = first.response.headers.get('etag')!
    expect(etag).toMatch(/^".+"$/)
    const again = await t.rest('GET', '/api/openapi.json', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(first.text).toBe(JSON.stringify(document))
  })
})

const COLLECTIONS = [
  { name: 'News', slug: 'news' },
  { name: 'PartnerCities', slug: 'partner-cities' },
  { name: 'Photos', slug: 'photos' },
  { name: 'Events', slug: 'events' },
]

/** Every document of an answer (a page or one document), for the locale-variant check. */
const docsOf = (body: Data): Data[] => (Array.isArray(body.docs) ? body.docs : [body])

/** Every value of a nested structure, to find placeholders and embedded documents at any depth. */
function* walk(value: unknown): Generator<Data> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item)
  else if (value && typeof value === 'object') {
    yield value as Data
    for (const inner of Object.values(value)) yield* walk(inner)
  }
}

describe('the public reads of the four collections match their schemas', () => {
  const seen = { location: 0, placeholders: 0, populated: 0, withoutLocation: 0 }

  for (const { name, slug } of COLLECTIONS) {
    for (const locale of [...LOCALES, 'all']) {
      for (const depth of [0, 1, 2]) {
        it(`${slug}: list and by id, locale=${locale}, depth=${depth}`, async () => {
          const variant = locale === 'all' ? `${name}AllLocales` : name
          const list = await call(
            `list${name}`,
            'GET',
            `/api/${slug}?locale=${locale}&depth=${depth}&limit=100`,
            200,
          )
          for (const doc of list.body.docs) expect(contract.matches(variant, doc)).toBeUndefined()
          const id = ids[slug]!
          const listed = (list.body.docs as Data[]).some((doc) => doc.id === id)
          const one = await t.rest('GET', `/api/${slug}/${id}?locale=${locale}&depth=${depth}`)
          expect(one.status).toBe(listed ? 200 : 404)
          const body = (await one.json()) as Data
          contract.check(`get${name}`, one.status, body)
          exercised.add(`get${name}`)
          if (one.status === 200) expect(contract.matches(variant, body)).toBeUndefined()
          for (const value of walk(docsOf(list.body))) {
            if (value.unavailable === true) seen.placeholders++
            if (value.renditions && value.location) seen.location++
            if (value.renditions && !('location' in value)) seen.withoutLocation++
            if (depth > 0 && value.id !== undefined && value._locale && value !== list.body.docs[0])
              seen.populated++
          }
        })
      }
    }
    it(`${slug}: a fallback locale, select, count and errors`, async () => {
      const id = ids[slug]!
      const fallback = await call(
        `get${name}`,
        'GET',
        `/api/${slug}/${id}?locale=ko&fallback-locale=de&depth=1`,
        200,
      )
      expect(fallback.body._locale).toEqual({
        requested: 'ko',
        served: name === 'Photos' ? 'ko' : 'de',
      })

      const selected = await t.rest('GET', `/api/${slug}?locale=zh&select[createdAt]=true`)
      expect(selected.status).toBe(200)
      const page = (await selected.json()) as Data
      relaxed.check(`list${name}`, 200, page)
      // The selection, and what the server decides visibility on (a photo's rights, for one).
      for (const doc of page.docs as Data[]) {
        expect(doc).toHaveProperty('createdAt')
        for (const key of Object.keys(doc))
          expect(['_locale', '_status', 'createdAt', 'id', 'rightsExpireAt']).toContain(key)
      }

      const counted = await call(`count${name}`, 'GET', `/api/${slug}/count?locale=de`, 200)
      expect(counted.body.totalDocs).toBeGreaterThan(0)

      await call(`list${name}`, 'GET', `/api/${slug}?locale=xx`, 400)
      await call(`list${name}`, 'GET', `/api/${slug}?locale=de&sort=nope`, 400)
      await call(
        `list${name}`,
        'GET',
        `/api/${slug}?locale=de&where[publishedIn.de][equals]=true`,
        400,
      )
      await call(`count${name}`, 'GET', `/api/${slug}/count?locale=de&fallback-locale=xx`, 400)
      await call(`get${name}`, 'GET', `/api/${slug}/987654?locale=de`, 404)
      await call(`get${name}`, 'GET', `/api/${slug}/${id}?locale=xx`, 400)
    })
  }

  it('met photos with and without a public location, embedded documents and placeholders', () => {
    expect(seen.location).toBeGreaterThan(0)
    expect(seen.withoutLocation).toBeGreaterThan(0)
    expect(seen.populated).toBeGreaterThan(0)
    expect(seen.placeholders).toBeGreaterThan(0)
  })

  it('rejects a document with a field the schema does not describe', async () => {
    const response = await t.rest('GET', `/api/news/${ids.news}?locale=de&depth=0`)
    const doc = (await response.json()) as Data
    expect(contract.matches('News', doc)).toBeUndefined()
    expect(contract.matches('News', { ...doc, undescribed: 'x' })).toMatch(/additional properties/)
    expect(contract.matches('News', { ...doc, title: { de: doc.title } })).toBeDefined()
    const { title: _title, ...withoutTitle } = doc
    expect(contract.matches('News', withoutTitle)).toMatch(/title/)
  })
})

describe('photo files', () => {
  it('serves a rendition, redirects to the hero, refuses what it must', async () => {
    const read = (await (await t.rest('GET', `/api/photos/${photo.id}?locale=de`)).json()) as Data
    const rendition = read.renditions.card.webp as Data
    const file = await call('getPhotosFile', 'GET', rendition.url, 200)
    expect(file.response.headers.get('content-type')).toBe('image/webp')
    const original = await call('getPhotosFile', 'GET', `/api/photos/file/${read.filename}`, 302)
    expect(original.response.headers.get('location')).toBe(read.url)
    await call('getPhotosFile', 'GET', `/api/photos/file/${read.filename}?rendition=nope`, 400)
    await call(
      'getPhotosFile',
      'GET',
      `/api/photos/file/${read.filename}?rendition=hero.aaaaaaaaaaaa.jpg`,
      404,
    )
    await call(
      'getPhotosFile',
      'GET',
      `/api/photos/file/${expiring.filename}?rendition=hero.aaaaaaaaaaaa.jpg`,
      410,
    )
  })
})

describe('the Twinning endpoints match their schemas', () => {
  it('changes: staff read the feed; bad cursors are 400, anonymous readers 401', async () => {
    const page = await call('listChanges', 'GET', '/api/twinning/changes?limit=5', 200, {
      token: editor,
    })
    expect(page.body.changes.length).toBeGreaterThan(0)
    await call(
      'listChanges',
      'GET',
      `/api/twinning/changes?since=${page.body.nextCursor}&locale=zh&include=doc&depth=1`,
      200,
      { token: editor },
    )
    await call('listChanges', 'GET', '/api/twinning/changes?since=garbage', 400, { token: editor })
    await call('listChanges', 'GET', '/api/twinning/changes', 401)
  })

  it('resolve: a slug is found, an unknown one is 404', async () => {
    const news = (await (await t.rest('GET', `/api/news/${ids.news}?locale=zh`)).json()) as Data
    const found = await call(
      'resolveSlug',
      'GET',
      `/api/twinning/resolve?collection=news&locale=zh&slug=${encodeURIComponent(news.slug)}`,
      200,
    )
    expect(found.body).toMatchObject({ id: ids.news, redirect: false })
    await call(
      'resolveSlug',
      'GET',
      '/api/twinning/resolve?collection=news&locale=zh&slug=nope',
      404,
    )
    await call('resolveSlug', 'GET', '/api/twinning/resolve?collection=nope&locale=zh&slug=x', 400)
  })

  it('search: hits in one locale and in all; a missing query is 400', async () => {
    const hits = await call('search', 'GET', '/api/twinning/search?q=Nanjing&locale=de', 200)
    expect(hits.body.docs.length).toBeGreaterThan(0)
    await call(
      'search',
      'GET',
      `/api/twinning/search?q=${encodeURIComponent('南京')}&locale=all`,
      200,
    )
    await call('search', 'GET', '/api/twinning/search?locale=de', 400)
  })

  it('the newsroom endpoints answer staff, and refuse the public', async () => {
    const token = editor
    await call(
      'suggestSlug',
      'GET',
      `/api/twinning/slug?collection=news&locale=zh&title=${encodeURIComponent('南京代表团')}`,
      200,
      { token },
    )
    await call('suggestSlug', 'GET', '/api/twinning/slug?collection=news&locale=zh&title=x', 401)
    await call(
      'getTranslationStatus',
      'GET',
      `/api/twinning/translation-status?collection=news&id=${ids.news}`,
      200,
      { token },
    )
    await call(
      'getTranslationStatus',
      'GET',
      '/api/twinning/translation-status?collection=news',
      400,
      { token },
    )
    await call(
      'getTranslationStatus',
      'GET',
      '/api/twinning/translation-status?collection=news&id=987654',
      404,
      { token },
    )
    for (const { name, slug } of COLLECTIONS) {
      await call(`get${name}Languages`, 'GET', `/api/${slug}/${ids[slug]}/languages`, 200, {
        token,
      })
      await call(`get${name}Languages`, 'GET', `/api/${slug}/${ids[slug]}/languages`, 401)
    }
    const expiringReport = await call(
      'listExpiringPhotos',
      'GET',
      '/api/twinning/photos/expiring?days=30',
      200,
      { token },
    )
    expect(
      expiringReport.body.photos.some((entry: Data) => entry.id === expiring.id && entry.expired),
    ).toBe(true)
    await call('listExpiringPhotos', 'GET', '/api/twinning/photos/expiring?days=0', 400, { token })
    await call('listPhotosInProcessing', 'GET', '/api/twinning/photos/processing', 200, { token })
    await call('listPhotosInProcessing', 'GET', '/api/twinning/photos/processing', 401)
  })

  it('XLIFF: export one target and several, import a file; bad input is 4xx', async () => {
    const token = editor
    const one = await call(
      'exportXliff',
      'GET',
      `/api/twinning/xliff/export?collection=news&ids=${ids.news}&targets=ko`,
      200,
      { token },
    )
    expect(one.response.headers.get('content-type')).toMatch(/^application\/xliff\+xml/)
    const zip = await call(
      'exportXliff',
      'GET',
      `/api/twinning/xliff/export?collection=news&ids=${ids.news}&targets=ko,ja`,
      200,
      { token },
    )
    expect(zip.response.headers.get('content-type')).toBe('application/zip')
    await call('exportXliff', 'GET', '/api/twinning/xliff/export?collection=news&targets=ko', 400, {
      token,
    })
    await call(
      'exportXliff',
      'GET',
      `/api/twinning/xliff/export?collection=news&ids=${ids.news}&targets=ko`,
      401,
    )

    const translated = one.text.replace(
      /<target>\s*<\/target>|<target\/>/g,
      '<target>번역</target>',
    )
    const imported = await call('importXliff', 'POST', '/api/twinning/xliff/import', 200, {
      body: translated,
      headers: { 'Content-Type': 'application/xliff+xml' },
      token,
    })
    expect(imported.body.documents).toHaveLength(1)
    await call('importXliff', 'POST', '/api/twinning/xliff/import', 415, {
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
      token,
    })
    await call('importXliff', 'POST', '/api/twinning/xliff/import', 400, {
      body: '<not-xliff/>',
      headers: { 'Content-Type': 'application/xliff+xml' },
      token,
    })
  })
})

describe('the documentation page', () => {
  const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

  it('renders the document with Swagger UI from this app only, under a strict CSP', async () => {
    const page = await call('getDocsPage', 'GET', '/api/docs', 200)
    expect(page.response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const csp = page.response.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe-eval|https?:/)
    expect(page.text).not.toMatch(/https?:\/\/|\/\/[a-z]/i)
    expect(page.text).not.toMatch(/<script>|<style>| on[a-z]+=/i)
    expect(page.text).toContain('data-openapi="/api/openapi.json"')

    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) =>
      match[1]!.replaceAll('&#38;', '&'),
    )
    expect(sources.length).toBeGreaterThanOrEqual(4)
    for (const source of sources) {
      expect(source).toMatch(/^\/api\/docs\/[\w.-]+\?v=[\w.-]+$/)
      const file = await call('getDocsFile', 'GET', source, 200)
      expect(file.response.headers.get('cache-control')).toContain('immutable')
      const name = source.slice('/api/docs/'.length).split('?')[0]!
      const type = file.response.headers.get('content-type')!
      if (name.endsWith('.js')) expect(type).toBe('text/javascript; charset=utf-8')
      if (name.endsWith('.css')) expect(type).toBe('text/css; charset=utf-8')
      if (name.endsWith('.png')) expect(type).toBe('image/png')
      if (name.startsWith('swagger-ui') || name.startsWith('favicon'))
        expect(Buffer.from(await (await t.rest('GET', source)).arrayBuffer())).toEqual(
          readFileSync(path.join(dist, name)),
        )
    }
  })

  it('revalidates unversioned files with their ETag and refuses other names with 404', async () => {
    const plain = await call('getDocsFile', 'GET', '/api/docs/swagger-ui.css', 200)
    expect(plain.response.headers.get('cache-control')).toBe('public, max-age=3600')
    const etag = plain.response.headers.get('etag')!
    const again = await t.rest('GET', '/api/docs/swagger-ui.css', {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
    for (const name of [
      'index.html',
      'package.json',
      '..%2Fpackage.json',
      'swagger-initializer.js',
    ])
      await call('getDocsFile', 'GET', `/api/docs/${name}`, 404)
  })
})

describe("a host's own configuration", () => {
  it('gives a document of its locales, slugs, collections, limits and id type', async () => {
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const { lexicalEditor } = await import('@payloadcms/richtext-lexical')
    const config = await buildConfig({
      collections: [],
      db: sqliteAdapter({ client: { url: 'file::memory:' } }),
      editor: lexicalEditor(),
      plugins: [
        twinning({
          collections: { events: false },
          locales: ['de', 'en', 'fr'],
          reads: { defaultLimit: 5, maxDepth: 1, maxLimit: 25 },
          search: false,
          slugs: { news: 'meldungen' },
        }),
      ],
      secret: 'openapi-test',
    })
    // The document reads the config and the database's id type (text, as on MongoDB), nothing else.
    const payload = {
      collections: Object.fromEntries(config.collections.map((c) => [c.slug, { config: c }])),
      config,
      db: { defaultIDType: 'text' },
    } as unknown as Payload
    const own = (await buildOpenApiDocument(payload)) as Data
    expect((await new Validator().validate(structuredClone(own))).valid).toBe(true)

    expect(own.components.parameters.locale.schema.enum).toEqual(['de', 'en', 'fr', 'all'])
    expect(own.components.parameters.limit.schema).toMatchObject({ default: 5, maximum: 25 })
    expect(own.components.parameters.depth.schema).toMatchObject({ maximum: 1 })
    const routes = Object.keys(own.paths)
    expect(routes).toEqual(expect.arrayContaining(['/meldungen', '/meldungen/{id}', '/photos']))
    expect(routes.some((route) => route.startsWith('/news') || route.startsWith('/events'))).toBe(
      false,
    )
    expect(routes).not.toContain('/twinning/search')
    expect(own.components.schemas.Meldungen.properties.id).toEqual({ type: 'string' })
    expect(own.components.schemas.Meldungen.properties.sourceLanguage.enum).toEqual([
      'de',
      'en',
      'fr',
    ])
    expect(own.components.schemas.MeldungenAllLocales.properties.title.propertyNames.enum).toEqual([
      'de',
      'en',
      'fr',
    ])
    // Built anew for another config, not taken from the app's.
    expect(JSON.stringify(own)).not.toBe(JSON.stringify(document))
  })
})

describe('coverage', () => {
  it('called every documented operation', () => {
    const documented = Object.values(document.paths as Record<string, Data>).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId as string),
    )
    expect(documented.filter((operationId) => !exercised.has(operationId))).toEqual([])
  })
})
