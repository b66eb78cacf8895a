import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readEnvironment } from '../../src/setup/environment.js'
import { createRelease } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload({ env: { NATIVE_SLUGS: 'zh,ja' } })
})
afterAll(async () => t?.close())

describe('native-script slugs per locale (NATIVE_SLUGS → urlSlugs.style)', () => {
  it('keeps Chinese and Japanese slugs in their own script and romanizes the others', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh', 'ko', 'ja'] })
    const all = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      id: doc.id,
      locale: 'all',
    })
    expect(all.slug).toEqual({
      de: 'delegation-aus-nanjing-im-rathaus',
      en: 'nanjing-delegation-visits-city-hall',
      ja: '南京代表団が市庁舎を訪問',
      ko: 'nanjing-daepyodan-sicheong-bangmun',
      zh: '南京代表团访问市政厅',
    })
    // Resolvable as stored, percent-encoded in the address like any browser sends it.
    const response = await t.rest(
      'GET',
      `/api/twinning/resolve?collection=news&locale=zh&slug=${encodeURIComponent('南京代表团访问市政厅')}`,
    )
    expect(response.status).toBe(200)
    expect((await response.json()).slugs.ko).toBe('nanjing-daepyodan-sicheong-bangmun')
  })

  it('refuses a NATIVE_SLUGS that names an unknown locale', () => {
    expect(() => readEnvironment({ NATIVE_SLUGS: 'zh,fr' })).toThrow(/NATIVE_SLUGS names "fr"/)
    expect(readEnvironment({}).nativeSlugs).toEqual([])
  })
})
