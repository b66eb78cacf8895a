import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import sharp from 'sharp'

import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.js'
import { createUser } from '../helpers/fixtures.js'
import { photoWithMetadata } from '../helpers/photoFixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { ensureBuild, type LaunchedServer, launchServer } from '../helpers/server.js'

/**
 * The photo features in the admin, in a real browser against `next start`: rights flags in the
 * list, the expiry notice and the alt-text guideline in the edit view, the dashboard's list of
 * expiring photos, and an upload through the form whose credit comes from the file's IPTC.
 */
const run = browserAvailable()
const describeBrowser = run ? describe : describe.skip

let t: TestPayload
let server: LaunchedServer
let browser: Browser
let context: BrowserContext
let expiring: { filename: string; id: number | string }
let expired: { filename: string; id: number | string }

const DAY = 24 * 60 * 60 * 1000

async function createPhoto(name: string, rightsExpireAt: string, alt: string) {
  const data = await sharp({
    create: { background: '#6a8f3a', channels: 3, height: 300, width: 400 },
  })
    .jpeg()
    .toBuffer()
  const doc = await t.payload.create({
    collection: 'photos',
    data: {
      _status: 'published',
      alt,
      credit: 'Stadt Ogaki/Test',
      licence: 'pressOnly',
      rightsExpireAt,
    } as never,
    depth: 0,
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
    locale: 'de',
  })
  return { filename: String(doc.filename), id: doc.id }
}

beforeAll(async () => {
  if (!run) return
  ensureBuild()
  t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  expiring = await createPhoto(
    'ogaki-marktplatz.jpg',
    new Date(Date.now() + 10 * DAY).toISOString(),
    'Der Marktplatz in Ogaki',
  )
  expired = await createPhoto(
    'ogaki-bahnhof.jpg',
    new Date(Date.now() - DAY).toISOString(),
    'Der Bahnhof von Ogaki',
  )
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

describeBrowser('photos in the admin', () => {
  it('flags expired and soon-expiring rights in the list', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/photos`)
    await page.locator('.twinning-rights-flag--expired').first().waitFor({ timeout: 60_000 })
    const row = (filename: string) => page.locator('tr', { hasText: filename })
    await expect(
      row(expired.filename).locator('.twinning-rights-flag--expired').innerText(),
    ).resolves.toBe('Rechte abgelaufen')
    await expect(
      row(expiring.filename).locator('.twinning-rights-flag--expiring').innerText(),
    ).resolves.toMatch(/^Läuft ab am /)
    await page.close()
  })

  it('shows the expiry notice and the alt-text length guideline in the edit view', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/photos/${expiring.id}`)
    const notice = page.locator('.twinning-rights-notice--expiring')
    await notice.waitFor({ timeout: 60_000 })
    expect(await notice.innerText()).toMatch(/laufen am .+ ab/)
    const guideline = page.locator('.twinning-alt-text-length')
    await guideline.waitFor()
    expect(await guideline.innerText()).toContain('23 von empfohlen höchstens 125 Zeichen')
    await page.fill('#field-alt', 'x'.repeat(130))
    await expect(guideline.innerText()).resolves.toContain(
      '130 Zeichen, empfohlen sind höchstens 125',
    )
    await page.close()
  })

  it('lists the photos whose rights end soon on the dashboard', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/admin`)
    const report = page.locator('.twinning-expiring')
    await report.waitFor({ timeout: 60_000 })
    const rows = await report.locator('tr').allInnerTexts()
    const soon = rows.find((row) => row.includes('Der Marktplatz in Ogaki'))
    const gone = rows.find((row) => row.includes('Der Bahnhof von Ogaki'))
    expect(soon).toMatch(/nirgends verwendet/)
    expect(soon).not.toMatch(/abgelaufen/)
    expect(gone).toMatch(/abgelaufen/)
    await page.close()
  })

  it('uploads a photo through the form, taking its credit from the file', async () => {
    const file = path.join(t.database.workDir, 'sejong-besuch.jpg')
    writeFileSync(
      file,
      await photoWithMetadata({
        height: 400,
        iptc: { byline: ['Min-jun Park'], credit: 'Sejong City/Min-jun Park' },
        width: 600,
      }),
    )
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/photos/create`)
    await page.locator('input[type="file"]').first().setInputFiles(file)
    await page.locator('#field-alt').waitFor({ timeout: 60_000 })
    await page.fill('#field-alt', 'Besuch der Delegation aus Sejong')
    await page.keyboard.press('Control+s')
    await page.waitForURL(/\/admin\/collections\/photos\/\d+/, { timeout: 120_000 })
    const id = page.url().match(/photos\/(\d+)/)![1]!
    const saved = (await t.payload.findByID({
      collection: 'photos',
      depth: 0,
      draft: true,
      id,
    })) as unknown as Record<string, any>
    expect(saved.credit).toBe('Sejong City/Min-jun Park')
    expect(saved.renditions.card.webp).toMatchObject({
      height: 375,
      mimeType: 'image/webp',
      width: 600,
    })
    await page.close()
  })
})
