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
        const children = [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }]
        return heading
          ? { ...base, type: 'heading', tag: 'h2', children }
          : { ...base, type: 'paragraph', children, textFormat: 0, textStyle: '' }
      }),
    },
  }
}

/** The plain text of a Lexical state, paragraphs joined by blank lines. */
export function plainTextFromLexical(state: unknown): string {
  const blocks: string[] = []
  const visit = (node: { children?: unknown[]; text?: string; type?: string }, into: string[]) => {
    if (typeof node.text === 'string') into.push(node.text)
    for (const child of node.children ?? []) visit(child as typeof node, into)
  }
  const root = (state as { root?: { children?: unknown[] } } | null)?.root
  for (const block of root?.children ?? []) {
    const parts: string[] = []
    visit(block as { children?: unknown[] }, parts)
    blocks.push(parts.join(''))
  }
  return blocks.join('\n\n')
}
