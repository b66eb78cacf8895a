import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { ResolvedOptions } from '../../src/options.js'
import type { WebhookOptions } from '../../src/partners/options.js'
import { useHostResolver } from '../../src/partners/webhooks/hostResolver.js'
import { startWebhookRunner, stopWebhookRunner } from '../../src/partners/webhooks/webhookRunner.js'
import { createUser, RELEASE, type ReleaseLocale } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import {
  type Arrival,
  startWebhookReceiver,
  verifyTwinningSignature,
  type WebhookReceiver,
} from '../helpers/webhookReceiver.js'

type Id = number | string
type Row = Record<string, any>

let t: TestPayload
let receiver: WebhookReceiver
let admin: string
let editor: string

/** The webhook options of the running instance (read at each use, so a test may change them). */
const webhookOptions = () =>
  ((t.payload.config.custom.twinning as ResolvedOptions).partners as { webhooks: WebhookOptions })
    .webhooks

const TEST_OPTIONS: Partial<WebhookOptions> = {
  allowedHosts: ['127.0.0.1', 'hooks.partner.test'],
  baseDelayMs: 100,
  concurrency: 4,
  maxAttempts: 4,
  maxDelayMs: 2000,
  timeoutMs: 500,
}

let keyCount = 0
async function createClient(data: Row): Promise<Row> {
  keyCount++
  return t.payload.create({
    collection: 'api-clients',
    data: {
      apiKey: `webhook-test-key-${String(keyCount).padStart(24, '0')}`,
      collections: ['news'],
      locales: ['de', 'en', 'zh', 'ko', 'ja'],
      name: `client ${keyCount}`,
      ...data,
    } as never,
  }) as Promise<Row>
}

/** A German draft of a press release (nothing public yet, nothing in the log). */
async function draft(extra: Row = {}): Promise<Id> {
  const doc = await t.payload.create({
    collection: 'news',
    data: { ...RELEASE.de, _status: 'draft', ...extra } as never,
    depth: 0,
    draft: true,
    locale: 'de',
  })
  return doc.id
}

/** Publishes one locale as an editor does over REST; resolves when the response is back. */
async function publish(id: Id, locale: ReleaseLocale, data: Row = {}): Promise<number> {
  const response = await t.rest('PATCH', `/api/news/${id}?locale=${locale}`, {
    body: { ...RELEASE[locale], ...data, localeStatus: 'published' },
    token: editor,
  })
  expect(response.status).toBe(200)
  return performance.now()
}

async function withdraw(id: Id, locale: ReleaseLocale): Promise<void> {
  const response = await t.rest('PATCH', `/api/news/${id}?locale=${locale}`, {
    body: { localeStatus: 'unpublished' },
    token: editor,
  })
  expect(response.status).toBe(200)
}

const deliveriesOf = async (where: Row) =>
  (
    await t.payload.find({
      collection: 'webhook-deliveries',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
      where,
    })
  ).docs as Row[]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `check` returns something truthy, or fails after timeoutMs. */
async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > until) throw new Error('condition not met in time')
    await sleep(20)
  }
}

const forDocument = (path: string, id: Id, event?: string, locale?: string) => (a: Arrival) =>
  a.path === path &&
  a.json.documentId === String(id) &&
  (!event || a.json.event === event) &&
  (!locale || a.json.locale === locale)

beforeAll(async () => {
  t = await startTestPayload()
  Object.assign(webhookOptions(), TEST_OPTIONS)
  startWebhookRunner(t.payload)
  receiver = await startWebhookReceiver()
  admin = await t.login(
    ...(Object.values(await createUser(t.payload, ['admin'])) as [string, string]),
  )
  editor = await t.login(
    ...(Object.values(await createUser(t.payload, ['editor'])) as [string, string]),
  )
})
afterAll(async () => {
  useHostResolver(undefined)
  if (t) await stopWebhookRunner(t.payload)
  await receiver?.close()
  await t?.close()
})

describe('webhooks', () => {
  it('delivers a publish to the receiver, signed, well within 2 s', async () => {
    const client = await createClient({ webhooks: [{ url: receiver.url('/first') }] })
    expect(client.webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    const id = await draft()
    const published = await publish(id, 'de')
    const arrival = await receiver.waitFor(forDocument('/first', id, 'published', 'de'))
    const latency = arrival.at - published
    console.log(`publish → webhook: ${latency.toFixed(1)} ms`)
    expect(latency).toBeLessThan(2000)
    expect(
      verifyTwinningSignature(
        arrival.body,
        arrival.headers['twinning-signature'] as string,
        client.webhookSecret,
      ),
    ).toBe(true)
    expect(arrival.json).toMatchObject({
      collection: 'news',
      documentId: String(id),
      event: 'published',
      locale: 'de',
      tombstone: false,
    })
    expect(arrival.json.doc.title).toBe(RELEASE.de.title)
  })
})
