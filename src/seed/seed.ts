import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'
import { cities } from './content/cities.js'
import { events } from './content/events.js'
import { news } from './content/news.js'
import { photos } from './content/photos.js'
import { renderDemoImage } from './images.js'
import { lexicalFromParagraphs } from './richText.js'
import type { Localized } from './types.js'

/** The demo administrator; created only outside production and only while no user exists. */
export const DEMO_ADMIN = { email: 'admin@twinning.example', password: 'twinning-demo' } as const

export interface SeedOptions {
  createAdmin: boolean
}

export interface SeedReport {
  admin: boolean
  created: Record<'events' | 'news' | 'partnerCities' | 'photos', number>
}

type LocalizedDoc = {
  common: Record<string, unknown>
  localized: (locale: string) => Record<string, unknown>
}
type Id = number | string

/**
 * The slice of the Local API the seed uses, typed loosely: the seed writes to collections whose
 * slugs are configurable, which Payload's per-slug generated types cannot express.
 */
interface SeedApi {
  count(args: { collection: string; overrideAccess: boolean }): Promise<{ totalDocs: number }>
  create(args: Record<string, unknown>): Promise<{ id: Id }>
  find(args: Record<string, unknown>): Promise<{ docs: { id: Id }[] }>
  update(args: Record<string, unknown>): Promise<unknown>
}

/**
 * Idempotent demo content: each document is looked up by its stable key (German slug, photo
 * filename) and created only when missing, first in the default locale, then one locale per write.
 */
export async function seed(payload: Payload, { createAdmin }: SeedOptions): Promise<SeedReport> {
  const api = payload as unknown as SeedApi
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  const { locales, defaultLocale, slugs } = options
  const report: SeedReport = {
    admin: false,
    created: { events: 0, news: 0, partnerCities: 0, photos: 0 },
  }
  const pick = <T>(value: Localized<T>, locale: string): T | undefined =>
    (value as Record<string, T>)[locale]

  if (createAdmin) {
    const { totalDocs } = await api.count({ collection: slugs.users, overrideAccess: true })
    if (totalDocs === 0) {
      await api.create({
        collection: slugs.users,
        data: { ...DEMO_ADMIN, name: 'Demo Admin', roles: ['admin'] },
        overrideAccess: true,
      })
      report.admin = true
    }
  }

  const photoIds = new Map<string, Id>()
  if (options.collections.photos) {
    for (const photo of photos) {
      const filename = `${photo.key}.jpg`
      const existing = await api.find({
        collection: slugs.photos,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        where: { filename: { equals: filename } },
      })
      let id = existing.docs[0]?.id
      if (id === undefined) {
        const data = await renderDemoImage(photo)
        const created = await api.create({
          collection: slugs.photos,
          data: {
            _status: 'published',
            alt: pick(photo.alt, defaultLocale),
            caption: pick(photo.caption, defaultLocale),
            // Credit, copyright holder and date taken come from the file's IPTC/XMP/EXIF.
            licence: photo.licence,
          },
          file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
          locale: defaultLocale,
          overrideAccess: true,
        })
        id = created.id
        for (const locale of locales.filter((l) => l !== defaultLocale)) {
          await api.update({
            collection: slugs.photos,
            data: {
              _status: 'published',
              alt: pick(photo.alt, locale),
              caption: pick(photo.caption, locale),
            },
            id,
            locale,
            overrideAccess: true,
          })
        }
        report.created.photos++
      }
      photoIds.set(photo.key, id)
    }
  }
  const photo = (key: string | undefined) => (key ? photoIds.get(key) : undefined)

  const upsert = async (
    collection: string,
    key: string,
    doc: LocalizedDoc,
  ): Promise<{ created: boolean; id: Id }> => {
    const existing = await api.find({
      collection,
      depth: 0,
      draft: true,
      limit: 1,
      locale: defaultLocale,
      overrideAccess: true,
      where: { slug: { equals: key } },
    })
    if (existing.docs[0]) return { created: false, id: existing.docs[0].id }
    const created = await api.create({
      collection,
      data: { ...doc.common, ...doc.localized(defaultLocale), _status: 'published', slug: key },
      depth: 0,
      locale: defaultLocale,
      overrideAccess: true,
    })
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      await api.update({
        collection,
        data: { ...doc.localized(locale), _status: 'published' },
        depth: 0,
        id: created.id,
        locale,
        overrideAccess: true,
      })
    }
    return { created: true, id: created.id }
  }

  const cityIds = new Map<string, Id>()
  if (options.collections.partnerCities) {
    for (const city of cities) {
      const result = await upsert(slugs.partnerCities, city.key, {
        common: {
          coordinates: city.coordinates,
          cooperationFields: city.cooperationFields,
          country: city.country,
          coverPhoto: photo(city.coverPhoto),
          population: city.population,
          populationYear: city.populationYear,
          relationship: city.relationship,
          since: city.since,
          timeZone: city.timeZone,
          website: city.website,
        },
        localized: (locale) => ({
          germanPartner: pick(city.germanPartner, locale),
          name: pick(city.name, locale),
          profile: lexicalFromParagraphs(pick(city.profile, locale) ?? []),
          region: pick(city.region, locale),
        }),
      })
      cityIds.set(city.key, result.id)
      if (result.created) report.created.partnerCities++
    }
  }
  const cityRefs = (keys: string[]) =>
    keys.map((key) => cityIds.get(key)).filter((id) => id !== undefined)

  if (options.collections.news) {
    for (const item of news) {
      const result = await upsert(slugs.news, item.key, {
        common: {
          gallery: item.gallery.map((key) => photo(key)).filter((id) => id !== undefined),
          heroPhoto: photo(item.heroPhoto),
          partnerCities: cityRefs(item.partnerCities),
          pressContact: {
            email: item.pressContact.email,
            name: item.pressContact.name,
            phone: item.pressContact.phone,
          },
          publishedAt: item.publishedAt,
          sourceLanguage: defaultLocale,
          topics: item.topics,
        },
        localized: (locale) => ({
          body: lexicalFromParagraphs(pick(item.body, locale) ?? []),
          dateline: pick(item.dateline, locale),
          kicker: pick(item.kicker, locale),
          lead: pick(item.lead, locale),
          pressContact: { office: pick(item.pressContact.office, locale) },
          title: pick(item.title, locale),
        }),
      })
      if (result.created) report.created.news++
    }
  }

  if (options.collections.events) {
    for (const event of events) {
      const result = await upsert(slugs.events, event.key, {
        common: {
          allDay: event.allDay,
          endsAt: event.endsAt,
          kind: event.kind,
          onlineUrl: event.onlineUrl,
          partnerCities: cityRefs(event.partnerCities),
          registrationUrl: event.registrationUrl,
          startsAt: event.startsAt,
          status: event.status,
          timeZone: event.timeZone,
          venue: { coordinates: event.venue.coordinates },
        },
        localized: (locale) => ({
          description: lexicalFromParagraphs(pick(event.description, locale) ?? []),
          summary: pick(event.summary, locale),
          title: pick(event.title, locale),
          venue: {
            address: pick(event.venue.address, locale),
            name: pick(event.venue.name, locale),
          },
        }),
      })
      if (result.created) report.created.events++
    }
  }
  return report
}

/** Seeds on first start: only when none of the content collections holds a document yet. */
export async function seedIfEmpty(
  payload: Payload,
  options: SeedOptions,
): Promise<SeedReport | undefined> {
  const { collections, slugs } = payload.config.custom[TWINNING] as ResolvedOptions
  for (const key of ['news', 'partnerCities', 'photos', 'events'] as const) {
    if (!collections[key]) continue
    const { totalDocs } = await payload.count({ collection: slugs[key], overrideAccess: true })
    if (totalDocs > 0) return undefined
  }
  const report = await seed(payload, options)
  payload.logger.info(
    `twinning: seeded the demo (${JSON.stringify(report.created)}${report.admin ? `, admin ${DEMO_ADMIN.email}` : ''}).`,
  )
  return report
}
