import type { EVENT_KINDS, EVENT_STATUSES } from '../../collections/Events/index.js'
import type { RELATIONSHIPS } from '../../collections/PartnerCities/index.js'
import type { LICENCES } from '../../collections/Photos/index.js'
import type { CountryCode } from '../countries.js'
import type { Topic } from '../fields/topicsField.js'
import type { TwinningLocale } from '../localization.js'

/** A text in all five locales. */
export type Localized<T = string> = Record<TwinningLocale, T>

/** Body text: one string per paragraph; a paragraph starting with "## " becomes a heading. */
export type Paragraphs = Localized<string[]>

export interface SeedPhoto {
  /** Stable key, also the uploaded file's base name (e.g. "nanjing-delegation-rathaus"). */
  key: string
  alt: Localized
  caption: Localized
  credit: string
  copyrightHolder: string
  licence: (typeof LICENCES)[number]
  /** The demo image is drawn by the seed: two colours (hex) and a short Latin-script label. */
  image: {
    colors: [string, string]
    label: string
    motif: 'bridge' | 'garden' | 'handshake' | 'lanterns' | 'skyline' | 'stage'
  }
}

export interface SeedCity {
  /** Stable key, equal to the German slug (e.g. "nanjing"). */
  key: string
  name: Localized
  country: CountryCode
  region: Localized
  timeZone: string
  coordinates: { lat: number; lng: number }
  population: number
  populationYear: number
  relationship: (typeof RELATIONSHIPS)[number]
  germanPartner: Localized
  /** ISO date, e.g. "1995-01-01". */
  since: string
  cooperationFields: Topic[]
  profile: Paragraphs
  website: string
  /** Key of a SeedPhoto. */
  coverPhoto?: string
}

export interface SeedNews {
  /** Stable key, equal to the German slug. */
  key: string
  kicker: Localized
  title: Localized
  dateline: Localized
  lead: Localized
  body: Paragraphs
  /** ISO timestamp in UTC. */
  publishedAt: string
  topics: Topic[]
  /** Keys of SeedCity. */
  partnerCities: string[]
  heroPhoto: string
  gallery: string[]
  pressContact: { name: string; office: Localized; email: string; phone: string }
}

export interface SeedEvent {
  /** Stable key, equal to the German slug. */
  key: string
  title: Localized
  summary: Localized
  description: Paragraphs
  kind: (typeof EVENT_KINDS)[number]
  /** ISO timestamps in UTC. */
  startsAt: string
  endsAt: string
  timeZone: string
  allDay: boolean
  venue: { name: Localized; address: Localized; coordinates: { lat: number; lng: number } }
  onlineUrl?: string
  registrationUrl?: string
  partnerCities: string[]
  status: (typeof EVENT_STATUSES)[number]
}
