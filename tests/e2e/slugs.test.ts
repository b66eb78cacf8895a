import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'

import de from '../../locales/de.json' with { type: 'json' }
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.js'
import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { ensureBuild, type LaunchedServer, launchServer } from '../helpers/server.js'

const run = browserAvailable()
const describeBrowser = run ? describe : describe.skip

let t: TestPayload
let server: LaunchedServer
let browser: Browser
let context: BrowserContext
let id: number | string

beforeAll(async () => {
  if (!run) return
  ensureBuild()
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  const doc = await t.payload.create({
    collection: 'news',
    data: { ...RELEASE.de, publishedAt: '2026-06-01T08:00:00.000Z' } as never,
    depth: 0,
    draft: true,
    locale: 'de',
  })
  id = doc.id
  await t.payload.update({
    collection: 'news',
    data: { ...RELEASE.zh },
    depth: 0,
    draft: true,
    id,
    locale: 'zh',
  })
  server = await launchServer({
    env: {
      ...process.env,
      DATABASE_URI: t.database.uri,
      MEDIA_DIR: path.join(t.database.workDir, 'media'),
    },
  })
  browser = await chromium.launch({ args: CHROMIUM_ARGS, executablePath: CHROMIUM, headless: true })
  context = await browser.newContext({ locale: 'de-DE', viewport: { height: 900, width: 1440 } })
  const { hostname } = new URL(server.url)
  await context.addCookies([{ domain: hostname, name: 'payload-lng', path: '/', value: 'de' }])
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  await page.close()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await t?.close()
})

describeBrowser('the slug field in the admin', () => {
  it('shows the slug of the edited locale in the sidebar', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/news/${id}?locale=zh`)
    const slug = page.locator('#field-slug')
    await slug.waitFor({ timeout: 60_000 })
    await expect(slug.inputValue()).resolves.toBe('nanjing-daibiaotuan-fangwen-shizhengting')
    expect(await page.locator('.document-fields__sidebar-fields #field-slug').count()).toBe(1)
    await page.close()
  })

  it('fills a fresh slug from the title as it stands when Regenerate is pressed', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/news/${id}?locale=de`)
    const slug = page.locator('#field-slug')
    await slug.waitFor({ timeout: 60_000 })
    await expect(slug.inputValue()).resolves.toBe('delegation-aus-nanjing-im-rathaus')
    await page.fill('#field-title', 'Städtepartnerschaft Köln–Chongqing')
    const button = page.getByRole('button', { name: de.urlSlugs.regenerate })
    await button.click()
    await page.waitForFunction(
      () =>
        (document.querySelector('#field-slug') as HTMLInputElement | null)?.value ===
        'staedtepartnerschaft-koeln-chongqing',
      undefined,
      { timeout: 15_000 },
    )
    await page.close()
  })
})
