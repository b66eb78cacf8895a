import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  for (let i = 0; i < 3; i++) await createRelease(t.payload)
})
afterAll(async () => t?.close())

const get = (query: string, token?: string) =>
  t.rest('GET', `/api/news?${query}`, { headers: { 'Accept-Language': 'en' }, token })

describe('bounded public reads', () => {
  it('caps limit, limit=0 and pagination=false at 100 for the public', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'limit=-5&depth=0']) {
      const response = await get(query)
      expect([query, response.status]).toEqual([query, 200])
      const json = await response.json()
      expect([query, json.limit]).toEqual([query, query.startsWith('limit=-5') ? 10 : 100])
      expect(json.docs.length).toBe(3)
    }
    expect((await (await get('')).json()).limit).toBe(10)
  })

  it('leaves editors unbounded', async () => {
    const json = await (await get('limit=0&depth=0', editor)).json()
    expect(json.docs.length).toBe(json.totalDocs)
    expect(json.totalDocs).toBeGreaterThanOrEqual(3)
    expect(json.limit).not.toBe(100)
  })

  it('caps depth, and refuses a where that is too deep or too long, and unknown sort or filter fields, with 400', async () => {
    expect((await get('depth=50')).status).toBe(200)
    const deep = `where${'[or][0]'.repeat(8)}[title][equals]=x`
    const tooDeep = await get(deep)
    expect(tooDeep.status).toBe(400)
    expect((await tooDeep.json()).errors[0].message).toMatch(/too complex/)
    const long = Array.from({ length: 25 }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join(
      '&',
    )
    expect((await get(long)).status).toBe(400)
    // `OR`/`AND` in any letter case count the same (Payload reads them so).
    expect((await get(deep.replace(/\[or\]/g, '[OR]'))).status).toBe(400)
    expect((await get(long.replace(/\[or\]/g, '[Or]'))).status).toBe(400)
    // Counts are bounded alike.
    expect((await t.rest('GET', `/api/news/count?locale=de&${deep}`)).status).toBe(400)
    expect((await t.rest('GET', `/api/news/count?locale=de&${long}`)).status).toBe(400)
    expect((await t.rest('GET', '/api/news/count?locale=de&where[id][exists]=true')).status).toBe(
      200,
    )
    const sort = await get('sort=-nonsense')
    expect(sort.status).toBe(400)
    expect((await sort.json()).errors[0].message).toBe(
      'Cannot sort by "nonsense": there is no such field.',
    )
    expect((await get('sort=-publishedAt')).status).toBe(200)
    expect((await get('where[nonsense][equals]=1')).status).toBe(400)
  })
})
