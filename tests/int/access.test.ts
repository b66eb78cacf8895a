import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string
let translator: string
let admin: string
let roleless: string

beforeAll(async () => {
  t = await startTestPayload()
  const login = async (
    roles: ('admin' | 'editor' | 'translator')[],
    locales: ('de' | 'zh')[] = [],
  ) => {
    const { email, password } = await createUser(t.payload, roles, locales)
    return t.login(email, password)
  }
  admin = await login(['admin'])
  editor = await login(['editor'])
  translator = await login(['translator'], ['zh'])
  roleless = await login([])
})
afterAll(async () => t?.close())

const ids = (json: { docs: { id: number | string }[] }) => json.docs.map((d) => d.id)

describe('anonymous readers and the REST API without a login', () => {
  it('never see a draft: not in lists, not by id, not with draft=true, not by count', async () => {
    const published = await createRelease(t.payload)
    const draft = await createRelease(t.payload, { status: 'draft' })

    const list = await (await t.rest('GET', '/api/news?depth=0&limit=100')).json()
    expect(ids(list)).toContain(published.id)
    expect(ids(list)).not.toContain(draft.id)

    expect((await t.rest('GET', `/api/news/${draft.id}`)).status).toBe(404)
    expect((await t.rest('GET', `/api/news/${draft.id}?draft=true`)).status).toBe(404)
    const draftList = await (await t.rest('GET', '/api/news?draft=true&depth=0&limit=100')).json()
    expect(ids(draftList)).not.toContain(draft.id)

    const count = await (
      await t.rest('GET', `/api/news/count?where[id][equals]=${draft.id}`)
    ).json()
    expect(count.totalDocs).toBe(0)
  })

  it('see the published version, not a newer unpublished draft of it', async () => {
    const doc = await createRelease(t.payload)
    await t.payload.update({
      collection: 'news',
      data: { title: 'Unveröffentlichter Entwurf' },
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    for (const query of ['', '?draft=true']) {
      const json = await (await t.rest('GET', `/api/news/${doc.id}${query}`)).json()
      expect(json.title).toBe(RELEASE.de.title)
    }
    const versions = await t.rest('GET', `/api/news/versions?where[parent][equals]=${doc.id}`)
    expect(versions.status).toBe(403)
  })

  it('never see a draft through GraphQL either', async () => {
    const published = await createRelease(t.payload)
    const draft = await createRelease(t.payload, { status: 'draft' })
    const list = await t.graphql('{ News(limit: 100, draft: true) { docs { id title } } }')
    const listed = (list.data?.News.docs as { id: number }[]).map((d) => d.id)
    expect(listed).toContain(published.id)
    expect(listed).not.toContain(draft.id)
    const byId = await t.graphql(
      `{ NewsItem(id: ${JSON.stringify(draft.id)}, draft: true) { title } }`,
    )
    expect(byId.data?.NewsItem ?? null).toBeNull()
    const versions = await t.graphql('{ versionsNews { docs { id } } }')
    expect(versions.errors?.[0]?.message).toMatch(/not allowed|keine Berechtigung/i)
    const asEditor = await t.graphql(
      `{ NewsItem(id: ${JSON.stringify(draft.id)}, draft: true) { title } }`,
      editor,
    )
    expect(asEditor.data?.NewsItem.title).toBe(RELEASE.de.title)
  })

  it('cannot write', async () => {
    const doc = await createRelease(t.payload)
    expect(
      (
        await t.rest('POST', '/api/news', {
          body: { ...RELEASE.de, publishedAt: '2026-01-01T00:00:00Z' },
        })
      ).status,
    ).toBe(403)
    expect((await t.rest('PATCH', `/api/news/${doc.id}`, { body: { title: 'x' } })).status).toBe(
      403,
    )
    expect((await t.rest('DELETE', `/api/news/${doc.id}`)).status).toBe(403)
  })

  it('treat a logged-in user without a newsroom role like the public', async () => {
    const draft = await createRelease(t.payload, { status: 'draft' })
    expect((await t.rest('GET', `/api/news/${draft.id}`, { token: roleless })).status).toBe(404)
    expect(
      (await t.rest('PATCH', `/api/news/${draft.id}`, { body: { title: 'x' }, token: roleless }))
        .status,
    ).toBe(403)
  })

  it('applies the same rule to partner cities and events', async () => {
    const city = await t.payload.create({
      collection: 'partner-cities',
      data: {
        country: 'KR',
        name: 'Sejong',
        relationship: 'friendshipCity',
        timeZone: 'Asia/Seoul',
      },
      draft: true,
      locale: 'de',
    })
    const event = await t.payload.create({
      collection: 'events',
      data: {
        kind: 'signing',
        startsAt: '2026-05-01T01:00:00Z',
        timeZone: 'Asia/Seoul',
        title: 'Unterzeichnung',
      },
      draft: true,
      locale: 'de',
    })
    expect((await t.rest('GET', `/api/partner-cities/${city.id}`)).status).toBe(404)
    expect((await t.rest('GET', `/api/events/${event.id}`)).status).toBe(404)
    expect((await t.rest('GET', `/api/partner-cities/${city.id}`, { token: editor })).status).toBe(
      200,
    )
  })
})

describe('newsroom roles', () => {
  it('editors create, see drafts, publish and delete', async () => {
    const created = await t.rest('POST', '/api/news?locale=de&draft=true', {
      body: { ...RELEASE.de, publishedAt: '2026-02-01T08:00:00Z' },
      token: editor,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect((await t.rest('GET', `/api/news/${doc.id}?draft=true`, { token: editor })).status).toBe(
      200,
    )
    const published = await t.rest('PATCH', `/api/news/${doc.id}?locale=de`, {
      body: { _status: 'published' },
      token: editor,
    })
    expect(published.status).toBe(200)
    expect((await t.rest('GET', `/api/news/${doc.id}`)).status).toBe(200)
    expect((await t.rest('DELETE', `/api/news/${doc.id}`, { token: editor })).status).toBe(200)
    expect((await t.rest('GET', `/api/news/${doc.id}`, { token: editor })).status).toBe(404)
  })

  it('translators edit documents but cannot create or delete them', async () => {
    const doc = await createRelease(t.payload)
    const edit = await t.rest('PATCH', `/api/news/${doc.id}?locale=zh&draft=true`, {
      body: RELEASE.zh,
      token: translator,
    })
    expect(edit.status).toBe(200)
    expect((await t.rest('DELETE', `/api/news/${doc.id}`, { token: translator })).status).toBe(403)
    expect(
      (
        await t.rest('POST', '/api/news', {
          body: { ...RELEASE.de, publishedAt: '2026-01-01T00:00:00Z' },
          token: translator,
        })
      ).status,
    ).toBe(403)
    expect((await t.payload.findByID({ collection: 'news', depth: 0, id: doc.id })).id).toBe(doc.id)
  })

  it('translators and editors cannot manage users or raise their own roles', async () => {
    for (const token of [translator, editor]) {
      const created = await t.rest('POST', '/api/users', {
        body: {
          email: `x${Math.random()}@twinning.test`,
          password: 'secret-secret',
          roles: ['admin'],
        },
        token,
      })
      expect(created.status).toBe(403)
      const list = await (await t.rest('GET', '/api/users?limit=100', { token })).json()
      expect(list.docs).toHaveLength(1)
      const me = list.docs[0]
      await t.rest('PATCH', `/api/users/${me.id}`, { body: { roles: ['admin'] }, token })
      const after = await t.payload.findByID({ collection: 'users', id: me.id })
      expect(after.roles).not.toContain('admin')
      expect((await t.rest('DELETE', `/api/users/${me.id}`, { token })).status).toBe(403)
    }
  })

  it('admins manage users', async () => {
    const response = await t.rest('POST', '/api/users', {
      body: {
        email: 'new-translator@twinning.test',
        locales: ['ko'],
        password: 'secret-secret',
        roles: ['translator'],
      },
      token: admin,
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc.roles).toEqual(['translator'])
    expect(doc.locales).toEqual(['ko'])
    expect((await t.rest('DELETE', `/api/users/${doc.id}`, { token: admin })).status).toBe(200)
  })

  it('anonymous visitors cannot list users', async () => {
    const response = await t.rest('GET', '/api/users')
    expect(response.status).toBe(403)
  })
})

describe('a fresh installation', () => {
  it('makes the first user an admin, as the admin "create first user" screen needs', async () => {
    const fresh = await startTestPayload({ key: 'fresh-installation' })
    try {
      const response = await fresh.rest('POST', '/api/users/first-register', {
        body: { email: 'first@twinning.test', password: 'first-password' },
      })
      expect(response.status).toBe(200)
      const first = await fresh.payload.find({
        collection: 'users',
        where: { email: { equals: 'first@twinning.test' } },
      })
      expect(first.docs[0]?.roles).toEqual(['admin'])
      const second = await fresh.payload.create({
        collection: 'users',
        data: { email: 'second@twinning.test', password: 'second-password' },
      })
      expect(second.roles).toEqual(['editor'])
    } finally {
      await fresh.close()
    }
  })
})
