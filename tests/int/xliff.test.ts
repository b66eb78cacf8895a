import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { strFromU8, unzipSync } from 'fflate'

import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string
let translatorZh: string
let translatorZhEmail: string

const text = (value: string, format = 0) => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
const link = (url: string, children: unknown[]) => ({
  ...block,
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', newTab: true, url },
  children,
})

/** A body with bold, italic, a link, a line break, a heading and a list: every kind of inline code. */
function richBody(
  t1: string,
  city: string,
  t2: string,
  hall: string,
  t3: string,
  heading: string,
  item1: string,
  item2: string,
) {
  return {
    root: {
      ...block,
      type: 'root',
      children: [
        {
          ...block,
          type: 'paragraph',
          textFormat: 0,
          textStyle: '',
          children: [
            text(t1),
            text(city, 1),
            text(t2),
            link('https://www.stuttgart.de/rathaus', [text(hall, 2)]),
            { type: 'linebreak', version: 1 },
            text(t3),
          ],
        },
        { ...block, type: 'heading', tag: 'h2', children: [text(heading)] },
        {
          ...block,
          type: 'list',
          listType: 'bullet',
          start: 1,
          tag: 'ul',
          children: [
            { ...block, type: 'listitem', value: 1, children: [text(item1)] },
            { ...block, type: 'listitem', value: 2, children: [text(item2, 3)] },
          ],
        },
      ],
    },
  }
}

const GERMAN_BODY = richBody(
  'Die Delegation aus ',
  'Nanjing',
  ' besuchte das ',
  'Rathaus',
  'am Dienstag – „herzlich willkommen“.',
  'Hintergrund',
  'Mobilität',
  'Kultur & Jugend',
)
const CHINESE_BODY = richBody(
  '来自',
  '南京',
  '的代表团参观了',
  '市政厅',
  '时间：星期二——“热烈欢迎”🎉。',
  '背景',
  '交通出行',
  '文化与青年 🤝',
)

/** A German release with the rich body; `zh` adds a complete Chinese translation (title, lead, body). */
async function releaseWithBody({ zh = false } = {}) {
  const doc = await createRelease(t.payload)
  await t.payload.update({
    collection: 'news',
    data: {
      body: GERMAN_BODY as never,
      pressContact: { email: 'presse@stuttgart.de', office: 'Abteilung Außenbeziehungen' },
    },
    depth: 0,
    id: doc.id,
    locale: 'de',
    draft: true,
  })
  await t.payload.update({
    collection: 'news',
    data: { _status: 'published' },
    depth: 0,
    id: doc.id,
    locale: 'de',
  })
  if (zh) {
    await t.payload.update({
      collection: 'news',
      data: {
        ...RELEASE.zh,
        body: CHINESE_BODY as never,
        pressContact: { office: '对外关系处 ✉️' },
      },
      depth: 0,
      draft: true,
      id: doc.id,
      locale: 'zh',
    })
  }
  return doc
}

const exportFile = async (query: string, token = editor) =>
  t.rest('GET', `/api/twinning/xliff/export?${query}`, {
    headers: { 'Accept-Language': 'en' },
    token,
  })

const importFile = async (
  xml: string | Uint8Array,
  { token = editor, type = 'application/xliff+xml' } = {},
) =>
  t.rest('POST', '/api/twinning/xliff/import', {
    body: xml,
    headers: { 'Accept-Language': 'en', 'Content-Type': type },
    token,
  })

const stored = async (id: number | string) =>
  JSON.stringify(
    await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      id,
      locale: 'all',
      showHiddenFields: true,
    }),
  )

/** What a translation tool does: puts a target into each named unit and marks it translated. */
function fillTargets(xml: string, targets: Record<string, string>): string {
  const v20 = xml.replace(
    /<unit id="([^"]+)"([\s\S]*?)<segment[^>]*>(<source>[\s\S]*?<\/source>)(?:<target>[\s\S]*?<\/target>)?<\/segment>/g,
    (all, id: string, middle: string, source: string) =>
      id in targets
        ? `<unit id="${id}"${middle}<segment state="translated">${source}<target>${targets[id]}</target></segment>`
        : all,
  )
  return v20.replace(
    /<trans-unit id="([^"]+)"([^>]*)>(<source>[\s\S]*?<\/source>)(?:<target[^>]*>[\s\S]*?<\/target>)?/g,
    (all, id: string, attrs: string, source: string) =>
      id in targets
        ? `<trans-unit id="${id}"${attrs}>${source}<target state="translated">${targets[id]}</target>`
        : all,
  )
}

beforeAll(async () => {
  t = await startTestPayload({ seed: true })
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
  const zh = await createUser(t.payload, ['translator'], ['zh'])
  translatorZhEmail = zh.email
  translatorZh = await t.login(zh.email, zh.password)
})
afterAll(async () => t?.close())

describe('XLIFF export', () => {
  it('exports only localized texts as XLIFF 2.0, with stable unit ids, source hashes, inline codes and the termbase', async () => {
    const doc = await releaseWithBody()
    const response = await exportFile(`collection=news&ids=${doc.id}&targets=zh`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="news-${doc.id}-de-zh.xlf"`,
    )
    const xml = await response.text()

    expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"')
    expect(xml).toContain('srcLang="de" trgLang="zh"')
    const ids = [...xml.matchAll(/<unit id="([^"]+)"/g)].map((match) => match[1])
    expect(ids).toEqual(
      ['title', 'lead', 'body.0', 'body.1', 'body.2.0', 'body.2.1', 'pressContact.office'].map(
        (path) => `news:${doc.id}:${path}`,
      ),
    )
    expect(xml).toContain(`name="news/${doc.id}/body.2.1"`)
    // Untranslated fields and non-text fields stay out: slug, e-mail, dates, topics.
    expect(xml).not.toMatch(/presse@stuttgart|slug|2026-03-10|mobility/)
    expect(xml).toMatch(/<mda:meta type="sourceHash">[0-9a-f]{16}<\/mda:meta>/)
    // Bold, italic link and line break as inline codes; text stays text.
    expect(xml).toContain(
      '<source>Die Delegation aus <pc id="1" subType="xlf:b" type="fmt">Nanjing</pc> besuchte das <pc id="2" type="link"><pc id="3" subType="xlf:i" type="fmt">Rathaus</pc></pc><ph id="4" subType="xlf:lb" type="fmt"/>am Dienstag – „herzlich willkommen“.</source>',
    )
    expect(xml).toContain(
      '<source>Kultur &amp; Jugend</source>'
        .replace('<source>', '<source><pc id="1" type="fmt">')
        .replace('</source>', '</pc></source>'),
    )
    // The link's address is not in the file: translators cannot break it.
    expect(xml).not.toContain('stuttgart.de/rathaus')
    // Partner-city names come with their approved translation.
    expect(xml).toMatch(
      /<gls:glossEntry><gls:term source="partner-cities\/\d+">Nanjing<\/gls:term><gls:translation source="partner-cities\/\d+">南京<\/gls:translation><\/gls:glossEntry>/,
    )
  })

  it('writes XLIFF 1.2 for older tools, with g/x codes, the hash and the termbase as a note', async () => {
    const doc = await releaseWithBody()
    const xml = await (
      await exportFile(`collection=news&ids=${doc.id}&targets=ko&version=1.2`)
    ).text()
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2"')
    expect(xml).toContain('source-language="de" target-language="ko"')
    expect(xml).toMatch(
      new RegExp(
        `<trans-unit id="news:${doc.id}:title" resname="news/${doc.id}/title" twinning:sourceHash="[0-9a-f]{16}" xml:space="preserve">`,
      ),
    )
    expect(xml).toContain(
      '<g ctype="bold" id="1">Nanjing</g> besuchte das <g ctype="link" id="2"><g ctype="italic" id="3">Rathaus</g></g><x ctype="lb" id="4"/>',
    )
    expect(xml).toMatch(/<note annotates="source" from="twinning-termbase">[^<]*Nanjing = 난징/)
  })

  it('gives a zip with one file per target when several targets are asked for', async () => {
    const a = await releaseWithBody()
    const b = await releaseWithBody()
    const response = await exportFile(`collection=news&ids=${a.id},${b.id}&targets=zh,ko,ja`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    expect(Object.keys(files).sort()).toEqual([
      'news-de-ja.xlf',
      'news-de-ko.xlf',
      'news-de-zh.xlf',
    ])
    const ja = strFromU8(files['news-de-ja.xlf']!)
    expect(ja).toContain('trgLang="ja"')
    expect(ja).toContain(`<file id="news:${a.id}" original="news/${a.id}">`)
    expect(ja).toContain(`<file id="news:${b.id}" original="news/${b.id}">`)
  })

  it('includes a current translation as target and marks an outdated one', async () => {
    const doc = await releaseWithBody({ zh: true })
    await t.payload.update({
      collection: 'news',
      data: { lead: 'Ein geänderter Vorspann.' },
      depth: 0,
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    const xml = await (await exportFile(`collection=news&ids=${doc.id}&targets=zh`)).text()
    expect(xml).toContain(
      `<segment state="translated"><source>${RELEASE.de.title}</source><target>${RELEASE.zh.title}</target></segment>`,
    )
    expect(xml).toContain(
      `<segment state="initial" subState="twinning:outdated"><source>Ein geänderter Vorspann.</source><target>${RELEASE.zh.lead}</target></segment>`,
    )
  })

  it('refuses bad requests clearly', async () => {
    const doc = await releaseWithBody()
    const message = async (response: Response) =>
      (await response.json()).errors[0].message as string
    expect(
      (await t.rest('GET', `/api/twinning/xliff/export?collection=news&ids=${doc.id}&targets=zh`))
        .status,
    ).toBe(401)
    const cases: Array<[string, number, RegExp]> = [
      [`collection=users&ids=${doc.id}&targets=zh`, 400, /Unknown collection "users"/],
      ['collection=news&targets=zh', 400, /ids=/],
      [`collection=news&ids=${doc.id}`, 400, /targets=/],
      [`collection=news&ids=${doc.id}&targets=fr`, 400, /Unknown locale "fr"/],
      [`collection=news&ids=${doc.id}&targets=de`, 400, /de is the source language/],
      [`collection=news&ids=${doc.id}&targets=zh&version=3.0`, 400, /version "3.0"/],
      [`collection=news&ids=${doc.id},987654,abc&targets=zh`, 404, /987654, abc/],
    ]
    for (const [query, status, pattern] of cases) {
      const response = await exportFile(query)
      expect([query, response.status]).toEqual([query, status])
      expect(await message(response)).toMatch(pattern)
    }
    expect(
      (await exportFile(`collection=news&ids=${doc.id}&targets=ko`, translatorZh)).status,
    ).toBe(403)
    expect(
      (await exportFile(`collection=news&ids=${doc.id}&targets=zh`, translatorZh)).status,
    ).toBe(200)
  })
})

describe('XLIFF import', () => {
  it.each(['2.0', '1.2'])(
    'reproduces texts exactly in a round trip (XLIFF %s): CJK, emoji, punctuation and formatting',
    async (version) => {
      const original = await releaseWithBody({ zh: true })
      const copy = await releaseWithBody()
      const exported = await (
        await exportFile(`collection=news&ids=${original.id}&targets=zh&version=${version}`)
      ).text()
      // The file of the translated document, as if it had come back from the agency for the copy.
      const xml = exported.replaceAll(`news:${original.id}:`, `news:${copy.id}:`)

      const response = await importFile(xml)
      expect(response.status).toBe(200)
      const report = await response.json()
      expect(report).toMatchObject({
        source: 'de',
        target: 'zh',
        totals: { applied: 7, conflicts: 0, documents: 1, skipped: 0, updated: 1 },
      })
      expect(report.documents[0]).toMatchObject({
        collection: 'news',
        id: copy.id,
        status: 'updated',
      })

      const read = (id: number | string) =>
        t.payload.findByID({
          collection: 'news',
          depth: 0,
          draft: true,
          fallbackLocale: false,
          id,
          locale: 'zh',
        })
      const [before, after] = await Promise.all([read(original.id), read(copy.id)])
      expect(after.title).toBe(before.title)
      expect(after.lead).toBe(before.lead)
      expect(after.pressContact?.office).toBe('对外关系处 ✉️')
      expect(after.body).toEqual(before.body)
      expect(JSON.stringify(after.body)).toContain('🎉')
      expect(after.localeStatus).toBe('inReview')
    },
  )

  it('writes the translation as a draft "in review": the public does not see it until an editor publishes', async () => {
    const doc = await releaseWithBody()
    const exported = await (await exportFile(`collection=news&ids=${doc.id}&targets=ko`)).text()
    const xml = fillTargets(exported, {
      [`news:${doc.id}:title`]: '난징 대표단, 시청 방문 ✨',
      [`news:${doc.id}:lead`]: '슈투트가르트와 난징은 협력을 강화합니다.',
    })
    const report = await (
      await importFile(xml, { type: 'application/xliff+xml; charset=utf-8' })
    ).json()
    expect(report.totals).toMatchObject({ applied: 2, skipped: 5, updated: 1 })
    expect(report.documents[0].skipped[0]).toMatchObject({
      message: 'The file has no translation for this unit.',
      reason: 'notTranslated',
    })

    expect((await t.rest('GET', `/api/news/${doc.id}?locale=ko`)).status).toBe(404)
    const draft = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: doc.id,
      locale: 'ko',
    })
    expect(draft).toMatchObject({
      lead: '슈투트가르트와 난징은 협력을 강화합니다.',
      localeStatus: 'inReview',
      title: '난징 대표단, 시청 방문 ✨',
    })

    await t.rest('PATCH', `/api/news/${doc.id}?locale=ko`, {
      body: { localeStatus: 'published' },
      token: editor,
    })
    const published = await (await t.rest('GET', `/api/news/${doc.id}?locale=ko`)).json()
    expect(published.title).toBe('난징 대표단, 시청 방문 ✨')
    expect(published.availableLocales).toEqual(['de', 'ko'])
  })

  it('reports a unit whose source changed since the export as a conflict and applies the rest', async () => {
    const doc = await releaseWithBody()
    const exported = await (
      await exportFile(`collection=news&ids=${doc.id}&targets=ja&version=1.2`)
    ).text()
    await t.payload.update({
      collection: 'news',
      data: { lead: 'Der Vorspann wurde nach dem Export umgeschrieben.' },
      depth: 0,
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    const xml = fillTargets(exported, {
      [`news:${doc.id}:lead`]: RELEASE.ja.lead,
      [`news:${doc.id}:title`]: RELEASE.ja.title,
    })
    const report = await (await importFile(xml)).json()
    expect(report.documents[0].applied).toEqual([`news:${doc.id}:title`])
    expect(report.documents[0].conflicts).toEqual([
      {
        message: 'The source text changed after the export; the translation was not applied.',
        reason: 'sourceChanged',
        unit: `news:${doc.id}:lead`,
      },
    ])
    const ja = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: doc.id,
      locale: 'ja',
    })
    expect(ja.title).toBe(RELEASE.ja.title)
    expect(ja.lead).toBeFalsy()
  })

  it("applies a rich text only whole, and keeps the source's link addresses whatever the file says", async () => {
    const doc = await releaseWithBody()
    const exported = await (await exportFile(`collection=news&ids=${doc.id}&targets=en`)).text()
    const id = (path: string) => `news:${doc.id}:${path}`
    const partial = fillTargets(exported, {
      [id('body.0')]:
        'The delegation from <pc id="1">Nanjing</pc> visited <pc id="2" type="link">City Hall</pc>.',
    })
    const partialReport = await (await importFile(partial)).json()
    expect(partialReport.documents[0].skipped).toContainEqual(
      expect.objectContaining({ reason: 'richTextIncomplete', unit: id('body.0') }),
    )

    const whole = fillTargets(exported, {
      [id('body.0')]:
        'The delegation from <pc id="1" type="fmt" subType="xlf:b">Nanjing</pc> visited <pc id="2" type="link" href="https://evil.example">City Hall</pc><ph id="4"/>on Tuesday.',
      [id('body.1')]: 'Background',
      [id('body.2.0')]: 'Mobility',
      [id('body.2.1')]: '<pc id="1">Culture &amp; youth</pc>',
    })
    expect((await (await importFile(whole)).json()).totals).toMatchObject({
      applied: 4,
      updated: 1,
    })
    const en = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: doc.id,
      locale: 'en',
    })
    const [paragraph, heading, list] = (
      en.body as unknown as {
        root: { children: Array<{ children: Array<Record<string, unknown>>; type: string }> }
      }
    ).root.children
    expect(paragraph!.children).toEqual([
      expect.objectContaining({ format: 0, text: 'The delegation from ' }),
      expect.objectContaining({ format: 1, text: 'Nanjing' }),
      expect.objectContaining({ text: ' visited ' }),
      expect.objectContaining({
        children: [expect.objectContaining({ format: 0, text: 'City Hall' })],
        fields: expect.objectContaining({ url: 'https://www.stuttgart.de/rathaus' }),
        type: 'link',
      }),
      expect.objectContaining({ type: 'linebreak' }),
      expect.objectContaining({ text: 'on Tuesday.' }),
    ])
    expect(heading).toMatchObject({
      children: [expect.objectContaining({ text: 'Background' })],
      tag: 'h2',
      type: 'heading',
    })
    expect(list!.children[1]).toMatchObject({
      children: [expect.objectContaining({ format: 3, text: 'Culture & youth' })],
      type: 'listitem',
    })
  })

  it('accepts the file in the multipart field "file", from a translator of that locale', async () => {
    const doc = await releaseWithBody()
    const exported = await (
      await exportFile(`collection=news&ids=${doc.id}&targets=zh`, translatorZh)
    ).text()
    const form = new FormData()
    form.set(
      'file',
      new Blob([fillTargets(exported, { [`news:${doc.id}:title`]: RELEASE.zh.title })], {
        type: 'application/xliff+xml',
      }),
      'news-zh.xlf',
    )
    const response = await t.rest('POST', '/api/twinning/xliff/import', {
      body: form,
      token: translatorZh,
    })
    expect(response.status).toBe(200)
    expect((await response.json()).totals.applied).toBe(1)
    const status = await (
      await t.rest('GET', `/api/twinning/translation-status?collection=news&id=${doc.id}`, {
        token: editor,
      })
    ).json()
    expect(status.locales.zh).toMatchObject({
      lastTranslator: translatorZhEmail,
      outdated: false,
      state: 'inReview',
    })
  })
})

describe('XLIFF import refuses bad input and changes nothing', () => {
  let doc: { id: number | string }
  let good: string
  beforeAll(async () => {
    doc = await releaseWithBody()
    good = fillTargets(
      await (await exportFile(`collection=news&ids=${doc.id}&targets=zh`)).text(),
      { [`news:${doc.id}:title`]: RELEASE.zh.title },
    )
  })

  const refuses = async (
    body: string | Uint8Array,
    status: number,
    pattern: RegExp,
    options: { token?: string; type?: string } = {},
  ) => {
    const before = await stored(doc.id)
    const response = await importFile(body, options)
    const json = await response.json()
    expect([response.status, json.errors?.[0]?.message]).toEqual([
      status,
      expect.stringMatching(pattern),
    ])
    expect(await stored(doc.id)).toBe(before)
  }

  it('malformed XML, XML that is not XLIFF, an unsupported version', async () => {
    await refuses(good.slice(0, -40), 400, /not well-formed XML/)
    await refuses('<html><body>hello</body></html>', 400, /not an XLIFF document/)
    await refuses(good.replace('version="2.0"', 'version="3.0"'), 400, /version "3.0"/)
    await refuses(Buffer.from([0x3c, 0xff, 0xfe, 0x3e]), 400, /not valid UTF-8/)
    await refuses('', 400, /request body or in the multipart field "file"/)
  })

  it('a DOCTYPE: entity expansion (billion laughs) and external entities (XXE) are refused, not expanded', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${good.replace(/^<\?xml[^>]*>/, '').replace(RELEASE.zh.title, '&lol2;')}`
    await refuses(laughs, 400, /DOCTYPE or entity declarations/)
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${good.replace(/^<\?xml[^>]*>/, '').replace(RELEASE.zh.title, '&xxe;')}`
    await refuses(xxe, 400, /DOCTYPE or entity declarations/)
    await refuses(good.replace(RELEASE.zh.title, '&undeclared;'), 400, /not well-formed XML/)
  })

  it('a target locale that is not configured, Traditional Chinese, a target equal to the source', async () => {
    await refuses(good.replace('trgLang="zh"', 'trgLang="fr"'), 400, /Unknown locale "fr"/)
    await refuses(good.replace('trgLang="zh"', 'trgLang="zh-TW"'), 400, /Unknown locale "zh-TW"/)
    await refuses(good.replace('trgLang="zh"', 'trgLang="de"'), 400, /de is the source language/)
  })

  it('unknown unit ids and broken inline codes, even next to good units of other documents', async () => {
    const other = await releaseWithBody()
    const otherFile = fillTargets(
      await (await exportFile(`collection=news&ids=${other.id}&targets=zh`)).text(),
      { [`news:${other.id}:title`]: RELEASE.zh.title },
    )
    const otherBefore = await stored(other.id)
    const twoDocuments = good.replace(
      '</xliff>',
      otherFile.slice(otherFile.indexOf('<file '), otherFile.indexOf('</xliff>')) + '</xliff>',
    )
    await refuses(
      twoDocuments.replace(`news:${other.id}:title"`, `news:${other.id}:nonsense"`),
      400,
      new RegExp(`Unknown unit "news:${other.id}:nonsense"`),
    )
    await refuses(
      twoDocuments.replace(`news:${other.id}:title"`, `users:${other.id}:email"`),
      400,
      /Unknown unit "users:/,
    )
    const badCode = fillTargets(good, { [`news:${doc.id}:body.0`]: 'x <pc id="99">y</pc>' })
    await refuses(badCode, 400, /invalid inline codes \(unknownCode 99\)/)
    await refuses(
      fillTargets(good, { [`news:${doc.id}:title`]: 'a <pc id="1">b</pc>' }),
      400,
      /invalid inline codes/,
    )
    await refuses(
      fillTargets(good, { [`news:${doc.id}:body.0`]: '<sc id="1"/>x' }),
      400,
      /unclosed code 1/,
    )
    expect(await stored(other.id)).toBe(otherBefore)
  })

  it('a document that was deleted: 404', async () => {
    const gone = await releaseWithBody()
    const file = fillTargets(
      await (await exportFile(`collection=news&ids=${gone.id}&targets=zh`)).text(),
      { [`news:${gone.id}:title`]: RELEASE.zh.title },
    )
    await t.payload.delete({ collection: 'news', id: gone.id })
    const response = await importFile(file)
    expect(response.status).toBe(404)
    expect((await response.json()).errors[0].message).toContain(`news/${gone.id}`)
  })

  it("too large (413), the wrong content type (415), no login (401), another translator's locale (403)", async () => {
    await refuses(
      new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20),
      413,
      /larger than 10485760 bytes/,
    )
    await refuses(JSON.stringify({ xliff: good }), 415, /Content type "application\/json"/, {
      type: 'application/json',
    })
    const anonymous = await t.rest('POST', '/api/twinning/xliff/import', {
      body: good,
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(anonymous.status).toBe(401)
    await refuses(
      good.replace('trgLang="zh"', 'trgLang="ko"'),
      403,
      /Translators for zh may not write the ko version/,
      { token: translatorZh },
    )
    const form = new FormData()
    form.set('other', 'x')
    expect(
      (await t.rest('POST', '/api/twinning/xliff/import', { body: form, token: editor })).status,
    ).toBe(400)
  })
})
