import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type FieldHook,
  ValidationError,
  type ValidationFieldError,
} from 'payload'

import { translate } from '../../i18n/label.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { forgetSubscriptionsOnClientWrite } from './activeSubscriptions.js'
import { checkWebhookUrl } from './checkWebhookUrl.js'
import { WEBHOOK_QUEUE } from './queueDelivery.js'
import {
  isSealed,
  newWebhookSecret,
  openWebhookSecret,
  sealWebhookSecret,
} from './webhookSecret.js'

/*
 * Hooks of the `api-clients` collection that belong to webhooks: URL checks at registration, the
 * signing secret (generated, stored encrypted, shown to admins), and a client's deliveries
 * removed with it.
 */

type Row = Record<string, unknown>

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/**
 * Before a client is saved: every new or changed webhook URL must be http(s) and reach only public
 * addresses (or a host of `partners.webhooks.allowedHosts`), and a webhook's languages must be
 * ones the client reads — else 400 naming the URL, nothing saved. URLs saved before are checked
 * again at each delivery instead, so a passing DNS failure does not block other edits (such as
 * revoking the key). Once the write commits, appends to the log see the new webhooks.
 */
export const checkWebhookUrls: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  await forgetSubscriptionsOnClientWrite(req)
  const options = req.payload.config.custom[TWINNING] as ResolvedOptions
  const hooks = (Array.isArray(data.webhooks) ? data.webhooks : []) as Row[]
  if (!options.partners || !hooks.length) return data
  const { allowedHosts } = options.partners.webhooks
  const language = req.i18n?.language ?? 'en'
  const known = new Set(
    ((originalDoc?.webhooks as Row[] | undefined) ?? []).map((hook) => hook.url),
  )
  const readable = strings(data.locales ?? originalDoc?.locales)
  const errors: ValidationFieldError[] = []
  for (const [index, hook] of hooks.entries()) {
    const url = typeof hook.url === 'string' ? hook.url.trim() : ''
    if (url !== hook.url) hook.url = url
    if (url && !known.has(url)) {
      const verdict = await checkWebhookUrl(url, allowedHosts)
      if (!verdict.ok)
        errors.push({
          message: `${url}: ${translate(language, verdict.reason, verdict.vars)}`,
          path: `webhooks.${index}.url`,
        })
    }
    const locales = strings(hook.locales)
    if (locales.some((locale) => !readable.includes(locale)))
      errors.push({
        message: translate(language, 'errors.webhookLocale', { locales: readable.join(', ') }),
        path: `webhooks.${index}.locales`,
      })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}

/** A new signing secret when a client is created without one, or an admin cleared it. */
export const ensureWebhookSecret: CollectionBeforeChangeHook = ({ data, operation }) => {
  const cleared = 'webhookSecret' in data && !data.webhookSecret
  if (operation === 'create' ? !data.webhookSecret : cleared)
    data.webhookSecret = newWebhookSecret()
  return data
}

/** The secret is stored encrypted (PAYLOAD_SECRET): a database dump does not hand it out. */
export const encryptWebhookSecret: FieldHook = ({ req, value }) =>
  typeof value === 'string' && value && !isSealed(value)
    ? sealWebhookSecret(req.payload, value)
    : value

/** Admins (the field's only readers) see the secret in clear, to configure their receiver. */
export const decryptWebhookSecret: FieldHook = ({ req, value }) =>
  isSealed(value) ? (openWebhookSecret(req.payload, value) ?? null) : value

/** Before a client is deleted: its deliveries and their waiting jobs go with it. */
export const deleteClientDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetSubscriptionsOnClientWrite(req)
  const options = req.payload.config.custom[TWINNING] as ResolvedOptions
  if (!options.partners) return
  const slug = options.slugs.webhookDeliveries
  const { docs } = await req.payload.db.find({
    collection: slug,
    limit: 0,
    pagination: false,
    req,
    where: { client: { equals: id } },
  })
  if (!docs.length) return
  const ids = new Set(docs.map((doc) => Number(doc.id)))
  const jobs = await req.payload.db.find({
    collection: 'payload-jobs',
    limit: 0,
    pagination: false,
    req,
    // A job under way is left alone: it finds its delivery gone and ends (Payload fails on a job
    // deleted while it runs, and on SQLite keeps the write lock until its timeout).
    where: {
      and: [
        { queue: { equals: WEBHOOK_QUEUE } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
  })
  const jobIds = (jobs.docs as Row[])
    .filter((job) => ids.has(Number((job.input as Row | undefined)?.deliveryId)))
    .map((job) => job.id as number | string)
  if (jobIds.length)
    await req.payload.db.deleteMany({
      collection: 'payload-jobs',
      req,
      where: { id: { in: jobIds } },
    })
  await req.payload.db.deleteMany({ collection: slug, req, where: { client: { equals: id } } })
}
