import { readdirSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { translate } from '../../src/i18n/label.js'
import type { TranslationKey } from '../../src/i18n/resources.js'
import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { photoForm } from '../helpers/photos.js'

let t: TestPayload
let editor: string
let media: string
let photoId: number
let photoFile: string

// The ready setup's default `photos.maxFileBytes`.
const MAX_FILE_BYTES = 40 * 1024 * 1024

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  media = path.join(t.database.workDir, 'media')
  const good = await sharp({
    create: { background: '#446688', channels: 3, height: 300, width: 400 },
  })
    .jpeg()
    .toBuffer()
  const created = await send('POST', '/api/photos?locale=de', good, 'gut.jpg', 'image/jpeg')
  expect(created.status).toBe(201)
  const json = (await created.json()) as { doc: { id: number; filename: string } }
  photoId = json.doc.id
  photoFile = json.doc.filename
}, 60_000)
afterAll(async () => t?.close())

const german = (key: TranslationKey, vars?: Record<string, string>) => translate('de', key, vars)

function send(
  method: string,
  url: string,
  data: Buffer | undefined,
  name: string,
  type: string,
  fields = {},
) {
  const form = photoForm(
    { alt: 'Ein Test', credit: 'Test/Twinning', licence: 'pressOnly', ...fields },
    data && { data, name, type },
  )
  return t.rest(method, url, { body: form, token: editor })
}

/** Files under media/ (renditions included) and the photos with their file and focal point. */
async function state() {
  const files = readdirSync(media, { recursive: true }).map(String).sort()
  const photos = await t.payload.find({
    collection: 'photos',
    depth: 0,
    draft: true,
    limit: 100,
    overrideAccess: true,
  })
  return {
    files,
    photos: photos.docs.map((doc) => [
      doc.id,
      doc.filename,
      doc.focalX,
      doc.focalY,
      JSON.stringify(doc.renditions),
    ]),
  }
}

/** A PNG header that declares `width` × `height` pixels, with a tiny compressed body. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(body.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), body])) >>> 0)
    return Buffer.concat([length, Buffer.from(type), body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  const idat = zlib.deflateSync(Buffer.alloc(64 * 1024))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('bad photo uploads', () => {
  it('are each refused with a clear 4xx, leave no file in media/ and change no photo', async () => {
    const jpeg = await sharp({
      create: { background: '#aa3355', channels: 3, height: 600, width: 800 },
    })
      .jpeg()
      .toBuffer()
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2))
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>',
    )
    const gif = await sharp({
      create: { background: '#00ff00', channels: 3, height: 10, width: 10 },
    })
      .gif()
      .toBuffer()
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('mif1heic'),
      Buffer.alloc(200),
    ])
    const big = Buffer.concat([jpeg, Buffer.alloc(MAX_FILE_BYTES + 1024)])
    const before = await state()
    const cases: [string, Buffer, string, string, Record<string, unknown>, number, string][] = [
      [
        'text named .jpg',
        Buffer.from('Das ist kein Bild, nur Text.'),
        'kein-bild.jpg',
        'image/jpeg',
        {},
        415,
        german('photos.pipeline.errors.notAnImage', { filename: 'kein-bild.jpg' }),
      ],
      [
        'truncated JPEG',
        truncated,
        'halb.jpg',
        'image/jpeg',
        {},
        400,
        german('photos.pipeline.errors.damaged', { filename: 'halb.jpg' }),
      ],
      [
        'decompression bomb',
        pngBomb(50_000, 50_000),
        'bombe.png',
        'image/png',
        {},
        400,
        german('photos.pipeline.errors.tooManyPixels', {
          height: '50000',
          max: '100000000',
          width: '50000',
        }),
      ],
      [
        'SVG with script',
        svg,
        'logo.svg',
        'image/svg+xml',
        {},
        415,
        german('photos.pipeline.errors.unsupportedType', { type: 'svg' }),
      ],
      [
        'SVG named .jpg',
        svg,
        'logo.jpg',
        'image/jpeg',
        {},
        415,
        german('photos.pipeline.errors.unsupportedType', { type: 'svg' }),
      ],
      [
        'GIF',
        gif,
        'anim.gif',
        'image/gif',
        {},
        415,
        german('photos.pipeline.errors.unsupportedType', { type: 'gif' }),
      ],
      ['HEIC', heic, 'iphone.heic', 'image/heic', {}, 415, german('photos.pipeline.errors.heic')],
      [
        'over maxFileBytes',
        big,
        'gross.jpg',
        'image/jpeg',
        {},
        413,
        german('photos.pipeline.errors.tooLargeUpload', { max: '40.0 MB' }),
      ],
      [
        'focal point over 100',
        jpeg,
        'fokus.jpg',
        'image/jpeg',
        { focalX: 150, focalY: 50 },
        400,
        german('photos.pipeline.errors.focalRange', { field: 'focalX', value: '150' }),
      ],
      [
        'focal point below 0',
        jpeg,
        'fokus.jpg',
        'image/jpeg',
        { focalX: 50, focalY: -1 },
        400,
        german('photos.pipeline.errors.focalRange', { field: 'focalY', value: '-1' }),
      ],
    ]
    for (const [label, data, name, type, fields, status, message] of cases) {
      for (const [method, url] of [
        ['POST', '/api/photos?locale=de'],
        ['PATCH', `/api/photos/${photoId}?locale=de`],
      ] as const) {
        const response = await send(method, url, data, name, type, fields)
        const body = (await response.json()) as { errors?: { message: string }[] }
        expect({
          label,
          method,
          message: body.errors?.[0]?.message,
          status: response.status,
        }).toEqual({
          label,
          message,
          method,
          status,
        })
      }
    }
    // A focal point alone, without a file.
    const focal = await t.rest('PATCH', `/api/photos/${photoId}?locale=de`, {
      body: { focalX: 'links', focalY: 50 },
      token: editor,
    })
    expect(focal.status).toBe(400)
    expect(await state()).toEqual(before)
    expect(before.files).toContain(photoFile)
  }, 120_000)
})
