import { describe, expect, it } from '@jest/globals'

import {
  addListedTerms,
  expandablePrefixes,
  ftsTerms,
  prefixEnd,
} from '../../src/search/backends/sqlite/prefixTerms.js'

describe('prefix terms of the SQLite index', () => {
  it('splits a column as FTS5 ascii does: ASCII punctuation separates, other scripts are letters', () => {
    expect(ftsTerms('rathaus städte-partner 南京 \uE000 南 ABC_def')).toEqual([
      'rathaus',
      'städte',
      'partner',
      '南京',
      '\uE000',
      '南',
      'abc',
      'def',
    ])
    expect(ftsTerms('  ')).toEqual([])
  })
  it('lists the terms longer than three characters that do not start with a CJK character', () => {
    const listed = new Set<string>()
    addListedTerms(
      ['rathaus', 'zu', 'abc', 'abcd', '세종시와', '세', '南京', '市', 'ワーク'],
      listed,
    )
    addListedTerms(['a-b-cdef', 'ABCDE', 'rathaus'], listed)
    expect([...listed]).toEqual(['rathaus', 'abcd', '세종시와', 'cdef', 'abcde'])
  })
  it('expands only prefixes longer than the prefix index (3 characters), not Chinese or Japanese', () => {
    expect(
      expandablePrefixes([
        { prefix: true, token: 'zu' },
        { prefix: true, token: 'abc' },
        { prefix: true, token: 'abcd' },
        { token: 'rathaus' },
        { prefix: true, token: '세' },
        { prefix: true, token: '세종' },
        { prefix: true, token: '세종시와' },
        { prefix: true, token: '𝐀' },
        { phrase: ['南京', '京代'] },
        { prefix: true, token: '南京' },
        { prefix: true, token: 'ワーク' },
      ]),
    ).toEqual(['abcd', '세종시와'])
  })
  it('bounds every string that starts with a prefix', () => {
    expect(prefixEnd('rathaus')).toBe('rathaut')
    expect(prefixEnd('세종')).toBe('세좆')
    expect(prefixEnd('a\uD7FF')).toBe('a\uE000')
    expect(prefixEnd('a😀')).toBe('a😁')
    expect(prefixEnd('a\u{10FFFF}')).toBeUndefined()
    for (const word of ['rathausplatz', 'rathaus', 'rathaus😀']) {
      expect(word >= 'rathaus' && word < prefixEnd('rathaus')!).toBe(true)
    }
    expect('rathaut' < prefixEnd('rathaus')!).toBe(false)
  })
})
