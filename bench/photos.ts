/**
 * The photo pipeline (issue 16) on a 24-megapixel JPEG (6000 × 4000, generated with detail and
 * noise):
 *
 * - time and peak RSS to make every size × format (thumbnail, card, hero, og × WebP, AVIF, JPEG)
 *   through the pipeline (inspect, one reduced decode, focal crops, credit metadata) against
 *   straightforward sharp code making the same files (one resize pipeline per size, `clone()` per
 *   format, the same encoder settings); each in a fresh child process, median of the runs.
 *   Target: ≤ 1.3 × sharp's time.
 * - peak RSS of a server process running the ready setup (Payload's REST handlers behind
 *   `node:http`, SQLite) while four such uploads arrive at once over HTTP. Target: < 1 GiB.
 *
 * The `node:http` ceiling of this machine (req/s of a plain server sending a 9 KB answer) is
 * printed with the figures, as in the other benchmarks.
 *
 *   npm run bench:photos
 */
import { fork, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import sharp from 'sharp'

import { resolvePhotoOptions } from '../src/photos/options.js'
import { creditMetadataOf, creditXmp } from '../src/photos/pipeline/creditMetadata.js'
import { decodeIntermediate } from '../src/photos/pipeline/decodeIntermediate.js'
import { inspectUpload } from '../src/photos/pipeline/inspectUpload.js'
import { renderRenditions } from '../src/photos/pipeline/renderRenditions.js'
import { RENDITION_SIZES } from '../src/photos/pipeline/renditionSizes.js'
import { freePort } from '../tests/helpers/server.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'twinning-bench')
const RUNS = Number(process.env.BENCH_PHOTOS_RUNS ?? 3)
const SOURCE = path.join(DIR, 'photo-24mp.jpg')
const CREDIT = creditMetadataOf({
  copyrightHolder: 'Landeshauptstadt Stuttgart',
  credit: 'Stadt Stuttgart/Bench',
})
mkdirSync(DIR, { recursive: true })

const fmt = (value: number, digits = 0) => value.toFixed(digits)
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** 6000 × 4000 with gradients, edges and sensor-like noise: about what a camera JPEG holds. */
async function makeSource(): Promise<void> {
  const width = 6000
  const height = 4000
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0
      const noise = (seed >>> 26) - 32
      const i = (y * width + x) * 3
      const stripe = ((x >> 7) + (y >> 7)) & 1 ? 40 : 0
      pixels[i] = Math.max(0, Math.min(255, (x * 255) / width + noise + stripe))
      pixels[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + noise))
      pixels[i + 2] = Math.max(0, Math.min(255, 128 + Math.sin(x / 50) * 60 + noise - stripe))
    }
  }
  writeFileSync(
    SOURCE,
    await sharp(pixels, { raw: { channels: 3, height, width } })
      .jpeg({ quality: 90 })
      .toBuffer(),
  )
}

/** The pipeline as the upload hooks run it. */
async function viaPipeline(input: Buffer): Promise<number> {
  const options = resolvePhotoOptions()
  const header = await inspectUpload(
    { i18n: { language: 'en' } } as never,
    { data: input, name: 'b.jpg' },
    options,
  )
  const image = await decodeIntermediate(input, header, options.maxPixels)
  const { files } = await renderRenditions(image, { x: 50, y: 50 }, CREDIT)
  return files.length
}

/** The same files with plain sharp: a resize pipeline per size, a clone per format. */
async function viaSharp(input: Buffer): Promise<number> {
  const exif = { IFD0: { Artist: CREDIT.credit, Copyright: CREDIT.copyright } }
  const xmp = creditXmp(CREDIT)
  let count = 0
  for (const { height, width } of Object.values(RENDITION_SIZES)) {
    const resized = sharp(input)
      .autoOrient()
      .resize(width, height, { fit: 'cover' })
      .toColourspace('srgb')
      .withExif(exif)
      .withXmp(xmp)
    await Promise.all([
      resized.clone().webp({ quality: 80 }).toBuffer(),
      resized.clone().avif({ effort: 2, quality: 55 }).toBuffer(),
      resized.clone().jpeg({ mozjpeg: false, quality: 82 }).toBuffer(),
    ])
    count += 3
  }
  return count
}

/** A child: one variant, printing its time and peak RSS. */
async function child(variant: string): Promise<void> {
  sharp.cache(false)
  const input = readFileSync(SOURCE)
  const started = performance.now()
  const files = await (variant === 'pipeline' ? viaPipeline(input) : viaSharp(input))
  const ms = performance.now() - started
  process.send?.({ files, maxRssMB: process.resourceUsage().maxRSS / 1024, ms })
}

function runChild(args: string[]): Promise<{ files: number; maxRssMB: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const worker = fork(import.meta.filename, args, {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    })
    worker.once('message', (message) => resolve(message as never))
    worker.once(
      'exit',
      (code) => code && reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}

/** A child: the ready setup's REST handlers behind node:http, on a fresh SQLite database. */
async function serve(): Promise<void> {
  const { startTestPayload } = await import('../tests/helpers/payload.js')
  const { createUser } = await import('../tests/helpers/fixtures.js')
  const t = await startTestPayload()
  const user = await createUser(t.payload, ['editor'])
  const token = await t.login(user.email, user.password)
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
    const body = chunks.length ? new Uint8Array(Buffer.concat(chunks)) : undefined
    const response = await t.rest(req.method ?? 'GET', req.url ?? '/', { body, headers, token })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  server.listen(0, '127.0.0.1', () =>
    process.send?.({ port: (server.address() as { port: number }).port }),
  )
}

async function rssOf(pid: number): Promise<number> {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

/** Peak RSS of the server while four 24 MP uploads arrive at once. */
async function concurrentUploads(): Promise<{
  baseMB: number
  peakMB: number
  ms: number
  statuses: number[]
}> {
  const server = fork(import.meta.filename, ['--serve'], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  const { port } = await new Promise<{ port: number }>((resolve) =>
    server.once('message', resolve as never),
  )
  const input = readFileSync(SOURCE)
  const baseMB = await rssOf(server.pid!)
  let peakMB = baseMB
  const sampler = setInterval(async () => {
    peakMB = Math.max(peakMB, await rssOf(server.pid!).catch(() => 0))
  }, 20)
  const started = performance.now()
  const statuses = await Promise.all(
    [1, 2, 3, 4].map(async (n) => {
      const form = new FormData()
      form.append(
        '_payload',
        JSON.stringify({
          alt: `Bench ${n}`,
          credit: 'Stadt Stuttgart/Bench',
          licence: 'pressOnly',
        }),
      )
      form.append(
        'file',
        new Blob([new Uint8Array(input)], { type: 'image/jpeg' }),
        `bench-${n}.jpg`,
      )
      const response = await fetch(`http://127.0.0.1:${port}/api/photos?locale=de`, {
        body: form,
        method: 'POST',
      })
      await response.arrayBuffer()
      return response.status
    }),
  )
  const ms = performance.now() - started
  clearInterval(sampler)
  server.kill('SIGTERM')
  return { baseMB, ms, peakMB, statuses }
}

/** req/s of a plain node:http server sending 9 KB, 32 connections, 3 s (as bench/reads.ts). */
async function ceiling(): Promise<number> {
  const file = path.join(DIR, 'ceiling-photos.json')
  const body = Buffer.alloc(9 * 1024, 'x').toString('base64')
  writeFileSync(file, JSON.stringify({ '/': { body, contentType: 'application/json' } }))
  const port = await freePort()
  const server = fork(path.join(ROOT, 'bench/ceilingServer.mjs'), [file, String(port)], {
    stdio: 'ignore',
  })
  await new Promise<void>((resolve) => server.once('message', () => resolve()))
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/autocannon/autocannon.js',
      '--json',
      '-c',
      '32',
      '-d',
      '3',
      `http://127.0.0.1:${port}/`,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  server.kill('SIGTERM')
  return JSON.parse(run.stdout).requests.average as number
}

async function main(): Promise<void> {
  await makeSource()
  console.log(`source: 6000 × 4000 JPEG, ${fmt(readFileSync(SOURCE).length / 1024 / 1024, 1)} MB`)
  const pipeline: { maxRssMB: number; ms: number }[] = []
  const plain: { maxRssMB: number; ms: number }[] = []
  for (let run = 0; run < RUNS; run++) {
    pipeline.push(await runChild(['--child', 'pipeline']))
    plain.push(await runChild(['--child', 'sharp']))
  }
  const p = median(pipeline.map((r) => r.ms))
  const s = median(plain.map((r) => r.ms))
  const uploads = await concurrentUploads()
  const req = await ceiling()
  console.log('')
  console.log(`| 24 MP JPEG → 4 sizes × 3 formats | time (median of ${RUNS}) | peak RSS |`)
  console.log('|---|---|---|')
  console.log(`| pipeline | ${fmt(p)} ms | ${fmt(median(pipeline.map((r) => r.maxRssMB)))} MB |`)
  console.log(`| sharp alone | ${fmt(s)} ms | ${fmt(median(plain.map((r) => r.maxRssMB)))} MB |`)
  console.log(`| ratio | ${fmt(p / s, 2)} × (target ≤ 1.3 ×) | |`)
  console.log('')
  console.log(
    `four 24 MP uploads at once over HTTP: ${uploads.statuses.join(', ')} in ${fmt(uploads.ms)} ms; server RSS ${fmt(uploads.baseMB)} MB before, peak ${fmt(uploads.peakMB)} MB (target < 1024 MB)`,
  )
  console.log(`node:http ceiling of this machine: ${fmt(req)} req/s (9 KB answer, 32 connections)`)
}

const [mode, variant] = process.argv.slice(2)
if (mode === '--child') await child(variant!)
else if (mode === '--serve') await serve()
else {
  await main()
  process.exit(0)
}
