import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { localeOfLanguageTag, localeOfScript } from '../../src/photos/metadata/captionLocale.js'
import { iptcSegment, withIptc } from '../../src/photos/metadata/iptcSegment.js'
import {
  parseExifDate,
  parseIptcDate,
  parseXmpDate,
} from '../../src/photos/metadata/metadataDates.js'
import {
  holderOfNotice,
  prefillFromMetadata,
} from '../../src/photos/metadata/prefillFromMetadata.js'
import { readEmbeddedMetadata } from '../../src/photos/metadata/readEmbeddedMetadata.js'
import { type FixtureFormat, photoWithMetadata } from '../helpers/photoFixtures.js'

const LOCALES = ['de', 'en', 'zh', 'ko', 'ja']
const prefill = async (fixture: Parameters<typeof photoWithMetadata>[0], requestLocale = 'de') =>
  prefillFromMetadata(readEmbeddedMetadata(await photoWithMetadata(fixture)), {
    locales: LOCALES,
    requestLocale,
  })

const FULL = {
  iptc: {
    byline: ['Jürgen Weiß', '김지훈'],
    caption: 'Übergabe der Urkunde im Großen Sitzungssaal',
    copyrightNotice: '© 2024 Landeshauptstadt Stuttgart',
    credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß',
    dateCreated: '20250310',
    timeCreated: '112000+0100',
  },
  xmp: {
    creator: ['Miriam Keßler'],
    credit: 'Stadt Köln/Miriam Keßler',
    dateCreated: '2025-07-14T10:30:00+02:00',
    description: {
      'x-default': 'Die Delegation vor dem Kölner Rathaus',
      de: 'Die Delegation vor dem Kölner Rathaus',
      'en-GB': 'The delegation in front of Cologne City Hall',
      'zh-CN': '代表团在科隆市政厅前合影',
      ko: '쾰른 시청 앞의 대표단',
      ja: 'ケルン市庁舎前の代表団',
    },
    rights: { 'x-default': '© 2025 Stadt Köln. Alle Rechte vorbehalten.' },
  },
  exif: {
    artist: 'Exif Artist',
    copyright: 'Exif Copyright Holder',
    dateTimeOriginal: '2025:07:14 10:30:00',
    imageDescription: 'Exif description',
    offsetTimeOriginal: '+09:00',
  },
  gps: { latitude: 48.7758, longitude: 9.1829 },
}

describe('reading embedded metadata', () => {
  it('reads every standard of a JPEG, CJK and umlauts intact', async () => {
    const metadata = readEmbeddedMetadata(await photoWithMetadata(FULL))!
    expect(metadata.iptc).toEqual({
      byline: ['Jürgen Weiß', '김지훈'],
      caption: 'Übergabe der Urkunde im Großen Sitzungssaal',
      copyrightNotice: '© 2024 Landeshauptstadt Stuttgart',
      credit: 'Landeshauptstadt Stuttgart/Jürgen Weiß',
      dateCreated: '20250310',
      timeCreated: '112000+0100',
    })
    expect(metadata.xmp).toMatchObject({
      creator: ['Miriam Keßler'],
      credit: 'Stadt Köln/Miriam Keßler',
      dateCreated: '2025-07-14T10:30:00+02:00',
      rights: [{ lang: 'x-default', text: '© 2025 Stadt Köln. Alle Rechte vorbehalten.' }],
    })
    expect(metadata.xmp.description).toContainEqual({
      lang: 'zh-CN',
      text: '代表团在科隆市政厅前合影',
    })
    expect(metadata.exif).toMatchObject({
      artist: 'Exif Artist',
      copyright: 'Exif Copyright Holder',
      dateTimeOriginal: '2025:07:14 10:30:00',
      gpsLatitudeRef: 'N',
      gpsLongitudeRef: 'E',
      imageDescription: 'Exif description',
      offsetTimeOriginal: '+09:00',
    })
    expect(metadata.exif.gpsLatitude).toBeCloseTo(48.7758, 4)
  })

  it.each<[FixtureFormat, 'iTXt' | 'tEXt' | undefined, boolean]>([
    ['png', 'iTXt', true],
    ['png', 'tEXt', true],
    ['webp', undefined, true],
    ['avif', undefined, true],
    // sharp writes no EXIF into TIFF; its XMP is read
    ['tiff', undefined, false],
  ])('reads XMP and EXIF from %s (%s)', async (format, pngXmp, exif) => {
    const result = await prefill({
      exif: { dateTimeOriginal: '2025:07:14 10:30:00', offsetTimeOriginal: '+02:00' },
      format,
      gps: { latitude: -33.8678, longitude: -151.2083 },
      pngXmp,
      xmp: { creator: ['Jürgen Weiß'], description: { ko: '서명식 장면' } },
    })
    expect(result.credit).toBe('Jürgen Weiß')
    expect(result.captions).toEqual({ ko: '서명식 장면' })
    if (exif) {
      expect(result.dateTaken).toBe('2025-07-14T08:30:00.000Z')
      expect(result.location?.latitude).toBeCloseTo(-33.8678, 4)
      expect(result.location?.longitude).toBeCloseTo(-151.2083, 4)
    } else expect(result.location).toBeUndefined()
  })

  it('gives nothing, and does not throw, for files without or with broken metadata', async () => {
    expect(readEmbeddedMetadata(undefined)).toBeUndefined()
    expect(readEmbeddedMetadata(Buffer.alloc(0))).toBeUndefined()
    expect(readEmbeddedMetadata(Buffer.from('not an image at all'))).toBeUndefined()
    expect(readEmbeddedMetadata(await photoWithMetadata({}))).toBeUndefined()
    const jpeg = await sharp({ create: { background: '#000', channels: 3, height: 8, width: 8 } })
      .jpeg()
      .toBuffer()
    const segment = (marker: number, body: Buffer) => {
      const head = Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff])
      return Buffer.concat([head, body])
    }
    const insert = (...segments: Buffer[]) =>
      Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)])
    const garbage = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73 + 11) % 256))
    const broken = [
      // EXIF header followed by noise; a TIFF header pointing past the end
      insert(segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0'), garbage]))),
      insert(segment(0xe1, Buffer.from('Exif\0\0MM\0\x2a\xff\xff\xff\xf0', 'latin1'))),
      // XMP that is not XML
      insert(
        segment(
          0xe1,
          Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:RDF><oops', 'latin1'),
        ),
      ),
      // IPTC datasets whose lengths run past the block, and a truncated resource block
      insert(
        segment(
          0xed,
          Buffer.from('Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x10\x1c\x02\x50\x7f\xff', 'latin1'),
        ),
      ),
      insert(iptcSegment({ credit: 'x' }).subarray(0, 30)),
      // the whole file truncated in the middle of its metadata
      (await photoWithMetadata(FULL)).subarray(0, 200),
    ]
    for (const file of broken) {
      expect(() => readEmbeddedMetadata(file)).not.toThrow()
      const metadata = readEmbeddedMetadata(file)
      expect(() =>
        prefillFromMetadata(metadata, { locales: LOCALES, requestLocale: 'de' }),
      ).not.toThrow()
    }
  })

  it('writes an IPTC segment only into a JPEG', () => {
    expect(() => withIptc(Buffer.from('GIF89a'), { credit: 'x' })).toThrow('not a JPEG')
  })
})

describe('prefill precedence', () => {
  it('takes XMP before IPTC before EXIF, and the credit before the photographer', async () => {
    const full = await prefill(FULL)
    expect(full.credit).toBe('Stadt Köln/Miriam Keßler')
    expect(full.copyrightHolder).toBe('Stadt Köln')
    const iptcOnly = await prefill({ exif: FULL.exif, iptc: FULL.iptc })
    expect(iptcOnly.credit).toBe('Landeshauptstadt Stuttgart/Jürgen Weiß')
    expect(iptcOnly.copyrightHolder).toBe('Landeshauptstadt Stuttgart')
    // no credit field anywhere: the photographer (dc:creator, By-line, EXIF Artist)
    expect(
      (await prefill({ exif: FULL.exif, xmp: { creator: ['Miriam Keßler', '佐藤花子'] } })).credit,
    ).toBe('Miriam Keßler, 佐藤花子')
    expect(
      (await prefill({ exif: FULL.exif, iptc: { byline: ['Jürgen Weiß', '김지훈'] } })).credit,
    ).toBe('Jürgen Weiß, 김지훈')
    const exifOnly = await prefill({ exif: FULL.exif })
    expect(exifOnly).toMatchObject({
      copyrightHolder: 'Exif Copyright Holder',
      credit: 'Exif Artist',
    })
    expect(exifOnly.captions).toEqual({ de: 'Exif description' })
  })

  it('reads the holder out of a copyright notice', () => {
    expect(holderOfNotice('© 2025 Stadt Köln. Alle Rechte vorbehalten.')).toBe('Stadt Köln')
    expect(holderOfNotice('Copyright (c) 2019–2025 Landeshauptstadt Stuttgart')).toBe(
      'Landeshauptstadt Stuttgart',
    )
    expect(holderOfNotice('(C) 2024, Tobias Lindner, all rights reserved')).toBe('Tobias Lindner')
    expect(holderOfNotice('© 세종특별자치시')).toBe('세종특별자치시')
    expect(holderOfNotice('©')).toBeUndefined()
  })

  it('ignores camera firmware captions', async () => {
    expect(
      (await prefill({ exif: { imageDescription: 'OLYMPUS DIGITAL CAMERA' } })).captions,
    ).toEqual({})
  })
})

describe('caption locales', () => {
  it('fills every locale an XMP language alternative names, the x-default only once', async () => {
    expect((await prefill(FULL, 'en')).captions).toEqual({
      de: 'Die Delegation vor dem Kölner Rathaus',
      en: 'The delegation in front of Cologne City Hall',
      ja: 'ケルン市庁舎前の代表団',
      ko: '쾰른 시청 앞의 대표단',
      zh: '代表团在科隆市政厅前合影',
    })
  })

  it('puts an untagged caption into the locale its script tells, else the request locale', async () => {
    const caption = async (text: string, requestLocale: string) =>
      (await prefill({ iptc: { caption: text } }, requestLocale)).captions
    expect(await caption('서명식을 마친 대표단', 'de')).toEqual({ ko: '서명식을 마친 대표단' })
    expect(await caption('署名を終えた代表団が並んで立っている。', 'de')).toEqual({
      ja: '署名を終えた代表団が並んで立っている。',
    })
    expect(await caption('签字仪式结束后，代表并肩站在旗帜前。', 'en')).toEqual({
      zh: '签字仪式结束后，代表并肩站在旗帜前。',
    })
    expect(await caption('Empfang im Rathaus für die Gäste aus Nanjing (南京)', 'en')).toEqual({
      en: 'Empfang im Rathaus für die Gäste aus Nanjing (南京)',
    })
    // x-default in Hangul next to a German alternative
    expect(
      (
        await prefill(
          { xmp: { description: { 'x-default': '쾰른 시청', de: 'Kölner Rathaus' } } },
          'en',
        )
      ).captions,
    ).toEqual({ de: 'Kölner Rathaus', ko: '쾰른 시청' })
  })

  it('tells scripts apart and matches language tags to the site locales', () => {
    expect(localeOfScript('大垣市の姉妹都市シュトゥットガルト', LOCALES)).toBe('ja')
    expect(localeOfScript('世宗特別自治市 세종시', LOCALES)).toBe('ko')
    expect(localeOfScript('京都市', LOCALES)).toBe('zh')
    expect(localeOfScript('Stuttgart', LOCALES)).toBeUndefined()
    expect(localeOfScript('서울', ['de', 'en'])).toBeUndefined()
    expect(localeOfLanguageTag('zh-Hans-CN', LOCALES)).toBe('zh')
    expect(localeOfLanguageTag('DE_at', LOCALES)).toBe('de')
    expect(localeOfLanguageTag('x-default', LOCALES)).toBeUndefined()
    expect(localeOfLanguageTag('fr', LOCALES)).toBeUndefined()
    expect(localeOfLanguageTag('de', ['de-AT', 'en'])).toBe('de-AT')
  })
})

describe('dates', () => {
  it('takes EXIF with its offset, then IPTC, then XMP', async () => {
    expect((await prefill(FULL)).dateTaken).toBe('2025-07-14T01:30:00.000Z')
    expect((await prefill({ iptc: FULL.iptc, xmp: FULL.xmp })).dateTaken).toBe(
      '2025-03-10T10:20:00.000Z',
    )
    expect((await prefill({ xmp: FULL.xmp })).dateTaken).toBe('2025-07-14T08:30:00.000Z')
  })

  it('parses each standard with and without zone, and refuses what is no date', () => {
    expect(parseExifDate('2025:07:14 10:30:00', '+02:00')).toBe('2025-07-14T08:30:00.000Z')
    expect(parseExifDate('2025:07:14 10:30:00', '-05:00')).toBe('2025-07-14T15:30:00.000Z')
    expect(parseExifDate('2025:07:14 10:30:00')).toBe('2025-07-14T10:30:00.000Z')
    expect(parseExifDate('2025:07:14 10:30:00', 'garbage')).toBe('2025-07-14T10:30:00.000Z')
    expect(parseExifDate('0000:00:00 00:00:00')).toBeUndefined()
    expect(parseExifDate('2025:02:30 10:00:00')).toBeUndefined()
    expect(parseExifDate('    :  :     :  :  ')).toBeUndefined()
    expect(parseIptcDate('20250310', '112000+0100')).toBe('2025-03-10T10:20:00.000Z')
    expect(parseIptcDate('20250310', '112000')).toBe('2025-03-10T11:20:00.000Z')
    expect(parseIptcDate('20250310')).toBe('2025-03-10T12:00:00.000Z')
    expect(parseIptcDate('2025031')).toBeUndefined()
    expect(parseXmpDate('2025-07-14T10:30:00.25+09:00')).toBe('2025-07-14T01:30:00.000Z')
    expect(parseXmpDate('2025-07-14T10:30Z')).toBe('2025-07-14T10:30:00.000Z')
    expect(parseXmpDate('2025-07-14')).toBe('2025-07-14T12:00:00.000Z')
    expect(parseXmpDate('2025')).toBeUndefined()
    expect(parseXmpDate('14.07.2025')).toBeUndefined()
  })
})

describe('GPS', () => {
  it.each([
    [{ latitude: 48.7758, longitude: 9.1829 }, 'north-east'],
    [{ latitude: -33.8678, longitude: 151.2093 }, 'south-east'],
    [{ latitude: 40.7128, longitude: -74.006 }, 'north-west'],
    [{ latitude: -22.9068, longitude: -43.1729 }, 'south-west'],
  ])('signs EXIF coordinates by hemisphere: %o (%s)', async (gps) => {
    const { location } = await prefill({ gps })
    expect(location!.latitude).toBeCloseTo(gps.latitude, 4)
    expect(location!.longitude).toBeCloseTo(gps.longitude, 4)
  })

  it('reads XMP coordinates when there is no EXIF GPS, and drops 0,0 and nonsense', async () => {
    const xmp = async (gpsLatitude: string, gpsLongitude: string) =>
      (await prefill({ xmp: { gpsLatitude, gpsLongitude } })).location
    expect(await xmp('35,0.7S', '139,41.5W')).toEqual({
      latitude: expect.closeTo(-35.011667, 5),
      longitude: expect.closeTo(-139.691667, 5),
    })
    expect(await xmp('48,46,33N', '9,10,58E')).toEqual({
      latitude: expect.closeTo(48.775833, 5),
      longitude: expect.closeTo(9.182778, 5),
    })
    expect(await xmp('0,0N', '0,0E')).toBeUndefined()
    expect(await xmp('95,0N', '9,0E')).toBeUndefined()
    expect(await xmp('north', 'east')).toBeUndefined()
  })
})
