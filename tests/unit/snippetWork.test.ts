import { describe, expect, it, jest } from '@jest/globals'

// Counts how much text the snippet hands to the analyzer: a long body must be analyzed only in
// windows around the candidate matches, not whole (work counted, not wall-clock time).
const analyzed: number[] = []
const real = await import('../../src/search/analyzer/analyzeText.js')
jest.unstable_mockModule('../../src/search/analyzer/analyzeText.js', () => ({
  ...real,
  analyzeText: (text: string, ...rest: unknown[]) => {
    analyzed.push(text.length)
    return (real.analyzeText as (...args: unknown[]) => unknown)(text, ...rest)
  },
}))
const { snippet } = await import('../../src/search/analyzer/snippet.js')
const { parseQuery } = await import('../../src/search/analyzer/parseQuery.js')

describe('snippet work', () => {
  it('analyzes only the passages around matches of a long Chinese body', () => {
    const filler = '双方将在职业教育、环境保护和青少年交流等领域深化合作。'.repeat(120)
    const body = filler + '斯图加特市与南京市签署意向书。'
    analyzed.length = 0
    const found = snippet(body, parseQuery('南京 意向书', 'zh'))!
    expect(found.text).toContain('南京')
    expect(found.html).toContain('<mark>南京</mark>')
    const total = analyzed.reduce((sum, n) => sum + n, 0)
    // one window of about 3 × 160 characters (plus boundary slack), not the 3,000-character body
    expect(analyzed.length).toBeGreaterThan(0)
    expect(total).toBeLessThan(700)
    expect(body.length).toBeGreaterThan(3000)
  })

  it('stops analyzing once every required word is found', () => {
    const passage = 'Die Städtepartnerschaft mit Nanjing wurde im Rathaus gefeiert. '
    const body = passage + 'Weitere Absätze über Nanjing und das Rathaus folgen. '.repeat(200)
    analyzed.length = 0
    const found = snippet(body, parseQuery('Nanjing Rathaus', 'de'), { locale: 'de' })!
    expect(found.highlights.length).toBeGreaterThanOrEqual(2)
    expect(analyzed.length).toBe(1)
    expect(analyzed[0]!).toBeLessThan(600)
  })
})
