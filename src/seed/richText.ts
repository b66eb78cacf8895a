/**
 * Lexical editor state from plain paragraphs (the seed's and the importers' shape): a paragraph
 * that starts with "## " becomes an h2 heading.
 */
export function lexicalFromParagraphs(paragraphs: string[]) {
  const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
  return {
    root: {
      ...base,
      type: 'root',
      children: paragraphs.map((paragraph) => {
        const heading = paragraph.startsWith('## ')
        const text = heading ? paragraph.slice(3) : paragraph
        const children = [
          { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
        ]
        return heading
          ? { ...base, type: 'heading', tag: 'h2', children }
          : { ...base, type: 'paragraph', children, textFormat: 0, textStyle: '' }
      }),
    },
  }
}
