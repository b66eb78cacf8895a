import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, chromium } from 'playwright-core'

import de from '../../locales/de.json' with { type: 'json' }
import en from '../../locales/en.json' with { type: 'json' }
import ja from '../../locales/ja.json' with { type: 'json' }
import ko from '../../locales/ko.json' with { type: 'json' }
import zh from '../../locales/zh.json' with { type: 'json' }
import { DEMO_ADMIN } from '../../src/seed/seed.js'
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.js'
import { type RunningServer, startServer } from '../helpers/server.js'

const LABELS = { de, en, ja, ko, zh }
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results')
const run = browserAvailable()
const describeBrowser = run ? describe : describe.skip

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  if (!run) return
  server = await startServer()
  browser = await chromium.launch({ args: CHROMIUM_ARGS, executablePath: CHROMIUM, headless: true })
  mkdirSync(SCREENSHOTS, { recursive: true })
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describeBrowser('the admin against next start', () => {
  it('logs the demo admin in and opens in each of the five languages', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', DEMO_ADMIN.email)
    await page.fill('input[name="password"]', DEMO_ADMIN.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

    for (const lng of ['de', 'en', 'zh', 'ko', 'ja'] as const) {
      const url = new URL(server.url)
      await context.addCookies([{ domain: url.hostname, name: 'payload-lng', path: '/', value: lng }])
      await page.goto(`${server.url}/admin/collections/news`)
      const heading = page.locator('h1').first()
      await heading.waitFor({ timeout: 30_000 })
      expect({ lng, heading: (await heading.innerText()).trim() }).toEqual({ lng, heading: LABELS[lng].collections.news.plural })
      const nav = await page.locator('nav').first().innerText()
      expect(nav).toContain(LABELS[lng].collections.partnerCities.plural)
      expect(nav).toContain(LABELS[lng].general.groups.content)
      await page.screenshot({ fullPage: false, path: path.join(SCREENSHOTS, `admin-news-${lng}.png`) })
    }
    await context.close()
  }, 180_000)

  it('serves the seeded Japanese texts at GET /api/news?locale=ja', async () => {
    const json = await (await fetch(`${server.url}/api/news?locale=ja&depth=0&fallback-locale=none`)).json()
    expect(json.totalDocs).toBeGreaterThanOrEqual(5)
    for (const doc of json.docs) expect(doc.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })

  it('answers GraphQL with the Korean titles', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ News(locale: ko, limit: 3) { docs { title } } }' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const json = await response.json()
    expect(json.data.News.docs).toHaveLength(3)
    for (const doc of json.data.News.docs) expect(doc.title).toMatch(/[\uac00-\ud7a3]/)
  })
})
