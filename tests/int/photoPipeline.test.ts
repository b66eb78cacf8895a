import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExifReader from 'exifreader'
import sharp from 'sharp'

import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { photoForm } from '../helpers/photos.js'

let t: TestPayload
let editor: string
let media: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  media = path.join(t.database.workDir, 'media')
}, 60_000)
afterAll(async () => t?.close())

type Entry = {
  width: number
  height: number
  mimeType: string
  filesize: number
  filename: string
  url: string
}
type Photo = {
  id: number
  filename: string
  url: string
  thumbnailURL: string
  renditions: Record<string, Record<string, Entry>>
}

const STRUCTURAL = new Set([
  'ColorSpace',
  'ComponentsConfiguration',
  'Exif IFD Pointer',
  'ExifVersion',
  'FlashpixVersion',
  'Orientation',
  'PixelXDimension',
  'PixelYDimension',
  'ResolutionUnit',
  'XResolution',
  'YCbCrPositioning',
  'YResolution',
])

const SIZES = {
  card: [800, 500],
  hero: [1920, 1080],
  og: [1200, 630],
  thumbnail: [400, 400],
} as const

/** Two halves in two colours (left red, right blue), `width` × `height`. */
async function halves(width: number, height: number): Promise<sharp.Sharp> {
  const half = Math.floor(width / 2)
  const blue = await sharp({
    create: { background: '#0000ff', channels: 3, height, width: width - half },
  })
    .png()
    .toBuffer()
  return sharp({ create: { background: '#ff0000', channels: 3, height, width } }).composite([
    { input: blue, left: half, top: 0 },
  ])
}

async function upload(
  data: Buffer,
  name: string,
  type: string,
  fields: Record<string, unknown> = {},
  query = '',
): Promise<{ status: number; doc: Photo; body: any }> {
  const form = photoForm(
    {
      _status: 'published',
      alt: 'Das Rathaus',
      credit: 'Stadt Stuttgart/Max Muster',
      licence: 'pressOnly',
      ...fields,
    },
    { data, name, type },
  )
  const response = await t.rest('POST', `/api/photos?locale=de${query}`, {
    body: form,
    token: editor,
  })
  const body = await response.json()
  return { body, doc: body.doc, status: response.status }
}

const fetchFile = async (url: string, token?: string) =>
  t.rest(
    'GET',
    new URL(url, 'http://localhost:3000').pathname + new URL(url, 'http://localhost:3000').search,
    { token },
  )

const pixel = async (data: Buffer, x: number, y: number) => {
  const { data: raw, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return [raw[at]!, raw[at + 1]!, raw[at + 2]!]
}
const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60
const isBlue = ([r, g, b]: number[]) => b! > 200 && r! < 60 && g! < 60

describe('the photo pipeline', () => {
  it('lists every size in WebP, AVIF and JPEG with width, height, type and URL, each served as listed', async () => {
    const jpeg = await (await halves(1600, 1200)).jpeg().toBuffer()
    const { doc, status } = await upload(jpeg, 'rathaus.jpg', 'image/jpeg')
    expect(status).toBe(201)
    for (const [size, [width, height]] of Object.entries(SIZES)) {
      // Never enlarged: the 1600 × 1200 source gives a 1600 × 900 hero, the largest 16:9 it holds.
      const expected = size === 'hero' ? [1600, 900] : [width, height]
      expect(Object.keys(doc.renditions[size]!).sort()).toEqual(['avif', 'jpeg', 'webp'])
      for (const [format, entry] of Object.entries(doc.renditions[size]!)) {
        expect([entry.width, entry.height]).toEqual(expected)
        expect(entry.mimeType).toBe(`image/${format}`)
        expect(entry.url).toBe(
          `/api/photos/file/${doc.filename}?rendition=${encodeURIComponent(entry.filename)}`,
        )
        const served = await fetchFile(entry.url)
        expect(served.status).toBe(200)
        expect(served.headers.get('content-type')).toBe(entry.mimeType)
        expect(served.headers.get('etag')).toBeTruthy()
        const bytes = Buffer.from(await served.arrayBuffer())
        expect(bytes.length).toBe(entry.filesize)
        const meta = await sharp(bytes).metadata()
        expect([meta.width, meta.height]).toEqual(expected)
        expect(existsSync(path.join(media, 'renditions', doc.filename, entry.filename))).toBe(true)
      }
    }
    // A second request with the ETag is answered 304.
    const { url } = doc.renditions.card!.webp!
    const etag = (await fetchFile(url)).headers.get('etag')!
    expect(
      (
        await t.rest('GET', new URL(url, 'http://x').pathname + new URL(url, 'http://x').search, {
          headers: { 'If-None-Match': etag },
        })
      ).status,
    ).toBe(304)
  }, 60_000)

  it('keeps the original for staff and points the public to the renditions', async () => {
    const jpeg = await (await halves(800, 600)).jpeg().toBuffer()
    const { doc } = await upload(jpeg, 'original.jpg', 'image/jpeg')
    const publicDoc = await (await t.rest('GET', `/api/photos/${doc.id}?locale=de&depth=0`)).json()
    expect(publicDoc.url).toBe(publicDoc.renditions.hero.jpeg.url)
    expect(publicDoc.thumbnailURL).toBe(publicDoc.renditions.thumbnail.jpeg.url)
    const staffDoc = await (
      await t.rest('GET', `/api/photos/${doc.id}?locale=de&depth=0`, { token: editor })
    ).json()
    expect(staffDoc.url).toBe(`/api/photos/file/${doc.filename}`)
    expect(staffDoc.thumbnailURL).toBe(staffDoc.renditions.thumbnail.jpeg.url)

    const anonymous = await t.rest('GET', `/api/photos/file/${doc.filename}`)
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toBe(publicDoc.renditions.hero.jpeg.url)
    const staff = await t.rest('GET', `/api/photos/file/${doc.filename}`, { token: editor })
    expect(staff.status).toBe(200)
    expect(Buffer.from(await staff.arrayBuffer()).equals(jpeg)).toBe(true)
  }, 30_000)

  it("keeps a draft photo's renditions from the public, and gives them to staff", async () => {
    const jpeg = await (await halves(800, 600)).jpeg().toBuffer()
    const { doc, status } = await upload(
      jpeg,
      'entwurf.jpg',
      'image/jpeg',
      { _status: 'draft' },
      '&draft=true',
    )
    expect(status).toBe(201)
    const { url } = doc.renditions.card!.webp!
    expect((await fetchFile(url)).status).toBe(403)
    expect((await fetchFile(url, editor)).status).toBe(200)
    // A rendition name of another photo does not pass through a published one.
    const { doc: published } = await upload(jpeg, 'veroeffentlicht.jpg', 'image/jpeg')
    const foreign = `/api/photos/file/${published.filename}?rendition=${doc.renditions.card!.webp!.filename}`
    expect((await t.rest('GET', foreign)).status).toBe(404)
    const bogus = `/api/photos/file/${published.filename}?rendition=../../x.jpg`
    expect((await t.rest('GET', bogus)).status).toBe(400)
  }, 30_000)

  it('turns a JPEG by its EXIF orientation (6: a landscape file becomes portrait)', async () => {
    // Stored 600 × 400, left red and right blue; orientation 6 shows it turned 90° clockwise:
    // 400 × 600, red on top.
    const jpeg = await (await halves(600, 400)).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const { doc, status } = await upload(jpeg, 'hochkant.jpg', 'image/jpeg')
    expect(status).toBe(201)
    expect([doc.renditions.hero!.jpeg!.width, doc.renditions.hero!.jpeg!.height]).toEqual([
      400, 225,
    ])
    const thumb = Buffer.from(
      await (await fetchFile(doc.renditions.thumbnail!.jpeg!.url)).arrayBuffer(),
    )
    expect((await sharp(thumb).metadata()).orientation ?? 1).toBe(1)
    expect(isRed(await pixel(thumb, 200, 20))).toBe(true)
    expect(isBlue(await pixel(thumb, 200, 380))).toBe(true)
  }, 30_000)

  it('converts CMYK and wide-gamut images to sRGB', async () => {
    const cmyk = await sharp({
      create: { background: '#3a6ea5', channels: 3, height: 300, width: 500 },
    })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer()
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk')
    const p3 = await sharp({
      create: { background: '#20c040', channels: 3, height: 300, width: 500 },
    })
      .withIccProfile('p3')
      .png()
      .toBuffer()
    for (const [data, name, type] of [
      [cmyk, 'cmyk.jpg', 'image/jpeg'],
      [p3, 'p3.png', 'image/png'],
    ] as const) {
      const { doc, status } = await upload(data, name, type)
      expect(status).toBe(201)
      const fallback = type === 'image/png' ? 'png' : 'jpeg'
      for (const format of ['webp', 'avif', fallback]) {
        const bytes = Buffer.from(
          await (await fetchFile(doc.renditions.card![format]!.url)).arrayBuffer(),
        )
        const meta = await sharp(bytes).metadata()
        expect({ format, space: meta.space, channels: meta.channels, icc: meta.icc }).toEqual({
          channels: 3,
          format,
          icc: undefined,
          space: 'srgb',
        })
      }
    }
  }, 60_000)

  it('cuts around the focal point, and moving it regenerates the crops and removes the old files', async () => {
    // 1600 × 800: the left half red, the right half blue. A square thumbnail holds one half.
    const jpeg = await (await halves(1600, 800)).jpeg().toBuffer()
    const { doc } = await upload(jpeg, 'fokus.jpg', 'image/jpeg', { focalX: 10, focalY: 50 })
    const firstResponse = await fetchFile(doc.renditions.thumbnail!.jpeg!.url)
    expect(firstResponse.status).toBe(200)
    const first = Buffer.from(await firstResponse.arrayBuffer())
    expect(isRed(await pixel(first, 200, 200))).toBe(true)

    // Moved in a draft: the public keeps the published crops until the change is published.
    const drafted = await t.rest('PATCH', `/api/photos/${doc.id}?locale=de&draft=true`, {
      body: { focalX: 90, focalY: 50 },
      token: editor,
    })
    expect(drafted.status).toBe(200)
    const moved = ((await drafted.json()) as { doc: Photo }).doc
    expect(moved.renditions.thumbnail!.jpeg!.filename).not.toBe(
      doc.renditions.thumbnail!.jpeg!.filename,
    )
    expect((await fetchFile(moved.renditions.thumbnail!.jpeg!.url)).status).toBe(404)
    expect((await fetchFile(moved.renditions.thumbnail!.jpeg!.url, editor)).status).toBe(200)
    expect((await fetchFile(doc.renditions.thumbnail!.jpeg!.url)).status).toBe(200)

    const published = await t.rest('PATCH', `/api/photos/${doc.id}?locale=de`, {
      body: { localeStatus: 'published' },
      token: editor,
    })
    expect(published.status).toBe(200)
    const secondResponse = await fetchFile(moved.renditions.thumbnail!.jpeg!.url)
    expect(secondResponse.status).toBe(200)
    const second = Buffer.from(await secondResponse.arrayBuffer())
    expect(isBlue(await pixel(second, 200, 200))).toBe(true)
    const files = readdirSync(path.join(media, 'renditions', doc.filename))
    expect(files.sort()).toEqual(
      Object.values(moved.renditions)
        .flatMap((formats) => Object.values(formats).map((e) => e.filename))
        .sort(),
    )
    expect((await fetchFile(doc.renditions.thumbnail!.jpeg!.url)).status).toBe(404)
  }, 60_000)

  it('writes only the credit and copyright into derived images (no GPS), and rewrites them when the credit changes', async () => {
    const jpeg = await sharp({
      create: { background: '#808080', channels: 3, height: 600, width: 900 },
    })
      .jpeg()
      .withExif({
        IFD0: { Artist: 'Kamera Besitzer', Copyright: 'Jemand', ImageDescription: 'geheim' },
        IFD3: {
          GPSLatitude: '48/1 46/1 30/1',
          GPSLatitudeRef: 'N',
          GPSLongitude: '9/1 10/1 50/1',
          GPSLongitudeRef: 'E',
        },
      })
      .toBuffer()
    expect(ExifReader.load(jpeg, { expanded: true }).gps?.Latitude).toBeGreaterThan(48)
    const { doc } = await upload(jpeg, 'gps.jpg', 'image/jpeg', {
      copyrightHolder: 'Landeshauptstadt Stuttgart',
      credit: 'Stadt Stuttgart/Erika Beispiel',
    })
    const check = async (photo: Photo, credit: string, copyright: string) => {
      for (const formats of Object.values(photo.renditions)) {
        for (const [format, entry] of Object.entries(formats)) {
          const bytes = Buffer.from(await (await fetchFile(entry.url)).arrayBuffer())
          const tags = ExifReader.load(bytes, { expanded: true }) as any
          // libvips adds the image's own structure (resolution, colour space, pixel size) to any
          // EXIF block it writes; nothing about the camera, the place or the people is left.
          const personal = Object.keys(tags.exif ?? {}).filter((key) => !STRUCTURAL.has(key))
          expect({ format, gps: tags.gps, iptc: tags.iptc, personal: personal.sort() }).toEqual({
            format,
            gps: undefined,
            iptc: undefined,
            personal: ['Artist', 'Copyright'],
          })
          expect(tags.exif.Artist.description).toBe(credit)
          expect(tags.exif.Copyright.description).toBe(copyright)
          expect(tags.xmp.creator.description).toBe(credit)
          expect(tags.xmp.rights.description).toBe(copyright)
          expect(tags.xmp.Credit.description).toBe(credit)
          expect(JSON.stringify(tags)).not.toContain('geheim')
        }
      }
    }
    await check(doc, 'Stadt Stuttgart/Erika Beispiel', 'Landeshauptstadt Stuttgart')
    const patched = await t.rest('PATCH', `/api/photos/${doc.id}?locale=de`, {
      body: { copyrightHolder: '', credit: 'Stadt Stuttgart/Neu', localeStatus: 'published' },
      token: editor,
    })
    expect(patched.status).toBe(200)
    await check(
      ((await patched.json()) as { doc: Photo }).doc,
      'Stadt Stuttgart/Neu',
      'Stadt Stuttgart/Neu',
    )
  }, 60_000)

  it('processes a 24-megapixel photo and removes its files with the photo', async () => {
    const width = 6000
    const height = 4000
    const noise = Buffer.alloc(width * height * 3)
    for (let i = 0; i < noise.length; i++)
      noise[i] = ((i % (width * 3)) >> 4) + ((i * 2654435761) >>> 27)
    const jpeg = await sharp(noise, { raw: { channels: 3, height, width } })
      .jpeg({ quality: 85 })
      .toBuffer()
    const { doc, status } = await upload(jpeg, 'gross.jpg', 'image/jpeg')
    expect(status).toBe(201)
    expect([doc.renditions.hero!.webp!.width, doc.renditions.hero!.webp!.height]).toEqual([
      1920, 1080,
    ])
    const deleted = await t.rest('DELETE', `/api/photos/${doc.id}`, { token: editor })
    expect(deleted.status).toBe(200)
    expect(existsSync(path.join(media, 'renditions', doc.filename))).toBe(false)
    expect(existsSync(path.join(media, doc.filename))).toBe(false)
  }, 120_000)

  it('lists the uploads in processing for staff only', async () => {
    expect((await t.rest('GET', '/api/twinning/photos/processing')).status).toBe(401)
    const listed = await t.rest('GET', '/api/twinning/photos/processing', { token: editor })
    expect(listed.status).toBe(200)
    expect(await listed.json()).toEqual({ docs: [] })
  })
})
