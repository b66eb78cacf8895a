import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { documentText } from '../../src/search/documentText.js'
import { lexicalFromParagraphs } from '../../src/seed/richText.js'

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'internalNote', type: 'textarea', localized: true, access: { read: () => false } },
  { name: 'secret', type: 'text', localized: true, hidden: true },
  { name: 'phone', type: 'text' },
  {
    name: 'venue',
    type: 'group',
    flattenedFields: [{ name: 'name', type: 'text', localized: true }],
  },
  {
    name: 'quotes',
    type: 'array',
    flattenedFields: [{ name: 'text', type: 'textarea', localized: true }],
  },
] as unknown as FlattenedField[]

describe('documentText: what of a public view the search index reads', () => {
  it('takes localized prose at any depth, rich text as plain text, and nothing else', () => {
    const text = documentText(fields, {
      body: lexicalFromParagraphs(['Erster Absatz über Nanjing.', 'Zweiter Absatz.']),
      internalNote: 'Nur für die Redaktion',
      phone: '+49 711 216-0',
      quotes: [{ text: 'Ein Zitat' }, { text: '' }],
      secret: 'verborgen',
      slug: 'delegation-aus-nanjing',
      title: 'Delegation aus Nanjing',
      venue: { name: 'Rathaus' },
    })
    expect(text).toEqual({
      body: 'Erster Absatz über Nanjing.\nZweiter Absatz.',
      'quotes.0.text': 'Ein Zitat',
      title: 'Delegation aus Nanjing',
      'venue.name': 'Rathaus',
    })
  })
})
