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

describeBrowser('the admin and the API against npm start', () => {
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
      await context.addCookies([
        { domain: url.hostname, name: 'payload-lng', path: '/', value: lng },
      ])
      await page.goto(`${server.url}/admin/collections/news`)
      const heading = page.locator('h1').first()
      await heading.waitFor({ timeout: 30_000 })
      expect({ lng, heading: (await heading.innerText()).trim() }).toEqual({
        lng,
        heading: LABELS[lng].collections.news.plural,
      })
      const nav = await page.locator('nav').first().innerText()
      expect(nav).toContain(LABELS[lng].collections.partnerCities.plural)
      expect(nav).toContain(LABELS[lng].general.groups.content)
      await page.screenshot({
        fullPage: false,
        path: path.join(SCREENSHOTS, `admin-news-${lng}.png`),
      })
    }
    await context.close()
  }, 180_000)

  it('shows the translation panel: five locale badges, source | translation side by side, outdated fields highlighted', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify(DEMO_ADMIN),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = await login.json()
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const { docs } = await (
      await fetch(`${server.url}/api/news?locale=de&depth=0&limit=1&sort=createdAt`, {
        headers: auth,
      })
    ).json()
    const id = docs[0].id
    // The German lead changes after the translations were made: every translation's lead is now outdated.
    const patched = await fetch(`${server.url}/api/news/${id}?locale=de&draft=true`, {
      body: JSON.stringify({ lead: 'Ein neuer Vorspann für den Test.' }),
      headers: auth,
      method: 'PATCH',
    })
    expect(patched.status).toBe(200)

    const context = await browser.newContext({ locale: 'en-US' })
    const url = new URL(server.url)
    await context.addCookies([
      { domain: url.hostname, name: 'payload-token', path: '/', value: token },
      { domain: url.hostname, name: 'payload-lng', path: '/', value: 'en' },
    ])
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/news/${id}`)
    const panel = page.getByTestId('translation-panel')
    await panel.waitFor({ timeout: 60_000 })
    await expect(panel.locator('li[data-locale]').count()).resolves.toBe(5)
    expect(await panel.locator('li[data-locale="de"]').innerText()).toContain(
      en.localeStatuses.published,
    )
    expect(await panel.locator('li[data-locale="ko"]').getAttribute('class')).toContain(
      'twinning-badge--outdated',
    )

    await panel.locator('select').selectOption('ko')
    const lead = panel.locator('tr[data-field="lead"]')
    expect(await lead.getAttribute('data-outdated')).toBe('true')
    expect(await lead.locator('td').first().innerText()).toBe('Ein neuer Vorspann für den Test.')
    expect(await lead.locator('td').nth(1).innerText()).toMatch(/[\uac00-\ud7a3]/)
    expect(await panel.locator('tr[data-field="title"]').getAttribute('data-outdated')).toBe(
      'false',
    )
    await page.screenshot({
      fullPage: true,
      path: path.join(SCREENSHOTS, 'admin-translation-panel.png'),
    })

    // The list's bulk action appears once documents are selected.
    await page.goto(`${server.url}/admin/collections/news`)
    await page.locator('.table input[type="checkbox"]').nth(1).check()
    await page.getByTestId('xliff-export-selected').waitFor({ timeout: 30_000 })
    await page
      .getByTestId('xliff-export-selected')
      .locator('input[type="checkbox"]')
      .first()
      .check()
    const href = await page.getByTestId('xliff-export-selected').locator('a').getAttribute('href')
    expect(href).toMatch(
      /\/api\/twinning\/xliff\/export\?collection=news&ids=\d+&targets=en&version=2\.0/,
    )
    const file = await fetch(new URL(href!, server.url), { headers: auth })
    expect(file.status).toBe(200)
    expect(await file.text()).toContain('trgLang="en"')
    await context.close()
  }, 180_000)

  it('serves the seeded Japanese texts at GET /api/news?locale=ja', async () => {
    const json = await (
      await fetch(`${server.url}/api/news?locale=ja&depth=0&fallback-locale=none`)
    ).json()
    expect(json.totalDocs).toBeGreaterThanOrEqual(5)
    for (const doc of json.docs) expect(doc.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })

  it("answers repeated public reads from the front server's cache, with 304 for a known ETag, fresh after a publish", async () => {
    const url = `${server.url}/api/news?locale=ko&depth=1&limit=5&sort=-publishedAt`
    const first = await fetch(url)
    const body = await first.text()
    const second = await fetch(url)
    expect([second.status, second.headers.get('x-twinning-cache'), await second.text()]).toEqual([
      200,
      'HIT',
      body,
    ])
    const etag = second.headers.get('etag')!
    const revalidated = await fetch(url, { headers: { 'If-None-Match': etag } })
    expect([revalidated.status, await revalidated.text()]).toEqual([304, ''])

    // An editor withdraws Korean from the newest release: the next read no longer lists it.
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: 'admin@twinning.example', password: 'twinning-demo' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const auth = {
      Authorization: `JWT ${((await login.json()) as { token: string }).token}`,
      'Content-Type': 'application/json',
    }
    const newest = (JSON.parse(body) as { docs: Array<{ id: number }> }).docs[0]!.id
    const withdrawn = await fetch(`${server.url}/api/news/${newest}?locale=ko`, {
      body: JSON.stringify({ localeStatus: 'unpublished' }),
      headers: auth,
      method: 'PATCH',
    })
    expect(withdrawn.status).toBe(200)
    const after = await fetch(url, { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    expect(
      ((await after.json()) as { docs: Array<{ id: number }> }).docs.map((doc) => doc.id),
    ).not.toContain(newest)
    const restored = await fetch(`${server.url}/api/news/${newest}?locale=ko`, {
      body: JSON.stringify({ localeStatus: 'published' }),
      headers: auth,
      method: 'PATCH',
    })
    expect(restored.status).toBe(200)
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
