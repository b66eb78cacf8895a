/**
 * XLIFF at scale: export and import of N press releases (default 500) × 4 target locales through the
 * REST handlers, against baselines measured in the same run on the same data — Payload's own list
 * read of those documents in every locale (for export) and plain REST PATCHes writing the same texts
 * (for import). Prints times, ratios and memory. `npm run bench:xliff`, or BENCH_NEWS=2000 npm run bench:xliff.
 */
import { performance } from 'node:perf_hooks'

import { strFromU8, unzipSync } from 'fflate'

import { createUser } from '../tests/helpers/fixtures.js'
import { startTestPayload } from '../tests/helpers/payload.js'

process.env.PAYLOAD_SECRET ??= 'twinning-bench-secret'
const N = Number(process.env.BENCH_NEWS ?? 500)
const TARGETS = ['en', 'zh', 'ko', 'ja'] as const

const text = (value: string, format = 0) => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const base = { direction: 'ltr', format: '', indent: 0, version: 1 }
const body = (i: number) => ({
  root: {
    ...base,
    type: 'root',
    children: [
      {
        ...base,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [
          text(`Meldung ${i}: Eine Delegation aus `),
          text('Nanjing', 1),
          text(' besucht Stuttgart und spricht über Mobilität.'),
        ],
      },
      {
        ...base,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [
          text('Weitere Informationen im '),
          {
            ...base,
            type: 'link',
            version: 3,
            fields: { linkType: 'custom', newTab: false, url: 'https://www.stuttgart.de/' },
            children: [text('Rathaus', 2)],
          },
          text('.'),
        ],
      },
      {
        ...base,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [
          text(
            'Seit 1995 verbindet beide Städte eine Freundschaft – mit Austausch in Kultur, Wirtschaft und Bildung.',
          ),
        ],
      },
    ],
  },
})

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const result = await run()
  return [result, performance.now() - start]
}
const ms = (value: number) => `${value.toFixed(0)} ms`
let peakRss = 0
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)

const t = await startTestPayload()
const ed = await createUser(t.payload, ['editor'])
const token = await t.login(ed.email, ed.password)

console.log(`Creating ${N} German releases…`)
const ids: Array<number | string> = []
for (let i = 0; i < N; i++) {
  const doc = await t.payload.create({
    collection: 'news',
    data: {
      _status: 'published',
      body: body(i),
      lead: `Vorspann ${i}: Stuttgart und Nanjing vertiefen ihre Zusammenarbeit.`,
      pressContact: { office: 'Abteilung Außenbeziehungen' },
      publishedAt: '2026-03-10T09:00:00.000Z',
      title: `Delegation aus Nanjing (${i})`,
    } as never,
    depth: 0,
    locale: 'de',
  })
  ids.push(doc.id)
}

// Baseline for export: Payload's list read of the same documents in every locale, latest drafts.
const [, listRead] = await time(async () =>
  (await t.rest('GET', `/api/news?locale=all&draft=true&depth=0&limit=${N}`, { token })).json(),
)

const [exported, exportTime] = await time(async () => {
  const response = await t.rest(
    'GET',
    `/api/twinning/xliff/export?collection=news&ids=${ids.join(',')}&targets=${TARGETS.join(',')}`,
    { token },
  )
  if (response.status !== 200)
    throw new Error(`export: ${response.status} ${await response.text()}`)
  return unzipSync(new Uint8Array(await response.arrayBuffer()))
})
const files = Object.fromEntries(
  Object.entries(exported).map(([name, bytes]) => [name, strFromU8(bytes)]),
)
const units = (files['news-de-en.xlf']!.match(/<unit /g) ?? []).length

// What a translation tool returns: every unit translated, its inline codes kept.
const translated = (xml: string, lang: string) =>
  xml.replace(
    /<segment state="initial">(<source>([\s\S]*?)<\/source>)<\/segment>/g,
    (_all, source: string, inner: string) =>
      `<segment state="translated">${source}<target>[${lang}] ${inner}</target></segment>`,
  )

// Baseline for import: plain REST PATCHes that write the same texts into one locale, draft.
const [, patchTime] = await time(async () => {
  for (const id of ids) {
    const response = await t.rest('PATCH', `/api/news/${id}?locale=en&draft=true&depth=0`, {
      body: {
        body: body(0),
        lead: '[en] lead',
        pressContact: { office: '[en] office' },
        title: '[en] title',
      },
      token,
    })
    if (response.status !== 200) throw new Error(`patch: ${response.status}`)
  }
})

const importTimes: Record<string, number> = {}
for (const lang of TARGETS) {
  const xml = translated(files[`news-de-${lang}.xlf`]!, lang)
  const [report, took] = await time(async () =>
    (
      await t.rest('POST', '/api/twinning/xliff/import', {
        body: xml,
        headers: { 'Content-Type': 'application/xliff+xml' },
        token,
      })
    ).json(),
  )
  if (report.totals?.updated !== N)
    throw new Error(`import ${lang}: ${JSON.stringify(report).slice(0, 500)}`)
  importTimes[lang] = took
}
const importTotal = Object.values(importTimes).reduce((a, b) => a + b, 0)
clearInterval(sample)

const size = Object.values(exported).reduce((sum, bytes) => sum + bytes.byteLength, 0)
console.log(
  `\nXLIFF bench: ${N} news × ${TARGETS.length} targets (${units} units per file, ${(size / 1e6).toFixed(1)} MB of XLIFF) on ${t.database.kind}`,
)
console.log(
  `export, 4 files zipped:     ${ms(exportTime)}   baseline list read (locale=all): ${ms(listRead)}   ratio ${(exportTime / listRead).toFixed(2)}×`,
)
console.log(
  `import, ${N * TARGETS.length} document-locales: ${ms(importTotal)} (${Object.entries(importTimes)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(', ')})`,
)
console.log(
  `  per document-locale:      ${(importTotal / (N * TARGETS.length)).toFixed(1)} ms   baseline REST PATCH of the same texts: ${(patchTime / N).toFixed(1)} ms   ratio ${(importTotal / TARGETS.length / patchTime).toFixed(2)}×`,
)
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`)
await t.close()
process.exit(0)
