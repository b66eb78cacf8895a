type Node = { children?: Node[]; text?: unknown; type?: string }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

/** A readable plain-text view of a stored value: strings as they are, Lexical rich text by its text. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  const root = (value as { root?: Node }).root
  if (!root) return JSON.stringify(value)
  const lines: string[] = []
  const walk = (node: Node): string =>
    node.type === 'linebreak'
      ? '\n'
      : typeof node.text === 'string'
        ? node.text
        : (node.children ?? []).map(walk).join('')
  const blocks = (node: Node): void => {
    for (const child of node.children ?? []) {
      if (BLOCKS.has(String(child.type)) && !(child.children ?? []).some((c) => c.type === 'list'))
        lines.push(walk(child))
      else blocks(child)
    }
  }
  blocks(root)
  return lines.join('\n')
}
