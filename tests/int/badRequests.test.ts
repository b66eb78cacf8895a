import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { translate } from '../../src/i18n/label.js'
import type { TranslationKey } from '../../src/i18n/resources.js'
import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string
let translatorJa: string
let releaseId: number | string
let photoFile: string

beforeAll(async () => {
  t = await startTestPayload()
  await createUser(t.payload, ['admin'])
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  const ja = await createUser(t.payload, ['translator'], ['ja'])
  translatorJa = await t.login(ja.email, ja.password)
  releaseId = (await createRelease(t.payload, { locales: ['ja'] })).id
  const data = await sharp({
    create: { background: '#3a6ea5', channels: 3, height: 40, width: 60 },
  })
    .jpeg()
    .toBuffer()
  const photo = await t.payload.create({
    collection: 'photos',
    data: {
      _status: 'published',
      alt: 'Der Marktplatz',
      credit: 'Landeshauptstadt Stuttgart/Test',
      licence: 'pressOnly',
    },
    file: { data, mimetype: 'image/jpeg', name: 'marktplatz.jpg', size: data.length },
    locale: 'de',
  })
  photoFile = photo.filename!
})
afterAll(async () => t?.close())

type ErrorBody = { errors: { data?: Record<string, unknown>; message: string; name?: string }[] }

/** Status and the first error of an error answer. */
async function refusal(response: Response) {
  const body = (await response.json()) as ErrorBody
  return { error: body.errors?.[0], status: response.status }
}

/** The message of `key` in German, the language of a request that names none (Payload's fallback). */
const german = (key: TranslationKey, vars: Record<string, string> = {}) =>
  translate('de', key, vars)

/** Everything the tests could change: every release in every locale, with drafts, and the versions. */
async function newsroomState() {
  const news = await t.payload.find({
    collection: 'news',
    depth: 0,
    draft: true,
    locale: 'all',
    pagination: false,
    sort: 'createdAt',
  })
  const versions = await t.payload.countVersions({ collection: 'news' })
  const photos = await t.payload.count({ collection: 'photos' })
  return { news: news.docs, photos: photos.totalDocs, versions: versions.totalDocs }
}

describe('HEAD on the REST API', () => {
  it('answers like GET — status, ETag, cache status, Content-Length — without a body', async () => {
    const url = `/api/news/${releaseId}?locale=de&depth=0`
    await t.rest('GET', url) // fills the cache
    const get = await t.rest('GET', url)
    const getBody = new Uint8Array(await get.arrayBuffer())
    const head = await t.rest('HEAD', url)

    expect(head.status).toBe(200)
    expect(get.headers.get('x-twinning-cache')).toBe('HIT')
    expect(head.headers.get('x-twinning-cache')).toBe('HIT')
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
    expect(head.headers.get('content-length')).toBe(String(getBody.byteLength))
    expect((await head.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers a list, a 304 for a known ETag, and a 404 for a missing release, as GET does', async () => {
    const list = await t.rest('HEAD', '/api/news?locale=de&depth=0&limit=5')
    expect(list.status).toBe(200)
    expect(Number(list.headers.get('content-length'))).toBeGreaterThan(0)

    const etag = list.headers.get('etag')!
    const notModified = await t.rest('HEAD', '/api/news?locale=de&depth=0&limit=5', {
      headers: { 'If-None-Match': etag },
    })
    expect(notModified.status).toBe(304)

    const missing = await t.rest('HEAD', '/api/news/987654?locale=de')
    expect(missing.status).toBe((await t.rest('GET', '/api/news/987654?locale=de')).status)
    expect((await missing.arrayBuffer()).byteLength).toBe(0)
  })
})

describe('a malformed %-escape in the path', () => {
  it('is a 400 naming the segment, on documents and on files, in the language asked for', async () => {
    const news = await refusal(await t.rest('GET', '/api/news/%E0%A4%A'))
    expect(news).toEqual({
      error: {
        data: { segment: '%E0%A4%A' },
        message: german('errors.malformedPath', { segment: '%E0%A4%A' }),
        name: 'Refusal',
      },
      status: 400,
    })
    const file = await refusal(await t.rest('GET', '/api/photos/file/%'))
    expect(file.status).toBe(400)
    expect(file.error?.message).toBe(german('errors.malformedPath', { segment: '%' }))

    const english = await refusal(
      await t.rest('GET', '/api/news/%E0%A4%A', { headers: { 'Accept-Language': 'en' } }),
    )
    expect(english.error?.message).toBe(
      'The address contains a malformed %-escape in "%E0%A4%A"; write a literal % as %25.',
    )
  })

  it('refuses a write to such a path and changes nothing', async () => {
    const before = await newsroomState()
    const patch = await t.rest('PATCH', '/api/news/%E0%A4%A?locale=de', {
      body: { title: 'Überschrieben' },
      token: editor,
    })
    expect(patch.status).toBe(400)
    const remove = await t.rest('DELETE', '/api/news/%ZZ', { token: editor })
    expect(remove.status).toBe(400)
    expect(await newsroomState()).toEqual(before)
  })
})

describe('an id that cannot exist', () => {
  it('is a 404 for GET, PATCH and DELETE where ids are numbers, and changes nothing', async () => {
    if (t.database.kind === 'mongodb') return // text ids: covered below
    const before = await newsroomState()
    for (const id of ['abc', `${releaseId}abc`, `0${releaseId}`, '1e3', '99999999999']) {
      for (const [method, init] of [
        ['GET', {}],
        ['GET', { token: editor }],
        ['PATCH', { body: { title: 'Überschrieben' }, token: editor }],
        ['DELETE', { token: editor }],
      ] as const) {
        const answer = await refusal(await t.rest(method, `/api/news/${id}?locale=de`, init))
        expect({ id, method, ...answer }).toEqual({
          error: {
            data: { collection: 'news', id },
            message: german('errors.idNotFound', { collection: 'news', id }),
            name: 'Refusal',
          },
          id,
          method,
          status: 404,
        })
      }
    }
    expect((await t.rest('GET', '/api/news/versions/abc', { token: editor })).status).toBe(404)
    expect(await newsroomState()).toEqual(before)
    // The release itself is still there under its real id.
    expect((await t.rest('GET', `/api/news/${releaseId}?locale=de`)).status).toBe(200)
  })

  it('leaves text ids (MongoDB) to Payload: an unknown ObjectId is its plain 404', async () => {
    if (t.database.kind !== 'mongodb') return
    const answer = await refusal(await t.rest('GET', `/api/news/${'a'.repeat(24)}?locale=de`))
    expect(answer.status).toBe(404)
    expect(answer.error?.name).not.toBe('Refusal')
  })
})

describe('a create or update whose body Payload cannot read', () => {
  const multipart = (parts: string) => ({
    body: parts,
    headers: { 'Content-Type': 'multipart/form-data; boundary=twinning' },
    token: editor,
  })

  it('is a 415 or 400 with a clear message, for POST and PATCH, and changes nothing', async () => {
    const before = await newsroomState()
    const cases: Array<[string, string, Parameters<TestPayload['rest']>[2], number, string]> = [
      [
        'POST',
        '/api/news?locale=de',
        { body: 'Titel', headers: { 'Content-Type': 'text/plain' }, token: editor },
        415,
        german('errors.bodyMediaType', { type: 'text/plain' }),
      ],
      [
        'POST',
        '/api/news?locale=de',
        { body: '<title/>', headers: { 'Content-Type': 'application/xml' }, token: editor },
        415,
        german('errors.bodyMediaType', { type: 'application/xml' }),
      ],
      [
        'POST',
        '/api/news?locale=de',
        { body: '{"title": "Ti', headers: { 'Content-Type': 'application/json' }, token: editor },
        400,
        german('errors.jsonInvalid'),
      ],
      [
        'POST',
        '/api/news?locale=de',
        { body: '["title"]', headers: { 'Content-Type': 'application/json' }, token: editor },
        400,
        german('errors.jsonNotObject'),
      ],
      [
        'POST',
        '/api/news?locale=de',
        multipart('--twinning\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"ti'),
        400,
        german('errors.multipartInvalid'),
      ],
      [
        'POST',
        '/api/news?locale=de',
        multipart(
          '--twinning\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"ti\r\n--twinning--\r\n',
        ),
        400,
        german('errors.multipartPayload'),
      ],
      [
        'PATCH',
        `/api/news/${releaseId}?locale=de`,
        { body: 'Titel', headers: { 'Content-Type': 'text/plain' }, token: editor },
        415,
        german('errors.bodyMediaType', { type: 'text/plain' }),
      ],
      [
        'PATCH',
        `/api/news/${releaseId}?locale=de`,
        { body: '{"title": ', headers: { 'Content-Type': 'application/json' }, token: editor },
        400,
        german('errors.jsonInvalid'),
      ],
      [
        'PATCH',
        `/api/news/${releaseId}?locale=de`,
        multipart('--twinning\r\nbroken'),
        400,
        german('errors.multipartInvalid'),
      ],
      [
        'PATCH',
        `/api/news/${releaseId}?locale=de`,
        { token: editor },
        400,
        german('errors.bodyMissing'),
      ],
      [
        'PATCH',
        '/api/news?locale=de&where[id][equals]=1',
        { body: 'x', headers: { 'Content-Type': 'text/plain' }, token: editor },
        415,
        german('errors.bodyMediaType', { type: 'text/plain' }),
      ],
    ]
    for (const [method, url, init, status, message] of cases) {
      const answer = await refusal(await t.rest(method, url, init))
      expect({ method, url, status: answer.status, message: answer.error?.message }).toEqual({
        message,
        method,
        status,
        url,
      })
    }
    expect(await newsroomState()).toEqual(before)
  })

  it('still accepts the bodies Payload reads: JSON, an upload in multipart, a search sent as POST', async () => {
    const patched = await t.rest('PATCH', `/api/news/${releaseId}?locale=de&draft=true`, {
      body: { kicker: 'Partnerstädte' },
      token: editor,
    })
    expect(patched.status).toBe(200)

    const image = await sharp({
      create: { background: '#aa3355', channels: 3, height: 20, width: 30 },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({ alt: 'Ein Test', credit: 'Test/Twinning', licence: 'pressOnly' }),
    )
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'upload-test.png')
    const uploaded = await t.rest('POST', '/api/photos?locale=de', { body: form, token: editor })
    expect(uploaded.status).toBe(201)

    // The admin's relationship search: a POST that Payload handles as a GET.
    const search = await t.rest('POST', '/api/news?depth=0', {
      body: 'limit=1&locale=de',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
      token: editor,
    })
    expect(search.status).toBe(200)
    expect(((await search.json()) as { docs: unknown[] }).docs).toHaveLength(1)
  })
})

describe('a photo file that does not exist', () => {
  it('is a 404 naming the file for an editor, while existing files are still served', async () => {
    const missing = await refusal(
      await t.rest('GET', '/api/photos/file/nope.jpg', { token: editor }),
    )
    expect(missing).toEqual({
      error: {
        data: { filename: 'nope.jpg' },
        message: german('errors.fileNotFound', { filename: 'nope.jpg' }),
        name: 'Refusal',
      },
      status: 404,
    })
    const found = await t.rest('GET', `/api/photos/file/${encodeURIComponent(photoFile)}`, {
      token: editor,
    })
    expect(found.status).toBe(200)
    expect(found.headers.get('content-type')).toBe('image/jpeg')
  })
})

describe('a localized field given as an object by language in a one-locale write', () => {
  it('is a 400 naming the field, for a translator and an editor, in tabs and groups too', async () => {
    const before = await newsroomState()
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [translatorJa, { title: { ja: '市庁舎', ko: '시청' } }, 'title'],
      [editor, { title: { ja: '市庁舎' } }, 'title'],
      [translatorJa, { lead: { ja: 'リード' } }, 'lead'],
      [editor, { pressContact: { office: { ja: '広報室' } } }, 'pressContact.office'],
    ]
    for (const [token, body, field] of cases) {
      const answer = await refusal(
        await t.rest('PATCH', `/api/news/${releaseId}?locale=ja&draft=true`, { body, token }),
      )
      expect({ field, ...answer }).toEqual({
        error: {
          data: { field, locale: 'ja' },
          message: german('errors.valueByLocale', { field, locale: 'ja' }),
          name: 'Refusal',
        },
        field,
        status: 400,
      })
    }
    const created = await t.rest('POST', '/api/news?locale=de', {
      body: { title: { de: 'Titel' }, publishedAt: '2026-03-10T09:00:00.000Z' },
      token: editor,
    })
    expect(created.status).toBe(400)
    expect(await newsroomState()).toEqual(before)
  })

  it('leaves writes with locale=all to Payload, which takes one value per locale there', async () => {
    const answer = await t.rest('PATCH', `/api/news/${releaseId}?locale=all&draft=true`, {
      body: { kicker: { de: 'Städtepartnerschaft', ja: '姉妹都市' } },
      token: editor,
    })
    expect(answer.status).toBe(200)
  })
})
