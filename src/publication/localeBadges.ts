import type { CollectionSlug, Payload } from 'payload'

import { outdatedFields } from '../translation/outdated.js'
import { sourceLocaleOf } from '../translation/recordTranslationSource.js'
import { translatableFields } from '../translation/sourceTexts.js'
import { badgeState, type LocaleBadge } from './localeBadge.js'
import { localeSetupOf } from './localeSetup.js'

type Data = Record<string, unknown>
interface ScheduleInput {
  doc?: { relationTo?: string; value?: number | string }
  locale?: string
  type?: 'publish' | 'unpublish'
}

const JOBS = 'payload-jobs' as CollectionSlug

/** `select` for dot paths: `['pressContact.office']` → `{ pressContact: { office: true } }`. */
function selectOf(paths: string[]): Data {
  const select: Data = {}
  for (const path of paths) {
    const keys = path.split('.')
    let level = select
    for (const key of keys.slice(0, -1)) level = (level[key] ??= {}) as Data
    level[keys.at(-1)!] = true
  }
  return select
}

/**
 * The earliest pending scheduled publish of each document and locale (`"3:zh"` → ISO date), read
 * as Payload's own schedule drawer reads them. A job without a locale publishes the default one.
 */
async function scheduledPublishes(
  payload: Payload,
  slug: CollectionSlug,
  ids: Array<number | string>,
  defaultLocale: string,
): Promise<Map<string, string>> {
  const drafts = (payload.collections[slug]?.config.versions || undefined)?.drafts
  const scheduling = Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish)
  const found = new Map<string, string>()
  if (!scheduling || !payload.collections[JOBS]) return found
  const { docs } = await payload.db.find({
    collection: JOBS,
    limit: 0,
    pagination: false,
    sort: 'waitUntil',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: new Date().toISOString() } },
        { 'input.doc.relationTo': { equals: slug } },
        // Payload's admin stores the id as a string (#10481); a job queued in code may hold the number.
        {
          or: ids.flatMap((id) =>
            [...new Set([String(id), id])].map((value) => ({
              'input.doc.value': { equals: value },
            })),
          ),
        },
      ],
    },
  })
  for (const job of docs as Array<{ input?: ScheduleInput; waitUntil?: string }>) {
    const input = job.input
    if (!input?.doc || input.type === 'unpublish' || !job.waitUntil) continue
    const key = `${input.doc.value}:${input.locale ?? defaultLocale}`
    if (!found.has(key)) found.set(key, new Date(job.waitUntil).toISOString())
  }
  return found
}

/**
 * Every locale's badge for each of `ids`, in locale order, from two queries whatever their
 * number: the documents' latest versions with all locales (only the fields the badges decide on)
 * and the pending scheduled publishes. Keys are the ids as strings.
 */
export async function readLocaleBadges(
  payload: Payload,
  slug: CollectionSlug,
  ids: Array<number | string>,
): Promise<Map<string, LocaleBadge[]>> {
  const badges = new Map<string, LocaleBadge[]>()
  const config = payload.collections[slug]?.config
  if (!config || !ids.length) return badges
  const { defaultLocale, locales } = localeSetupOf(payload.config)
  const texts = translatableFields(config.flattenedFields)
  const hasSourceLanguage = config.flattenedFields.some((field) => field.name === 'sourceLanguage')
  const { docs } = await payload.find({
    collection: slug,
    depth: 0,
    draft: true,
    limit: ids.length,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    select: selectOf([
      'localeStatus',
      'availableLocales',
      'translationTracking',
      ...(hasSourceLanguage ? ['sourceLanguage'] : []),
      ...texts.map((field) => field.path),
    ]) as never,
    showHiddenFields: true,
    where: { id: { in: ids } },
  })
  const scheduled = await scheduledPublishes(payload, slug, ids, defaultLocale)
  for (const doc of docs as Data[]) {
    const source = sourceLocaleOf(doc, defaultLocale)
    const available = (doc.availableLocales as string[] | undefined) ?? []
    const statuses = (doc.localeStatus as Data | undefined) ?? {}
    badges.set(
      String(doc.id),
      locales.map((code) => {
        const scheduledAt = scheduled.get(`${String(doc.id)}:${code}`) ?? null
        return {
          code,
          outdated: outdatedFields(doc, texts, source, code).length > 0,
          scheduledAt,
          state: badgeState({
            published: available.includes(code),
            scheduledAt,
            status: statuses[code],
          }),
        }
      }),
    )
  }
  return badges
}
