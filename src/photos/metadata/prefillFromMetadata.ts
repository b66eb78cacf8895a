import { localeOfLanguageTag, localeOfScript } from './captionLocale.js'
import { parseExifDate, parseIptcDate, parseXmpDate } from './metadataDates.js'
import type { EmbeddedMetadata } from './readEmbeddedMetadata.js'

/** The photo fields embedded metadata can prefill. */
export interface MetadataPrefill {
  credit?: string
  copyrightHolder?: string
  /** Caption per site locale. */
  captions: Record<string, string>
  /** ISO 8601, UTC. */
  dateTaken?: string
  location?: { latitude: number; longitude: number }
}

const first = <T>(...values: (T | undefined)[]): T | undefined =>
  values.find((value) => value !== undefined)

const joined = (names: string[] | undefined) => (names?.length ? names.join(', ') : undefined)

/** The x-default text of a language alternative, else its first. */
const defaultText = (texts: { lang: string; text: string }[] | undefined) =>
  (texts?.find(({ lang }) => lang === 'x-default') ?? texts?.[0])?.text

/**
 * The holder named in a copyright notice: "© 2025 Stadt Köln. All rights reserved." → "Stadt Köln".
 */
export function holderOfNotice(notice: string | undefined): string | undefined {
  if (!notice) return undefined
  let holder = notice.trim()
  for (let previous = ''; previous !== holder;) {
    previous = holder
    holder = holder
      .replace(/^(?:©|\(c\)|copyright\b|urheberrecht\b|版权所有|版權所有|저작권)\s*:?\s*/iu, '')
      .replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.:]?\s*/u, '')
  }
  holder = holder
    .replace(/[\s,.;]*(?:all rights reserved|alle rechte vorbehalten)\.?$/iu, '')
    .trim()
  return holder || undefined
}

/** Camera firmware defaults that are no caption. */
const CAMERA_DEFAULTS = /^(?:OLYMPUS DIGITAL CAMERA|SONY DSC|DIGITAL CAMERA|DCIM|default)$/i

/**
 * Captions per locale: XMP `dc:description` language alternatives fill their locales (several at
 * once); the x-default text, or the IPTC caption, or the EXIF description when there is no XMP
 * caption, goes to the locale its script tells, else to the request's locale.
 */
function captionsOf(
  metadata: EmbeddedMetadata,
  locales: readonly string[],
  requestLocale: string,
): Record<string, string> {
  const captions: Record<string, string> = {}
  const put = (locale: string | undefined, text: string) => {
    if (locale && locales.includes(locale) && !(locale in captions)) captions[locale] = text
  }
  const described = metadata.xmp.description ?? []
  for (const { lang, text } of described) put(localeOfLanguageTag(lang, locales), text)
  const untagged = described
    .filter(({ lang }) => !localeOfLanguageTag(lang, locales))
    .map(({ text }) => text)
  const exifCaption = metadata.exif.imageDescription
  const loose = described.length
    ? untagged
    : [
        first(
          metadata.iptc.caption,
          exifCaption && !CAMERA_DEFAULTS.test(exifCaption) ? exifCaption : undefined,
        ),
      ]
  for (const text of loose) {
    // An x-default that repeats a tagged alternative is that alternative.
    if (!text || Object.values(captions).includes(text)) continue
    put(localeOfScript(text, locales) ?? requestLocale, text)
  }
  return captions
}

/** `48,46.5N` / `48,46,30N` (XMP GPS coordinate) → signed degrees. */
function xmpCoordinate(value: string | undefined, max: number): number | undefined {
  const match = /^(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?([NSEW])$/i.exec(
    value?.trim() ?? '',
  )
  if (!match) return undefined
  const degrees = Number(match[1]) + Number(match[2]) / 60 + Number(match[3] ?? 0) / 3600
  const signed = /[SW]/i.test(match[4]!) ? -degrees : degrees
  return Math.abs(signed) <= max ? signed : undefined
}

/** EXIF GPS: unsigned degrees and a hemisphere reference (S and W are negative). */
function exifCoordinate(
  degrees: number | undefined,
  reference: string | undefined,
  max: number,
  negative: 'S' | 'W',
): number | undefined {
  if (degrees === undefined || !Number.isFinite(degrees) || degrees < 0 || degrees > max)
    return undefined
  return reference?.toUpperCase().startsWith(negative) ? -degrees : degrees
}

function locationOf(metadata: EmbeddedMetadata): MetadataPrefill['location'] {
  const { exif, xmp } = metadata
  const candidates = [
    [
      exifCoordinate(exif.gpsLatitude, exif.gpsLatitudeRef, 90, 'S'),
      exifCoordinate(exif.gpsLongitude, exif.gpsLongitudeRef, 180, 'W'),
    ],
    [xmpCoordinate(xmp.gpsLatitude, 90), xmpCoordinate(xmp.gpsLongitude, 180)],
  ]
  for (const [latitude, longitude] of candidates) {
    // 0,0 is what receivers without a fix write: no location.
    if (latitude === undefined || longitude === undefined) continue
    if (latitude === 0 && longitude === 0) continue
    return { latitude, longitude }
  }
  return undefined
}

/**
 * The prefill a photo's embedded metadata gives. Within each field the first that is present
 * wins: XMP (Unicode by definition) before IPTC-IIM before EXIF (ASCII by specification).
 * - credit: photoshop:Credit, IPTC Credit (2:110), then the photographer: dc:creator, IPTC
 *   By-line (2:80), EXIF Artist;
 * - copyright holder: from the notice in dc:rights, IPTC Copyright Notice (2:116), EXIF Copyright;
 * - caption: see {@link captionsOf};
 * - date taken: EXIF DateTimeOriginal (+ OffsetTimeOriginal), IPTC DateCreated/TimeCreated, XMP
 *   photoshop:DateCreated, exif:DateTimeOriginal, xmp:CreateDate;
 * - location: EXIF GPS, then XMP exif:GPSLatitude/GPSLongitude.
 */
export function prefillFromMetadata(
  metadata: EmbeddedMetadata | undefined,
  { locales, requestLocale }: { locales: readonly string[]; requestLocale: string },
): MetadataPrefill {
  if (!metadata) return { captions: {} }
  const { exif, iptc, xmp } = metadata
  return {
    credit: first(xmp.credit, iptc.credit, joined(xmp.creator), joined(iptc.byline), exif.artist),
    copyrightHolder: first(
      holderOfNotice(defaultText(xmp.rights)),
      holderOfNotice(iptc.copyrightNotice),
      holderOfNotice(exif.copyright),
    ),
    captions: captionsOf(metadata, locales, requestLocale),
    dateTaken: first(
      parseExifDate(exif.dateTimeOriginal, exif.offsetTimeOriginal),
      parseIptcDate(iptc.dateCreated, iptc.timeCreated),
      parseXmpDate(xmp.dateCreated),
      parseXmpDate(xmp.dateTimeOriginal),
      parseXmpDate(xmp.createDate),
    ),
    location: locationOf(metadata),
  }
}
