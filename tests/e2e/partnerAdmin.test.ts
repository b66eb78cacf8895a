import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, chromium, type Page } from 'playwright-core'

import { DEMO_ADMIN } from '../../src/seed/seed.js'
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.js'
import { type RunningServer, startServer } from '../helpers/server.js'

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

/** Confirms the admin's confirmation modal that `trigger` opens. */
async function confirm(page: Page, trigger: string) {
  await page.locator(trigger).click()
  await page.locator('#confirm-action').click()
}

describeBrowser('API clients in the admin', () => {
  it('an admin generates a key (shown once), rotates it with a grace period and revokes it', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify(DEMO_ADMIN),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = await login.json()
    const created = await fetch(`${server.url}/api/api-clients`, {
      body: JSON.stringify({ collections: ['news'], locales: ['zh'], name: 'Nanjing portal' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const read = (key: string, locale = 'zh') =>
      fetch(`${server.url}/api/news?locale=${locale}&limit=1`, {
        headers: { Authorization: `api-clients API-Key ${key}` },
      }).then((response) => response.status)

    const context = await browser.newContext({ locale: 'en-US' })
    const url = new URL(server.url)
    await context.addCookies([
      { domain: url.hostname, name: 'payload-token', path: '/', value: token },
      { domain: url.hostname, name: 'payload-lng', path: '/', value: 'en' },
    ])
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/api-clients/${doc.id}`)
    await confirm(page, '#generate-api-key')
    const input = page.locator('input#apiKey')
    await page.waitForFunction(
      () =>
        /^[0-9a-f-]{36}$/.test((document.querySelector('input#apiKey') as HTMLInputElement).value),
      undefined,
      { timeout: 30_000 },
    )
    const first = await input.inputValue()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-api-client-key.png') })
    expect(await read(first)).toBe(200)
    expect(await read(first, 'de')).toBe(403)

    // Shown once: after a reload only the mask remains.
    await page.reload()
    await page.locator('input#apiKey').waitFor()
    expect(await page.locator('input#apiKey').inputValue()).not.toContain(first)

    await confirm(page, '#regenerate-api-key')
    await page.waitForFunction(
      (old) => {
        const value = (document.querySelector('input#apiKey') as HTMLInputElement).value
        return /^[0-9a-f-]{36}$/.test(value) && value !== old
      },
      first,
      { timeout: 30_000 },
    )
    const second = await page.locator('input#apiKey').inputValue()
    expect(await read(second)).toBe(200)
    expect(await read(first)).toBe(200) // the replaced key's grace period (24 h by default)

    await confirm(page, '#revoke-api-key')
    await page.locator('#revoke-api-key').waitFor({ state: 'detached', timeout: 30_000 })
    expect(await read(second)).toBe(401)
    expect(await read(first)).toBe(401)
    await context.close()
  }, 180_000)
})
