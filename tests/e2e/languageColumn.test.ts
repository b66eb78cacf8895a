import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { de as payloadDe } from '@payloadcms/translations/languages/de'
import { zh as payloadZh } from '@payloadcms/translations/languages/zh'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import de from '../../locales/de.json' with { type: 'json' }
import zh from '../../locales/zh.json' with { type: 'json' }
import { DEMO_ADMIN } from '../../src/seed/seed.js'
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.js'
import { RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { ensureBuild, type LaunchedServer, launchServer } from '../helpers/server.js'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')
const LOCALES = ['de', 'en', 'zh', 'ko', 'ja']
const LABELS = { de, zh }
const PAYLOAD_LABELS = { de: payloadDe.translations, zh: payloadZh.translations }
const run = browserAvailable()
const describeBrowser = run ? describe : describe.skip

let t: TestPayload
let server: LaunchedServer
let browser: Browser
let context: BrowserContext
/** Published in German and English, Chinese in translation, Korean scheduled, Japanese untouched. */
let mixedId: number | string
/** A seeded release: all five locales published locale by locale, nothing changed since. */
let publishedId: number | string

beforeAll(async () => {
  if (!run) return
  ensureBuild()
  // The demo content and admin, seeded through Payload; the mixed release is added the same way
  // before the production server starts on the same database.
  t = await startTestPayload({ seed: true })
  const { payload } = t
  const mixed = await payload.create({
    collection: 'news',
    data: {
      ...RELEASE.de,
      _status: 'published',
      publishedAt: '2030-01-15T09:00:00.000Z',
      title: 'Sprachspalte: Delegation aus Nanjing',
    } as never,
    depth: 0,
    locale: 'de',
  })
  mixedId = mixed.id
  await payload.update({
    collection: 'news',
    data: { ...RELEASE.en, _status: 'published' },
    depth: 0,
    id: mixedId,
    locale: 'en',
  })
  await payload.update({
    collection: 'news',
    data: { ...RELEASE.zh, localeStatus: 'inTranslation' },
    depth: 0,
    draft: true,
    id: mixedId,
    locale: 'zh',
  })
  await payload.update({
    collection: 'news',
    data: { ...RELEASE.ko, localeStatus: 'inReview' },
    depth: 0,
    draft: true,
    id: mixedId,
    locale: 'ko',
  })
  // As the admin's Publish ▸ Schedule stores it: the document id as a string.
  await payload.jobs.queue({
    input: { doc: { relationTo: 'news', value: String(mixedId) }, locale: 'ko', type: 'publish' },
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 3 * 86_400_000),
  } as never)
  const seeded = await payload.find({
    collection: 'news',
    depth: 0,
    limit: 1,
    sort: '-publishedAt',
    where: { id: { not_equals: mixedId } },
  })
  publishedId = seeded.docs[0]!.id

  server = await launchServer({
    env: {
      ...process.env,
      DATABASE_URI: t.database.uri,
      MEDIA_DIR: path.join(t.database.workDir, 'media'),
    },
  })
  browser = await chromium.launch({ args: CHROMIUM_ARGS, executablePath: CHROMIUM, headless: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  context = await browser.newContext({ locale: 'de-DE', viewport: { height: 900, width: 1440 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', DEMO_ADMIN.email)
  await page.fill('input[name="password"]', DEMO_ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  await page.close()
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await t?.close()
})

/** Switches the admin language (Payload's `payload-lng` cookie) for the next page loads. */
async function adminLanguage(lng: 'de' | 'zh') {
  const { hostname } = new URL(server.url)
  await context.addCookies([{ domain: hostname, name: 'payload-lng', path: '/', value: lng }])
}

/** The list row of a release, found by the link to its edit view. */
const row = (page: Page, id: number | string) =>
  page.locator('.table tbody tr', {
    has: page.locator(`a[href$="/collections/news/${id}"], a[href*="/collections/news/${id}?"]`),
  })

/** `{{var}}` templates of locales/*.json filled in, as the admin fills them. */
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => vars[name] ?? '')

async function badgesOf(page: Page, id: number | string) {
  const badges = row(page, id).locator('[data-testid="language-badges"] li')
  return {
    codes: await badges.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-locale')),
    ),
    labels: await badges.evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label')),
    ),
    states: await badges.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-state')),
    ),
    titles: await badges.evaluateAll((items) => items.map((item) => item.getAttribute('title'))),
  }
}

describeBrowser('the language column and status in the admin', () => {
  for (const lng of ['zh', 'de'] as const) {
    it(`shows five language badges per release in the ${lng} news list, with the true state of each locale`, async () => {
      const L = LABELS[lng]
      await adminLanguage(lng)
      const page = await context.newPage()
      // The list in the same content locale as the admin: its rows hold that locale only.
      await page.goto(`${server.url}/admin/collections/news?locale=${lng}`)
      await row(page, mixedId)
        .locator('[data-testid="language-badges"]')
        .waitFor({ timeout: 60_000 })

      // The language column replaces Payload's status column.
      const headings = await page.locator('.table thead th').allInnerTexts()
      expect(headings.map((text) => text.trim())).toContain(L.fields.languages)
      expect(headings.map((text) => text.trim())).not.toContain(PAYLOAD_LABELS[lng].version.status)

      const rows = page.locator('.table tbody tr')
      const count = await rows.count()
      expect(count).toBeGreaterThanOrEqual(6)
      for (let index = 0; index < count; index++) {
        const codes = await rows
          .nth(index)
          .locator('[data-testid="language-badges"] li')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-locale')))
        expect(codes).toEqual(LOCALES)
      }

      const mixed = await badgesOf(page, mixedId)
      expect(mixed.states).toEqual([
        'published',
        'published',
        'inTranslation',
        'scheduled',
        'draft',
      ])
      expect(mixed.titles).toEqual(mixed.labels)
      const badge = (code: keyof typeof L.locales, state: string) =>
        fill(L.languageColumn.badge, { language: L.locales[code], state })
      expect(mixed.labels[0]).toBe(badge('de', L.localeStatuses.published))
      expect(mixed.labels[2]).toBe(badge('zh', L.localeStatuses.inTranslation))
      expect(mixed.labels[4]).toBe(badge('ja', L.localeStatuses.draft))
      const [before, after] = fill(L.languageColumn.badge, {
        language: L.locales.ko,
        state: L.languageColumn.scheduledOn,
      }).split('{{date}}')
      expect(mixed.labels[3]!.startsWith(before!)).toBe(true)
      expect(mixed.labels[3]!.endsWith(after!)).toBe(true)

      // Every seeded release was published locale by locale and is unchanged: five times published.
      const published = await badgesOf(page, publishedId)
      expect(published.states).toEqual(LOCALES.map(() => 'published'))
      const text = await row(page, publishedId).innerText()
      for (const word of [
        PAYLOAD_LABELS[lng].version.changed,
        PAYLOAD_LABELS[lng].version.draft,
        L.localeStatuses.draft,
      ])
        expect(text).not.toContain(word)

      await page.screenshot({ path: path.join(ARTIFACTS, `language-column-${lng}.png`) })
      await page.close()
    }, 180_000)
  }

  it("shows Payload's own status column as Published, not Changed, for a release published locale by locale", async () => {
    await adminLanguage('de')
    const page = await context.newPage()
    const columns = encodeURIComponent(JSON.stringify(['title', '_status', 'languages']))
    await page.goto(`${server.url}/admin/collections/news?locale=de&columns=${columns}`)
    const cell = row(page, publishedId).locator('td.cell-_status')
    await cell.waitFor({ timeout: 60_000 })
    expect((await cell.innerText()).trim()).toBe(payloadDe.translations.version.published)
    // The mixed release really has unpublished drafts (Chinese, Korean): Payload may say so.
    await page.close()
  }, 120_000)

  it('states the truth per locale in the edit view; availableLocales is read-only, publishedIn hidden', async () => {
    await adminLanguage('de')
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/collections/news/${publishedId}?locale=de`)
    const status = page.getByTestId('publication-status')
    await status.waitFor({ timeout: 60_000 })
    expect(await status.getAttribute('data-state')).toBe('published')
    expect(await status.getAttribute('data-changed')).toBe('false')
    expect(await status.locator('.status__value').innerText()).toBe(
      fill(de.publicationStatus.current, {
        language: de.locales.de,
        state: de.localeStatuses.published,
      }),
    )
    expect(await page.getByTestId('publication-status-changes').count()).toBe(0)
    // Nothing in the document's status says "Changed" or "Draft".
    const statusText = await page.locator('.doc-controls__status').innerText()
    expect(statusText).not.toContain(payloadDe.translations.version.changed)
    expect(statusText).not.toContain(payloadDe.translations.version.draft)
    expect(
      await status
        .locator('[data-testid="language-badges"] li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-state'))),
    ).toEqual(LOCALES.map(() => 'published'))

    // availableLocales is shown but cannot be edited; publishedIn is not shown at all.
    const available = page.locator('#field-availableLocales')
    await available.waitFor({ timeout: 30_000 })
    expect(await available.locator('.rs__control, .react-select').count()).toBeGreaterThan(0)
    expect(await available.evaluate((element) => !!element.closest('.read-only'))).toBe(true)
    await available.locator('.rs__control').click({ force: true })
    expect(await page.locator('.rs__menu').count()).toBe(0)
    await available.locator('.multi-value-remove').first().click({ force: true })
    expect(await available.locator('.rs__multi-value').count()).toBe(5)
    // Payload keeps a hidden field as an <input type="hidden">: nothing of it is shown.
    expect(
      await page
        .locator('[id^="field-publishedIn"]')
        .evaluateAll((elements) =>
          elements.every(
            (element) => element instanceof HTMLInputElement && element.type === 'hidden',
          ),
        ),
    ).toBe(true)
    expect(await page.getByText(de.fields.publishedIn, { exact: true }).count()).toBe(0)
    await page.screenshot({
      fullPage: false,
      path: path.join(ARTIFACTS, 'language-status-edit-de.png'),
    })

    // The mixed release in the Chinese admin, edited in Chinese: in translation, with changes not
    // yet published; edited in German: published, nothing pending.
    await adminLanguage('zh')
    await page.goto(`${server.url}/admin/collections/news/${mixedId}?locale=zh`)
    await status.waitFor({ timeout: 60_000 })
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="publication-status"]')?.getAttribute('data-state') ===
        'inTranslation',
      undefined,
      { timeout: 30_000 },
    )
    expect(await status.getAttribute('data-changed')).toBe('true')
    expect(await status.locator('.status__value').innerText()).toBe(
      fill(zh.publicationStatus.current, {
        language: zh.locales.zh,
        state: zh.localeStatuses.inTranslation,
      }),
    )
    expect(await page.getByTestId('publication-status-changes').innerText()).toContain(
      zh.publicationStatus.changes,
    )
    expect(
      await status
        .locator('[data-testid="language-badges"] li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-state'))),
    ).toEqual(['published', 'published', 'inTranslation', 'scheduled', 'draft'])
    await page.screenshot({ path: path.join(ARTIFACTS, 'language-status-edit-zh.png') })
    await page.goto(`${server.url}/admin/collections/news/${mixedId}?locale=de`)
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="publication-status"]')?.getAttribute('data-state') ===
        'published',
      undefined,
      { timeout: 30_000 },
    )
    expect(await status.getAttribute('data-changed')).toBe('false')
    await page.close()
  }, 180_000)
})
