import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto, richTextWithPhoto } from '../helpers/photos.js'

type Id = number | string
type Locale = 'de' | 'en' | 'ja' | 'ko' | 'zh'
type Content = 'events' | 'news' | 'partner-cities'

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

const ALT: Record<Locale, string> = {
  de: 'Der Schlossplatz im Abendlicht',
  en: 'Schlossplatz square in the evening light',
  zh: '傍晚阳光下的王宫广场',
  ko: '저녁 햇살 속의 궁전 광장',
  ja: '夕日に照らされたシュロス広場',
}

/** A photo published in German and in `locales`, with its file name. */
async function createPhoto(locales: Locale[] = []): Promise<{ filename: string; id: number }> {
  const photo = await createPublishedPhoto(
    t.payload,
    { alt: ALT.de, credit: 'Stadt Stuttgart/Test' },
    { background: '#6ea53a', name: 'schlossplatz' },
  )
  for (const locale of locales) await publishPhotoIn(photo.id, locale)
  return { filename: photo.filename!, id: photo.id }
}

const publishPhotoIn = (id: Id, locale: Locale) =>
  t.payload.update({
    collection: 'photos',
    data: { _status: 'published', alt: ALT[locale] },
    id,
    locale,
  })

/** Each kind of photo reference, per collection: what the document holds, and whether it is per locale. */
const KINDS: Array<{
  collection: Content
  name: string
  localized: boolean
  shared: (photo: Id) => Record<string, unknown>
  text: (locale: Locale, photo?: Id) => Record<string, unknown>
}> = [
  {
    collection: 'news',
    name: 'hero photo',
    localized: false,
    shared: (photo) => ({ heroPhoto: photo, publishedAt: '2026-03-10T09:00:00.000Z' }),
    text: (locale) => ({ ...RELEASE[locale] }),
  },
  {
    collection: 'news',
    name: 'gallery item',
    localized: false,
    shared: (photo) => ({ gallery: [photo], publishedAt: '2026-03-10T09:00:00.000Z' }),
    text: (locale) => ({ ...RELEASE[locale] }),
  },
  {
    collection: 'news',
    name: 'body upload node',
    localized: true,
    shared: () => ({ publishedAt: '2026-03-10T09:00:00.000Z' }),
    text: (locale, photo) => ({
      ...RELEASE[locale],
      ...(photo !== undefined ? { body: richTextWithPhoto(photo, RELEASE[locale].lead) } : {}),
    }),
  },
  {
    collection: 'partner-cities',
    name: 'cover photo',
    localized: false,
    shared: (photo) => ({
      country: 'KR',
      coverPhoto: photo,
      relationship: 'twinCity',
      timeZone: 'Asia/Seoul',
    }),
    text: (locale) => ({ name: `Sejong ${locale} ${Math.random().toString(36).slice(2, 6)}` }),
  },
  {
    collection: 'partner-cities',
    name: 'profile upload node',
    localized: true,
    shared: () => ({ country: 'KR', relationship: 'twinCity', timeZone: 'Asia/Seoul' }),
    text: (locale, photo) => ({
      name: `Sejong ${locale} ${Math.random().toString(36).slice(2, 6)}`,
      ...(photo !== undefined ? { profile: richTextWithPhoto(photo, `Profil ${locale}`) } : {}),
    }),
  },
  {
    collection: 'events',
    name: 'event photo',
    localized: false,
    shared: (photo) => ({
      kind: 'signing',
      photo,
      startsAt: '2026-05-01T01:00:00Z',
      timeZone: 'Asia/Seoul',
    }),
    text: (locale) => ({ title: `Unterzeichnung ${locale}` }),
  },
  {
    collection: 'events',
    name: 'description upload node',
    localized: true,
    shared: () => ({ kind: 'signing', startsAt: '2026-05-01T01:00:00Z', timeZone: 'Asia/Seoul' }),
    text: (locale, photo) => ({
      title: `Unterzeichnung ${locale}`,
      ...(photo !== undefined
        ? { description: richTextWithPhoto(photo, `Beschreibung ${locale}`) }
        : {}),
    }),
  },
]

/** A document of `kind` published in German with `photo` everywhere it can hold one, Korean saved as a draft. */
async function documentWithKoreanDraft(kind: (typeof KINDS)[number], photo: Id) {
  const doc = await t.payload.create({
    collection: kind.collection,
    data: { ...kind.shared(photo), ...kind.text('de', photo), _status: 'published' } as never,
    depth: 0,
    locale: 'de',
  })
  const draft = await t.rest('PATCH', `/api/${kind.collection}/${doc.id}?locale=ko&draft=true`, {
    body: kind.text('ko', photo),
    token: editor,
  })
  expect(draft.status).toBe(200)
  return doc.id
}

const publishIn = (collection: Content, id: Id, locale: string, language = 'en') =>
  t.rest('PATCH', `/api/${collection}/${id}?locale=${locale}`, {
    body: { _status: 'published' },
    headers: { 'Accept-Language': language },
    token: editor,
  })

const publicStatus = async (collection: Content, id: Id, locale: string) =>
  (await t.rest('GET', `/api/${collection}/${id}?locale=${locale}&depth=0`)).status

const stored = (collection: Content, id: Id) =>
  t.payload.findByID({ collection, depth: 0, id, locale: 'de', overrideAccess: true }) as Promise<{
    availableLocales?: string[]
  }>

const logEntries = async (collection: Content, id: Id, locale: string) =>
  (
    await t.payload.find({
      collection: 'publication-log' as never,
      overrideAccess: true,
      where: {
        and: [
          { collection: { equals: collection } },
          { documentId: { equals: String(id) } },
          { locale: { equals: locale } },
        ],
      },
    })
  ).totalDocs

type Refusal = { errors: Array<{ data?: { locale: string; photos: unknown[] }; message: string }> }

describe('alt text before publishing', () => {
  it.each(KINDS.map((kind) => [`${kind.collection} ${kind.name}`, kind] as const))(
    'refuses Korean for a %s without Korean alt text, then publishes once it exists',
    async (_name, kind) => {
      const photo = await createPhoto()
      const id = await documentWithKoreanDraft(kind, photo.id)
      const before = await logEntries(kind.collection, id, 'ko')

      const refused = await publishIn(kind.collection, id, 'ko')
      expect(refused.status).toBe(400)
      const body = (await refused.json()) as Refusal
      expect(body.errors[0]!.message).toContain('Korean')
      expect(body.errors[0]!.message).toContain(String(photo.id))
      expect(body.errors[0]!.message).toContain(photo.filename)
      expect(body.errors[0]!.data).toEqual({
        locale: 'ko',
        photos: [{ filename: photo.filename, id: photo.id }],
      })
      // Nothing changed: not public in Korean, not recorded, German untouched.
      expect(await publicStatus(kind.collection, id, 'ko')).toBe(404)
      expect(await publicStatus(kind.collection, id, 'de')).toBe(200)
      expect((await stored(kind.collection, id)).availableLocales).toEqual(['de'])
      expect(await logEntries(kind.collection, id, 'ko')).toBe(before)

      await publishPhotoIn(photo.id, 'ko')
      expect((await publishIn(kind.collection, id, 'ko')).status).toBe(200)
      expect(await publicStatus(kind.collection, id, 'ko')).toBe(200)
      expect((await stored(kind.collection, id)).availableLocales).toEqual(['de', 'ko'])
      expect(await logEntries(kind.collection, id, 'ko')).toBe(before + 1)
    },
  )

  it('answers in the language of the request and names every photo lacking the text', async () => {
    const [first, second, fine] = [
      await createPhoto(),
      await createPhoto(),
      await createPhoto(['ja']),
    ]
    const doc = await t.payload.create({
      collection: 'news',
      data: {
        ...RELEASE.de,
        _status: 'published',
        gallery: [first.id, fine.id, second.id],
        publishedAt: '2026-03-10T09:00:00.000Z',
      } as never,
      locale: 'de',
    })
    await t.payload.update({
      collection: 'news',
      data: RELEASE.ja,
      draft: true,
      id: doc.id,
      locale: 'ja',
    })
    for (const [language, name] of [
      ['de', 'Japanisch'],
      ['ko', '일본어'],
      ['zh', '日语'],
    ] as const) {
      const response = await publishIn('news', doc.id, 'ja', language)
      expect(response.status).toBe(400)
      const { errors } = (await response.json()) as Refusal
      expect(errors[0]!.message).toContain(name)
      for (const photo of [first, second]) expect(errors[0]!.message).toContain(photo.filename)
      expect(errors[0]!.message).not.toContain(fine.filename)
      expect(errors[0]!.data?.photos).toEqual([
        { filename: first.filename, id: first.id },
        { filename: second.filename, id: second.id },
      ])
    }
  })

  it('does not count an alt text that is saved but not published, or withdrawn', async () => {
    const photo = await createPhoto()
    const draft = await t.rest('PATCH', `/api/photos/${photo.id}?locale=ko&draft=true`, {
      body: { alt: ALT.ko },
      token: editor,
    })
    expect(draft.status).toBe(200)
    const kind = KINDS[0]!
    const id = await documentWithKoreanDraft(kind, photo.id)
    expect((await publishIn('news', id, 'ko')).status).toBe(400)

    await publishPhotoIn(photo.id, 'ko')
    await t.payload.update({
      collection: 'photos',
      data: { localeStatus: 'unpublished' } as never,
      id: photo.id,
      locale: 'ko',
    })
    // The withdrawn Korean text is still in the stored photo, but the public would not see it.
    expect((await publishIn('news', id, 'ko')).status).toBe(400)
    expect(await publicStatus('news', id, 'ko')).toBe(404)
  })

  it('lets drafts save freely, and withdrawals too', async () => {
    const photo = await createPhoto()
    const doc = await t.payload.create({
      collection: 'news',
      data: { ...RELEASE.ko, heroPhoto: photo.id, publishedAt: '2026-03-10T09:00:00.000Z' },
      draft: true,
      locale: 'ko',
    })
    const saved = await t.rest('PATCH', `/api/news/${doc.id}?locale=ko&draft=true`, {
      body: { title: '새 제목' },
      token: editor,
    })
    expect(saved.status).toBe(200)
    expect((await publishIn('news', doc.id, 'ko')).status).toBe(400)

    // Published in German and Korean; then the photo's Korean text is withdrawn: withdrawing the
    // release's Korean locale is never held up.
    const shown = await createPhoto(['ko'])
    const release = await t.payload.create({
      collection: 'news',
      data: {
        ...RELEASE.de,
        _status: 'published',
        heroPhoto: shown.id,
        publishedAt: '2026-03-10T09:00:00.000Z',
      } as never,
      locale: 'de',
    })
    expect((await publishIn('news', release.id, 'ko')).status).toBe(400) // no Korean text yet
    await t.payload.update({
      collection: 'news',
      data: RELEASE.ko,
      draft: true,
      id: release.id,
      locale: 'ko',
    })
    expect((await publishIn('news', release.id, 'ko')).status).toBe(200)
    await t.payload.update({
      collection: 'photos',
      data: { localeStatus: 'unpublished' } as never,
      id: shown.id,
      locale: 'ko',
    })
    const withdrawn = await t.rest('PATCH', `/api/news/${release.id}?locale=ko`, {
      body: { localeStatus: 'unpublished' },
      token: editor,
    })
    expect(withdrawn.status).toBe(200)
    expect(await publicStatus('news', release.id, 'ko')).toBe(404)
  })

  it('checks a shared photo in every locale it goes live in, not only the one published', async () => {
    const photo = await createPhoto(['ko'])
    const doc = await t.payload.create({
      collection: 'news',
      data: {
        ...RELEASE.de,
        _status: 'published',
        heroPhoto: photo.id,
        publishedAt: '2026-03-10T09:00:00.000Z',
      } as never,
      locale: 'de',
    })
    await t.payload.update({
      collection: 'news',
      data: { ...RELEASE.ko, _status: 'published' },
      id: doc.id,
      locale: 'ko',
    })
    // A new hero photo with German alt text only: publishing German would show it to Korean readers.
    const germanOnly = await createPhoto()
    await t.rest('PATCH', `/api/news/${doc.id}?locale=de&draft=true`, {
      body: { heroPhoto: germanOnly.id },
      token: editor,
    })
    const refused = await publishIn('news', doc.id, 'de')
    expect(refused.status).toBe(400)
    const { errors } = (await refused.json()) as Refusal
    expect(errors[0]!.data?.locale).toBe('ko')
    const korean = await (await t.rest('GET', `/api/news/${doc.id}?locale=ko&depth=1`)).json()
    expect(korean.heroPhoto.id).toBe(photo.id)

    // A photo in one locale's rich text is that locale's alone: it needs no Korean text.
    await publishPhotoIn(germanOnly.id, 'ko')
    expect((await publishIn('news', doc.id, 'de')).status).toBe(200)
    const inGerman = await createPhoto()
    await t.payload.update({
      collection: 'news',
      data: { body: richTextWithPhoto(inGerman.id, 'Nur auf Deutsch.') },
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    expect((await publishIn('news', doc.id, 'ko')).status).toBe(200)
    expect((await publishIn('news', doc.id, 'de')).status).toBe(200)
    await t.payload.update({
      collection: 'news',
      data: { body: richTextWithPhoto(inGerman.id, '한국어로만.') },
      draft: true,
      id: doc.id,
      locale: 'ko',
    })
    expect((await publishIn('news', doc.id, 'ko')).status).toBe(400)
  })

  it('refuses through the Local API and when creating a document published at once', async () => {
    const photo = await createPhoto()
    const doc = await t.payload.create({
      collection: 'events',
      data: {
        kind: 'signing',
        photo: photo.id,
        startsAt: '2026-05-01T01:00:00Z',
        timeZone: 'Asia/Seoul',
        title: 'Unterzeichnung',
      },
      draft: true,
      locale: 'de',
    })
    await t.payload.update({
      collection: 'events',
      data: { title: '서명식' },
      draft: true,
      id: doc.id,
      locale: 'ko',
    })
    await expect(
      t.payload.update({
        collection: 'events',
        data: { _status: 'published' },
        id: doc.id,
        locale: 'ko',
      }),
    ).rejects.toMatchObject({ status: 400, data: { locale: 'ko' } })
    expect(await publicStatus('events', doc.id, 'ko')).toBe(404)

    const before = (await t.payload.count({ collection: 'events', overrideAccess: true })).totalDocs
    const created = await t.rest('POST', '/api/events?locale=zh', {
      body: {
        _status: 'published',
        kind: 'signing',
        photo: photo.id,
        startsAt: '2026-05-01T01:00:00Z',
        timeZone: 'Asia/Seoul',
        title: '签字仪式',
      },
      headers: { 'Accept-Language': 'zh' },
      token: editor,
    })
    expect(created.status).toBe(400)
    expect(((await created.json()) as Refusal).errors[0]!.message).toContain('简体中文')
    expect((await t.payload.count({ collection: 'events', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })

  it("refuses the admin's Publish buttons (the whole form) and a GraphQL publish", async () => {
    const photo = await createPhoto()
    const id = await documentWithKoreanDraft(KINDS[1]!, photo.id)
    const form = async () => {
      const saved = await t.rest('GET', `/api/news/${id}?locale=ko&draft=true&depth=0`, {
        token: editor,
      })
      const data = new FormData()
      data.set('_payload', JSON.stringify({ ...(await saved.json()), _status: 'published' }))
      return data
    }
    for (const query of ['depth=0&locale=ko', 'depth=0&locale=ko&publishSpecificLocale=ko']) {
      const response = await t.rest('PATCH', `/api/news/${id}?${query}`, {
        body: await form(),
        headers: { 'Accept-Language': 'ko' },
        token: editor,
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as Refusal).errors[0]!.message).toContain('한국어')
    }
    const graphql = await t.graphql(
      `mutation { updateNewsItem(id: ${JSON.stringify(id)}, locale: ko, data: { _status: published }) { id } }`,
      editor,
    )
    expect(graphql.errors?.[0]?.message).toContain(photo.filename)
    expect(await publicStatus('news', id, 'ko')).toBe(404)
    expect(await logEntries('news', id, 'ko')).toBe(0)

    await publishPhotoIn(photo.id, 'ko')
    const published = await t.rest(
      'PATCH',
      `/api/news/${id}?depth=0&locale=ko&publishSpecificLocale=ko`,
      {
        body: await form(),
        token: editor,
      },
    )
    expect(published.status).toBe(200)
    expect(await publicStatus('news', id, 'ko')).toBe(200)
  })

  it('refuses a locale=all publish and changes nothing', async () => {
    const photo = await createPhoto()
    const doc = await t.payload.create({
      collection: 'news',
      data: { ...RELEASE.de, heroPhoto: photo.id, publishedAt: '2026-03-10T09:00:00.000Z' },
      draft: true,
      locale: 'de',
    })
    const response = await publishIn('news', doc.id, 'all')
    expect(response.status).toBe(400)
    expect((await stored('news', doc.id)).availableLocales ?? []).toEqual([])
    expect(await logEntries('news', doc.id, 'de')).toBe(0)
  })

  it('leaves a scheduled publish undone, with the reason in the job log, until the alt text exists', async () => {
    const photo = await createPhoto()
    const kind = KINDS[2]!
    const id = await documentWithKoreanDraft(kind, photo.id)
    const schedule = () =>
      t.payload.jobs.queue({
        input: { doc: { relationTo: 'news', value: id }, locale: 'ko', type: 'publish' },
        task: 'schedulePublish',
      })
    const job = await schedule()
    await t.payload.jobs.run()
    expect(await publicStatus('news', id, 'ko')).toBe(404)
    expect(await logEntries('news', id, 'ko')).toBe(0)
    const failed = (await t.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    })) as { hasError?: boolean; log?: Array<{ error?: unknown; state: string }> }
    expect(failed.hasError || failed.log?.some((entry) => entry.state === 'failed')).toBe(true)
    expect(JSON.stringify(failed.log)).toContain(photo.filename)

    await publishPhotoIn(photo.id, 'ko')
    await schedule()
    await t.payload.jobs.run()
    expect(await publicStatus('news', id, 'ko')).toBe(200)
    expect(await logEntries('news', id, 'ko')).toBe(1)
  })
})
