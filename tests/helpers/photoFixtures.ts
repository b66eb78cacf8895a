import { crc32 } from 'node:zlib'

import sharp from 'sharp'

import { type IptcValues, withIptc } from '../../src/photos/metadata/iptcSegment.js'
import { type XmpValues, xmpPacket } from '../../src/photos/metadata/xmpPacket.js'

export type { IptcValues, XmpValues }

export type FixtureFormat = 'avif' | 'jpeg' | 'png' | 'tiff' | 'webp'

export interface PhotoFixture {
  format?: FixtureFormat
  /** IPTC-IIM (JPEG only: written as an APP13 segment). */
  iptc?: IptcValues
  xmp?: XmpValues
  exif?: {
    artist?: string
    copyright?: string
    imageDescription?: string
    /** `YYYY:MM:DD HH:MM:SS` */
    dateTimeOriginal?: string
    /** `±HH:MM` */
    offsetTimeOriginal?: string
  }
  /** Signed degrees, written as EXIF GPS (unsigned degrees/minutes/seconds plus N/S, E/W). */
  gps?: { latitude: number; longitude: number }
  width?: number
  height?: number
  background?: string
  /** PNG: XMP in an iTXt chunk as the XMP specification says (default), or sharp's tEXt. */
  pngXmp?: 'iTXt' | 'tEXt'
}

export const MIME_TYPES: Record<FixtureFormat, string> = {
  avif: 'image/avif',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
  webp: 'image/webp',
}

/** `48.7758` → `48/1 46/1 3288/100` (degrees, minutes, seconds as EXIF rationals). */
function rationalDegrees(value: number): string {
  const degrees = Math.floor(value)
  const minutes = Math.floor((value - degrees) * 60)
  const seconds = Math.round(((value - degrees) * 60 - minutes) * 60 * 100)
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`
}

function exifOf(fixture: PhotoFixture) {
  const { exif = {}, gps } = fixture
  const strings = (values: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Record<
      string,
      string
    >
  const ifd0 = strings({
    Artist: exif.artist,
    Copyright: exif.copyright,
    ImageDescription: exif.imageDescription,
  })
  const ifd2 = strings({
    DateTimeOriginal: exif.dateTimeOriginal,
    OffsetTimeOriginal: exif.offsetTimeOriginal,
  })
  const ifd3: Record<string, string> = gps
    ? {
        GPSLatitudeRef: gps.latitude < 0 ? 'S' : 'N',
        GPSLatitude: rationalDegrees(Math.abs(gps.latitude)),
        GPSLongitudeRef: gps.longitude < 0 ? 'W' : 'E',
        GPSLongitude: rationalDegrees(Math.abs(gps.longitude)),
      }
    : {}
  const result: Record<string, Record<string, string>> = {}
  if (Object.keys(ifd0).length) result.IFD0 = ifd0
  if (Object.keys(ifd2).length) result.IFD2 = ifd2
  if (Object.keys(ifd3).length) result.IFD3 = ifd3
  return Object.keys(result).length ? result : undefined
}

const pngChunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(4)
  head.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([head, body, crc])
}

/** Replaces libvips' Latin-1 tEXt XMP chunk by a UTF-8 iTXt one, placed before the image data. */
function withPngXmpAsItxt(png: Buffer, packet: string): Buffer {
  const chunks: Buffer[] = [png.subarray(0, 8)]
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const chunk = png.subarray(offset, offset + 12 + length)
    offset += 12 + length
    const isXmpText =
      type === 'tEXt' &&
      png.toString('latin1', offset - 4 - length, offset - 4).startsWith('XML:com.adobe.xmp\0')
    if (isXmpText) continue
    if (type === 'IDAT' && !chunks.some((c) => c.toString('latin1', 4, 8) === 'iTXt')) {
      const data = Buffer.concat([
        Buffer.from('XML:com.adobe.xmp\0', 'latin1'),
        Buffer.from([0, 0, 0, 0]), // not compressed, method 0, no language tag, no translated keyword
        Buffer.from(packet, 'utf8'),
      ])
      chunks.push(pngChunk('iTXt', data))
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * A small image carrying the given IPTC, XMP, EXIF and GPS values, written with sharp (XMP, EXIF)
 * and Twinning's own IPTC writer (JPEG APP13) — the fixture of the metadata tests.
 */
export async function photoWithMetadata(fixture: PhotoFixture = {}): Promise<Buffer> {
  const { background = '#3a6ea5', format = 'jpeg', height = 60, width = 80 } = fixture
  let image = sharp({ create: { background, channels: 3, height, width } }).toFormat(format)
  const packet = fixture.xmp ? xmpPacket(fixture.xmp) : undefined
  if (packet) image = image.withXmp(packet)
  const exif = exifOf(fixture)
  if (exif) image = image.withExif(exif)
  let buffer = await image.toBuffer()
  if (fixture.iptc) {
    if (format !== 'jpeg') throw new Error('photoWithMetadata: IPTC is written into JPEG only.')
    buffer = withIptc(buffer, fixture.iptc)
  }
  if (format === 'png' && packet && fixture.pngXmp !== 'tEXt')
    buffer = withPngXmpAsItxt(buffer, packet)
  return buffer
}

/** The Local API's `file` argument for a fixture. */
export const uploadFile = (data: Buffer, name: string, format: FixtureFormat = 'jpeg') => ({
  data,
  mimetype: MIME_TYPES[format],
  name,
  size: data.length,
})
