import ExifReader from 'exifreader'

/** A text with the `xml:lang` it was written under (`x-default` when the file names none). */
export interface LangText {
  lang: string
  text: string
}

/**
 * What a photo file says about itself, per standard, as read (trimmed, never interpreted):
 * stored as `embeddedMetadata` (staff only) and the source of the prefilled fields.
 */
export interface EmbeddedMetadata {
  iptc: {
    byline?: string[]
    credit?: string
    copyrightNotice?: string
    caption?: string
    /** `CCYYMMDD` as written */
    dateCreated?: string
    /** `HHMMSS±HHMM` as written */
    timeCreated?: string
  }
  xmp: {
    creator?: string[]
    credit?: string
    rights?: LangText[]
    description?: LangText[]
    /** photoshop:DateCreated, exif:DateTimeOriginal, xmp:CreateDate (ISO 8601 as written) */
    dateCreated?: string
    dateTimeOriginal?: string
    createDate?: string
    /** `DDD,MM.mmk` or `DDD,MM,SSk` as written */
    gpsLatitude?: string
    gpsLongitude?: string
  }
  exif: {
    artist?: string
    copyright?: string
    imageDescription?: string
    /** `YYYY:MM:DD HH:MM:SS` */
    dateTimeOriginal?: string
    /** `±HH:MM` */
    offsetTimeOriginal?: string
    /** Unsigned degrees; the sign is in the reference (N/S, E/W). */
    gpsLatitude?: number
    gpsLatitudeRef?: string
    gpsLongitude?: number
    gpsLongitudeRef?: string
  }
}

type Tag = { value?: unknown; description?: unknown; attributes?: Record<string, unknown> }
type Group = Record<string, Tag | Tag[] | undefined>

/** Longest text kept from one metadata value: a caption is a paragraph, not a file. */
const MAX_TEXT = 4000

/** Trimmed, without control characters (NUL padding, stray line feeds of IPTC writers). */
function clean(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') return undefined
  const text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
  return text ? text.slice(0, MAX_TEXT) : undefined
}

const tagsOf = (tag: Tag | Tag[] | undefined): Tag[] =>
  Array.isArray(tag) ? tag : tag && typeof tag === 'object' ? [tag] : []

/** A single text tag: its description (exifreader decodes IPTC by its declared charset). */
const text = (group: Group | undefined, name: string) =>
  clean(tagsOf(group?.[name])[0]?.description)

/** The items of an XMP list (a value of tags); any other tag (IPTC values are bytes) is one item. */
const listItems = (tag: Tag): Tag[] =>
  Array.isArray(tag.value) && tag.value.every((item) => item !== null && typeof item === 'object')
    ? (tag.value as Tag[])
    : [tag]

/** A repeated IPTC dataset (By-line) or an XMP list (rdf:Seq/Bag): every item's text. */
function texts(group: Group | undefined, name: string): string[] | undefined {
  const found: string[] = []
  for (const tag of tagsOf(group?.[name])) {
    for (const item of listItems(tag)) {
      const value = clean(item.description)
      if (value) found.push(value)
    }
  }
  return found.length ? found : undefined
}

/** An XMP language alternative (rdf:Alt): each item with its `xml:lang`. */
function langTexts(group: Group | undefined, name: string): LangText[] | undefined {
  const tag = tagsOf(group?.[name])[0]
  if (!tag) return undefined
  const found: LangText[] = []
  for (const item of listItems(tag)) {
    const value = clean(item.description)
    const lang = clean(item.attributes?.lang) ?? 'x-default'
    if (value) found.push({ lang, text: value })
  }
  return found.length ? found : undefined
}

/** The ASCII bytes of an IPTC value as written (`20250714`), not exifreader's reformatting. */
function ascii(group: Group | undefined, name: string): string | undefined {
  const value = tagsOf(group?.[name])[0]?.value
  if (!Array.isArray(value) || !value.every((byte) => typeof byte === 'number')) return undefined
  return clean(String.fromCharCode(...(value as number[])))
}

function number(group: Group | undefined, name: string): number | undefined {
  const value = tagsOf(group?.[name])[0]?.description
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** A GPS reference letter (`N`, `S`, `E`, `W`), stored by exifreader as `['S']`. */
function reference(group: Group | undefined, name: string): string | undefined {
  const value = tagsOf(group?.[name])[0]?.value
  return clean(Array.isArray(value) ? value[0] : value)
}

const withoutEmpty = <T extends object>(values: T): T =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T

/**
 * PNG: XMP belongs in an iTXt chunk, which exifreader reads; libvips (sharp) writes it into a
 * Latin-1 tEXt chunk instead, which exifreader returns as plain text. Parse that one as XMP too.
 */
function xmpFromPngText(tags: Record<string, Group | undefined>): Group | undefined {
  const packet = tags.pngText?.['XML:com.adobe.xmp']
  const value = tagsOf(packet)[0]?.value
  if (typeof value !== 'string') return undefined
  const utf8 = Buffer.from(value, 'latin1').toString('utf8')
  const parsed = ExifReader.load(Buffer.from(utf8, 'utf8'), { expanded: true }) as Record<
    string,
    Group | undefined
  >
  return parsed.xmp
}

function load(buffer: Buffer): Record<string, Group | undefined> | undefined {
  try {
    return ExifReader.load(buffer, { expanded: true }) as unknown as Record<
      string,
      Group | undefined
    >
  } catch {
    // Not an image exifreader knows, or metadata too broken to parse: nothing embedded.
    return undefined
  }
}

/**
 * Reads IPTC, XMP and EXIF from an image (JPEG, PNG, WebP, AVIF, TIFF, HEIC). Never throws: a file
 * without metadata, or with metadata that cannot be parsed, gives `undefined`.
 */
export function readEmbeddedMetadata(buffer: Buffer | undefined): EmbeddedMetadata | undefined {
  if (!buffer?.length) return undefined
  const tags = load(buffer)
  if (!tags) return undefined
  let xmpGroup = tags.xmp
  if (!xmpGroup) {
    try {
      xmpGroup = xmpFromPngText(tags)
    } catch {
      xmpGroup = undefined
    }
  }
  const iptc = tags.iptc
  const exif = tags.exif
  const metadata: EmbeddedMetadata = {
    iptc: withoutEmpty({
      byline: texts(iptc, 'By-line'),
      credit: text(iptc, 'Credit'),
      copyrightNotice: text(iptc, 'Copyright Notice'),
      caption: text(iptc, 'Caption/Abstract'),
      dateCreated: ascii(iptc, 'Date Created'),
      timeCreated: ascii(iptc, 'Time Created'),
    }),
    xmp: withoutEmpty({
      creator: texts(xmpGroup, 'creator'),
      credit: text(xmpGroup, 'Credit'),
      rights: langTexts(xmpGroup, 'rights'),
      description: langTexts(xmpGroup, 'description'),
      dateCreated: clean(tagsOf(xmpGroup?.DateCreated)[0]?.value),
      dateTimeOriginal: clean(tagsOf(xmpGroup?.DateTimeOriginal)[0]?.value),
      createDate: clean(tagsOf(xmpGroup?.CreateDate)[0]?.value),
      gpsLatitude: clean(tagsOf(xmpGroup?.GPSLatitude)[0]?.value),
      gpsLongitude: clean(tagsOf(xmpGroup?.GPSLongitude)[0]?.value),
    }),
    exif: withoutEmpty({
      artist: text(exif, 'Artist'),
      copyright: text(exif, 'Copyright'),
      imageDescription: text(exif, 'ImageDescription'),
      dateTimeOriginal: text(exif, 'DateTimeOriginal'),
      offsetTimeOriginal: text(exif, 'OffsetTimeOriginal'),
      gpsLatitude: number(exif, 'GPSLatitude'),
      gpsLatitudeRef: reference(exif, 'GPSLatitudeRef'),
      gpsLongitude: number(exif, 'GPSLongitude'),
      gpsLongitudeRef: reference(exif, 'GPSLongitudeRef'),
    }),
  }
  const found =
    Object.keys(metadata.iptc).length +
    Object.keys(metadata.xmp).length +
    Object.keys(metadata.exif).length
  return found ? metadata : undefined
}
