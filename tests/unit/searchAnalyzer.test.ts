import { describe, expect, it } from '@jest/globals'

import {
  analyzeDocument,
  matchesPlan,
  normalize,
  normalizeWithOffsets,
  parseQuery,
  snippet,
  tokenStream,
} from '../../src/search/analyzer/index.js'
import type { QueryPlan } from '../../src/search/types.js'

const TOKEN_RE = /^[\p{L}\p{N}\p{M}]+$/u

function finds(text: string, locale: string, query: string, queryLocale = locale): boolean {
  const streams = analyzeDocument({ title: '', body: [text] }, locale)
  return matchesPlan(streams, parseQuery(query, queryLocale)).matches
}

function plainTokens(plan: QueryPlan): string[] {
  return plan.words.flatMap((word) =>
    word.alternatives.flatMap((term) => ('phrase' in term ? term.phrase : [term.token])),
  )
}

describe('normalize', () => {
  it('folds width, case and Latin diacritics', () => {
    expect(normalize('ＫＯＬＮ')).toBe('koln')
    expect(normalize('Köln Straße Élysée ÅLESUND Łódź')).toBe('koln strasse elysee alesund lodz')
    expect(normalize('ｼｭﾄｩｯﾄｶﾞﾙﾄ')).toBe('シュトゥットガルト')
    expect(normalize('Ko\u0308ln')).toBe('koln')
  })
  it('keeps kana voicing marks, Hangul and non-Latin letters', () => {
    expect(normalize('がぱ')).toBe('がぱ')
    expect(normalize('ｶﾞ')).toBe('ガ')
    expect(normalize('세종시와')).toBe('세종시와')
    expect(normalize('Йошкар')).toBe('йошкар')
  })
  it('drops lone surrogates', () => {
    expect(normalize('a\uD800b\uDC00c 😀')).toBe('abc 😀')
  })
})

describe('normalizeWithOffsets', () => {
  // Each unit of the result maps back to the input span it came from: ASCII runs, a letter with
  // a combining mark after it, expansions (ß → ss), width folding and lone surrogates.
  const cases = [
    'Rathaus Stuttgart, 2026',
    'Cafe\u0301 Ko\u0308ln',
    'Straße ＫＯＬＮ ｶﾞ',
    'x\uD800y 😀 南京',
    'Sejong\u0301',
    '',
  ]
  it.each(cases)('normalizes %j like normalize, with offsets into the input', (input) => {
    const { sourceEnd, sourceStart, text } = normalizeWithOffsets(input)
    expect(text).toBe(normalize(input))
    expect(sourceStart).toHaveLength(text.length)
    expect(sourceEnd).toHaveLength(text.length)
    for (let i = 0; i < text.length; i++) {
      expect(sourceStart[i]).toBeLessThan(sourceEnd[i]!)
      expect(sourceEnd[i]).toBeLessThanOrEqual(input.length)
    }
  })
  it('maps a letter with its combining mark, and an expansion, to the whole source', () => {
    const marked = normalizeWithOffsets('Cafe\u0301 X')
    expect(marked.text).toBe('cafe x')
    expect([marked.sourceStart[3], marked.sourceEnd[3]]).toEqual([3, 5])
    expect([marked.sourceStart[5], marked.sourceEnd[5]]).toEqual([6, 7])
    const sharp = normalizeWithOffsets('aßb')
    expect(sharp.text).toBe('assb')
    expect(sharp.sourceStart).toEqual([0, 1, 1, 2])
    expect(sharp.sourceEnd).toEqual([1, 2, 2, 3])
    const lone = normalizeWithOffsets('a\uD800B')
    expect(lone.text).toBe('ab')
    expect(lone.sourceStart).toEqual([0, 2])
  })
})

describe('tokenStream', () => {
  it('emits a CJK run as a bigram chain at consecutive positions, then the last character', () => {
    const tokens = tokenStream('斯图加特市', 'zh')
    expect(tokens).toEqual(['斯图', '图加', '加特', '特市', '市'])
  })
  it('emits a lone CJK character as a unigram, and no dictionary words (phrases of the chain)', () => {
    expect(tokenStream('市', 'zh')).toEqual(['市'])
    const tokens = tokenStream('シュトゥットガルトを訪問', 'ja')
    expect(tokens).not.toContain('シュトゥットガルト')
    expect(tokens.every((token) => [...token].length <= 2)).toBe(true)
  })
  it('emits Korean words with and without their particle', () => {
    expect(tokenStream('세종시와 슈투트가르트에서', 'ko')).toEqual(
      expect.arrayContaining(['세종시와', '세종시', '슈투트가르트에서', '슈투트가르트']),
    )
  })
  it('emits both spellings of umlauts, and German compound parts only in German', () => {
    expect(tokenStream('Köln', 'en')).toEqual(['koln', 'koeln'])
    expect(tokenStream('Städtepartnerschaft', 'de')).toEqual(
      expect.arrayContaining(['stadtepartnerschaft', 'staedtepartnerschaft', 'partnerschaft']),
    )
    expect(tokenStream('partnership', 'en')).toEqual(['partnership'])
  })
  it('never emits spaces, quotes or operators, whatever the text', () => {
    const text = `"quoted" *star* %_ $where: {"$gt": ""} a-b (x|y) C:\\path ^$ NEAR/3 don't 😀 \uD800 ＡＢＣ ①`
    const tokens = tokenStream(text, 'de')
    expect(tokens.length).toBeGreaterThan(5)
    for (const token of tokens) expect(token).toMatch(TOKEN_RE)
    expect(tokens).toContain('dont')
    expect(tokens).toContain('don')
    expect(tokens).toContain('abc')
  })
  it('bounds the tokens of a very long word', () => {
    const tokens = tokenStream('x'.repeat(5000), 'de')
    expect(tokens).toHaveLength(1)
    expect(tokens[0]!.length).toBeLessThanOrEqual(64)
  })
})

describe('parseQuery', () => {
  it('cuts 斯图加特市 into a required name and an optional suffix', () => {
    const { words } = parseQuery('斯图加特市', 'zh')
    expect(words.map((w) => [w.text, !!w.optional])).toEqual([
      ['斯图加特', false],
      ['市', true],
    ])
    expect(words[0]!.alternatives).toContainEqual({ phrase: ['斯图', '图加', '加特'] })
  })
  it('makes Japanese particles optional and a lone character a required prefix', () => {
    const { words } = parseQuery('大垣の中学生', 'ja')
    expect(words.map((w) => [w.text, !!w.optional])).toEqual([
      ['大垣', false],
      ['の', true],
      ['中学生', false],
    ])
    expect(parseQuery('市', 'zh').words).toEqual([
      { text: '市', alternatives: [{ token: '市', prefix: true }] },
    ])
  })
  it('turns a two-character CJK query into one prefix term', () => {
    expect(parseQuery('南京', 'zh').words).toEqual([
      { text: '南京', alternatives: [{ token: '南京', prefix: true }] },
    ])
  })
  it('queries Korean stems by prefix and a place name also by its bare name', () => {
    expect(parseQuery('세종시와', 'ko').words[0]!.alternatives).toEqual([
      { token: '세종시', prefix: true },
      { token: '세종' },
    ])
  })
  it('returns an empty plan for empty, blank and punctuation-only queries', () => {
    for (const q of [
      '',
      '   ',
      '*',
      '"',
      '%',
      '_',
      '%_%',
      '.*+?^${}()|[]\\',
      '-:^$',
      '""',
      '\uD800',
      '\uDC00\uD800',
      '😀',
    ]) {
      expect(parseQuery(q).words).toEqual([])
    }
  })
  it('reads operators and injections as plain words', () => {
    const cases: [string, string[]][] = [
      ["'; DROP TABLE x; --", ['drop', 'table', 'x']],
      ['{"$gt": ""}', ['gt']],
      ['$where', ['where']],
      ['Köln OR Nanjing', ['koln', 'or', 'nanjing']],
      ['NOT AND NEAR', ['not', 'and', 'near']],
      ['"Stuttgart Nanjing"', ['stuttgart', 'nanjing']],
      ['stutt*', ['stutt']],
      ['-nanjing', ['nanjing']],
      ['title:sejong^2', ['title', 'sejong', '2']],
      ['a\uD800b', ['ab']],
    ]
    for (const [q, texts] of cases) {
      const plan = parseQuery(q, 'en')
      expect(plan.words.map((w) => w.text)).toEqual(texts)
      for (const token of plainTokens(plan)) expect(token).toMatch(TOKEN_RE)
    }
  })
  it('limits the number of words and reads an enormous query quickly', () => {
    const started = performance.now()
    const plan = parseQuery('Stuttgart 南京 세종시와 '.repeat(20000), 'de')
    expect(performance.now() - started).toBeLessThan(500)
    expect(plan.words.length).toBeLessThanOrEqual(12)
    const many = parseQuery(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '))
    expect(many.words).toHaveLength(12)
    const cjk = parseQuery('斯'.repeat(300), 'zh')
    for (const word of cjk.words)
      for (const term of word.alternatives) {
        if ('phrase' in term) expect(term.phrase.length).toBeLessThanOrEqual(15)
      }
  })
  it('does not throw on values that are not strings', () => {
    expect(parseQuery(undefined as unknown as string).words).toEqual([])
    expect(parseQuery(42 as unknown as string).words.map((w) => w.text)).toEqual(['42'])
  })
})

describe('matching the examples of issue 15', () => {
  const zh = '斯图加特市与南京市签署合作意向书'
  it('finds 斯图加特, 斯图加特市 and 南京 in a text with 斯图加特市 and 南京', () => {
    for (const q of ['斯图加特', '斯图加特市', '南京', '南京市', '市', '意向'])
      expect(finds(zh, 'zh', q)).toBe(true)
    for (const q of ['东京', '加特市与南', '斯图加特港'])
      expect(finds(zh, 'zh', q)).toBe(q === '加特市与南')
  })
  it('finds 斯图加特 with 斯图加特市 even when the text only says 斯图加特', () => {
    expect(finds('南京代表团访问斯图加特', 'zh', '斯图加特市')).toBe(true)
  })
  it('does not join bigrams across punctuation or fields', () => {
    expect(finds('访问斯图，加特', 'zh', '斯图加特')).toBe(false)
    const streams = analyzeDocument({ title: '', body: ['访问斯图', '加特'] }, 'zh')
    expect(matchesPlan(streams, parseQuery('斯图加特', 'zh')).matches).toBe(false)
  })
  it('matches Korean stems as typed', () => {
    expect(finds('세종 대표단 방문', 'ko', '세종시')).toBe(true)
    expect(finds('세종과 슈투트가르트', 'ko', '세종시')).toBe(true)
    expect(finds('세종시와 슈투트가르트', 'ko', '세종')).toBe(true)
    expect(finds('세종시 청소년', 'ko', '세종시와')).toBe(true)
    expect(finds('세종시와 슈투트가르트', 'ko', '세종시')).toBe(true)
    expect(finds('세종시는 행정도시', 'ko', '세종시와')).toBe(true)
    expect(finds('세종대왕 동상', 'ko', '세종시')).toBe(false)
    expect(finds('세종대왕 동상', 'ko', '세종')).toBe(true)
  })
  it('finds German compounds by their parts', () => {
    expect(finds('Die Städtepartnerschaft wird gefeiert', 'de', 'Partnerschaft')).toBe(true)
    expect(finds('Neue Partnerschaften in Asien', 'de', 'Partnerschaft')).toBe(true)
    expect(finds('Die Städtepartnerschaft wird gefeiert', 'de', 'Städtepartnerschaften')).toBe(
      false,
    )
    expect(finds('Die Partei feiert', 'de', 'Partnerschaft')).toBe(false)
  })
  it('is case-, width- and diacritics-insensitive', () => {
    for (const q of ['ＫＯＬＮ', 'Koln', 'koeln', 'KÖLN', 'köln', 'Ko\u0308ln']) {
      expect(finds('Partnerschaft mit Köln', 'de', q)).toBe(true)
    }
    expect(finds('Partnerschaft mit Koeln', 'de', 'Köln')).toBe(true)
    expect(finds('Strasse', 'de', 'Straße')).toBe(true)
    expect(finds('Straße', 'de', 'STRASSE')).toBe(true)
    expect(finds('シュトゥットガルトの高校生', 'ja', 'ｼｭﾄｩｯﾄｶﾞﾙﾄ')).toBe(true)
    expect(finds('ｼｭﾄｩｯﾄｶﾞﾙﾄの高校生', 'ja', 'シュトゥットガルト')).toBe(true)
    expect(finds('ＡＢＣ-Schützen', 'de', 'abc')).toBe(true)
    expect(finds('Partnerschaft mit Köln', 'de', 'Kiln')).toBe(false)
  })
  it('requires every required word and tells whether all of them are in the title', () => {
    const streams = analyzeDocument(
      { title: 'Stuttgart und Nanjing', body: ['Ein Besuch im Rathaus', 'Nanjing 南京'] },
      'de',
    )
    expect(matchesPlan(streams, parseQuery('stuttgart nanjing'))).toEqual({
      matches: true,
      inTitle: true,
    })
    expect(matchesPlan(streams, parseQuery('nanjing rathaus'))).toEqual({
      matches: true,
      inTitle: false,
    })
    expect(matchesPlan(streams, parseQuery('nanjing sejong'))).toEqual({
      matches: false,
      inTitle: false,
    })
    expect(matchesPlan(streams, parseQuery('南京'))).toEqual({ matches: true, inTitle: false })
    expect(matchesPlan(streams, parseQuery(''))).toEqual({ matches: false, inTitle: false })
  })
  it('reads apostrophes inside words both ways', () => {
    expect(finds("Mumbai's mayor visits", 'en', 'Mumbai')).toBe(true)
    expect(finds('Mumbai mayor visits', 'en', "Mumbai's")).toBe(true)
    expect(finds("L'Europe des villes", 'en', 'europe')).toBe(true)
    expect(finds("Mumbai's mayor visits", 'en', 'mumbais')).toBe(true)
  })
  it('finds a title by a query made of operators only as text', () => {
    expect(finds('Rock OR Roll', 'en', 'or')).toBe(true)
    expect(finds('Rock and roll', 'en', '"rock" AND')).toBe(true)
    expect(finds('Rock and roll', 'en', '%')).toBe(false)
  })
})

describe('snippet', () => {
  const long =
    'Die Landeshauptstadt pflegt seit vielen Jahren enge Kontakte nach Asien und Europa. ' +
    'Im Frühjahr reiste eine Delegation des Gemeinderats zu Gesprächen über Verkehr und Klimaschutz. ' +
    'Höhepunkt war die Feier zur Städtepartnerschaft mit Köln und Chongqing im großen Saal des Rathauses. ' +
    'Am Abend spielte ein Orchester, danach gab es einen Empfang für alle Gäste aus den Partnerstädten.'

  it('returns the passage around the match, cut at spaces, with ellipses', () => {
    const result = snippet(long, parseQuery('koln partnerschaft'), { maxLength: 80 })!
    expect(result.text.startsWith('…')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text.length).toBeLessThanOrEqual(82 + 2)
    const marked = result.highlights.map(([s, e]) => result.text.slice(s, e))
    expect(marked).toEqual(['partnerschaft', 'Köln'])
    expect(result.text[1]).not.toBe(' ')
    expect(long).toContain(result.text.slice(1, -1))
    expect(result.html).toContain('Städte<mark>partnerschaft</mark>')
    expect(result.html).toContain('<mark>Köln</mark>')
  })
  it('returns short text whole and null when nothing matches', () => {
    const result = snippet('Besuch aus Nanjing', parseQuery('nanjing'))!
    expect(result.text).toBe('Besuch aus Nanjing')
    expect(result.highlights).toEqual([[11, 18]])
    expect(snippet('Besuch aus Nanjing', parseQuery('sejong'))).toBeNull()
    expect(snippet('Besuch aus Nanjing', parseQuery(''))).toBeNull()
  })
  it('escapes HTML in the text and in the match', () => {
    const result = snippet('<script>alert("Köln")</script> & <b>Köln</b>', parseQuery('koln'))!
    expect(result.html).toBe(
      '&lt;script&gt;alert(&quot;<mark>Köln</mark>&quot;)&lt;/script&gt; &amp; &lt;b&gt;<mark>Köln</mark>&lt;/b&gt;',
    )
    expect(result.html).not.toContain('<script')
  })
  it('highlights width-folded, prefix and CJK matches in the original text', () => {
    const wide = snippet('Ｋöｌｎ und Stuttgart', parseQuery('koeln stutt'))!
    expect(wide.highlights.map(([s, e]) => wide.text.slice(s, e))).toEqual(['Ｋöｌｎ', 'Stutt'])
    const zh = snippet(
      '南京代表团访问斯图加特市政厅，斯图加特市长致辞。',
      parseQuery('斯图加特市', 'zh'),
    )!
    expect(zh.highlights.map(([s, e]) => zh.text.slice(s, e))).toEqual(['斯图加特', '斯图加特'])
    const ko = snippet('슈투트가르트와 세종시는 협력한다', parseQuery('세종', 'ko'))!
    expect(ko.html).toBe('슈투트가르트와 <mark>세종</mark>시는 협력한다')
    const kana = snippet('ｼｭﾄｩｯﾄｶﾞﾙﾄの高校生', parseQuery('シュトゥットガルト', 'ja'))!
    expect(kana.highlights).toEqual([[0, 10]])
  })
  it('picks the passage with the most query words', () => {
    const text =
      'Nanjing wird oft genannt. ' +
      'Füllwort '.repeat(30) +
      'Hier treffen Nanjing und Sejong zusammen. ' +
      'Ende '.repeat(30)
    const result = snippet(text, parseQuery('nanjing sejong'), { maxLength: 60 })!
    expect(result.text).toContain('Sejong')
    expect(result.highlights).toHaveLength(2)
  })
  it('cuts CJK text between characters, not inside a surrogate pair', () => {
    const text = '𠀀'.repeat(100) + '南京代表团访问斯图加特' + '𠀀'.repeat(100)
    const result = snippet(text, parseQuery('南京', 'zh'), { maxLength: 40 })!
    expect(result.text).toContain('南京')
    expect(result.text).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
  })
})

describe('snippet time', () => {
  it('stays fast for a one-letter query on a huge text', () => {
    const text = 'a banana and an apple at a market '.repeat(3000)
    const started = performance.now()
    const result = snippet(text, parseQuery('a'))!
    expect(performance.now() - started).toBeLessThan(1000)
    expect(result.highlights.length).toBeGreaterThan(3)
  })
})

describe('indexing time', () => {
  const sentences: Record<string, string> = {
    de: 'Die Städtepartnerschaft zwischen Stuttgart und Nanjing wurde im Rathaus mit einem Festakt gefeiert, zu dem Oberbürgermeister und Delegationen beider Städte kamen. ',
    en: "Stuttgart's partnership with Nanjing was celebrated at the town hall, where the mayor welcomed delegations from both cities and their schools. ",
    zh: '斯图加特市与南京市签署新的合作意向书，双方将在职业教育、环境保护和青少年交流等领域深化合作。',
    ja: '大垣市の中学生がシュトゥットガルトを訪問し、市長を表敬訪問したほか、卓球と柔道で地元の生徒と交流しました。',
    ko: '세종시와 슈투트가르트는 자매결연 10주년을 맞아 청소년 교류와 스마트시티 공동연구를 확대하기로 합의했다. ',
  }
  it('analyzes a 3,000-character body in a few milliseconds per locale', () => {
    const report: string[] = []
    for (const [locale, sentence] of Object.entries(sentences)) {
      const body = sentence.repeat(Math.ceil(3000 / sentence.length)).slice(0, 3000)
      for (let i = 0; i < 5; i++) analyzeDocument({ title: sentence, body: [body] }, locale) // warm up
      const runs: number[] = []
      let tokens = 0
      for (let i = 0; i < 20; i++) {
        const started = performance.now()
        tokens = analyzeDocument({ title: sentence, body: [body] }, locale).body.length
        runs.push(performance.now() - started)
      }
      runs.sort((a, b) => a - b)
      const median = runs[10]!
      report.push(`${locale}: ${median.toFixed(2)} ms, ${tokens} tokens`)
      expect(median).toBeLessThan(20)
    }
    console.log(`analyzeDocument, 3,000-character body (median of 20):\n${report.join('\n')}`)
  })
})
