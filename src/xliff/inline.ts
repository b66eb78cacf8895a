/**
 * Rich text inside XLIFF: a block's inline Lexical nodes become text and inline codes, and a
 * translated target becomes Lexical nodes again. The codes only point back to the source's own
 * nodes (formatting, link targets, line breaks), so a translator can move or drop them but never
 * change a link's address or invent markup.
 */

type LexicalNode = Record<string, unknown> & { type?: string; children?: LexicalNode[] }

/** What an inline code stands for in the source block. */
export type Code =
  | { kind: 'format'; props: TextProps }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'node'; node: LexicalNode }

export interface TextProps {
  detail: number
  format: number
  mode: string
  style: string
}

/** Text, a paired code around more pieces, or a standalone code. */
export type Piece = string | { id: string; span: Piece[] } | { id: string; span?: undefined }

export interface InlineContent {
  codes: Map<string, Code>
  pieces: Piece[]
}

const PLAIN: TextProps = { detail: 0, format: 0, mode: 'normal', style: '' }
export const FORMAT_BITS = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

const textProps = (node: LexicalNode): TextProps => ({
  detail: typeof node.detail === 'number' ? node.detail : 0,
  format: typeof node.format === 'number' ? node.format : 0,
  mode: typeof node.mode === 'string' ? node.mode : 'normal',
  style: typeof node.style === 'string' ? node.style : '',
})
const isPlain = (props: TextProps) =>
  props.detail === 0 && props.format === 0 && props.mode === 'normal' && props.style === ''

/** A block's inline nodes as pieces; code ids are numbered from 1 in document order. */
export function inlineFromLexical(children: LexicalNode[]): InlineContent {
  const codes = new Map<string, Code>()
  const walk = (nodes: LexicalNode[]): Piece[] =>
    nodes.map((node): Piece => {
      const id = String(codes.size + 1)
      if (node.type === 'text') {
        const props = textProps(node)
        if (isPlain(props)) return String(node.text ?? '')
        codes.set(id, { kind: 'format', props })
        return { id, span: [String(node.text ?? '')] }
      }
      if ((node.type === 'link' || node.type === 'autolink') && Array.isArray(node.children)) {
        const { children, ...link } = node
        codes.set(id, { kind: 'link', node: link })
        return { id, span: walk(children) }
      }
      codes.set(id, { kind: 'node', node })
      return { id }
    })
  return { codes, pieces: walk(children) }
}

export class InlineCodeError extends Error {
  constructor(
    readonly reason: 'unknownCode' | 'codeMisused' | 'nestedLink' | 'duplicateCode',
    readonly codeId: string,
  ) {
    super(`${reason} ${codeId}`)
  }
}

const mergeProps = (outer: TextProps, inner: TextProps): TextProps => ({
  detail: inner.detail || outer.detail,
  format: outer.format | inner.format,
  mode: inner.mode !== 'normal' ? inner.mode : outer.mode,
  style: inner.style || outer.style,
})

/** Rebuilds Lexical inline nodes from translated pieces, resolving every code against the source's. */
export function lexicalFromInline(pieces: Piece[], codes: Map<string, Code>): LexicalNode[] {
  const seen = new Set<string>()
  const build = (items: Piece[], props: TextProps, inLink: boolean): LexicalNode[] => {
    const nodes: LexicalNode[] = []
    for (const piece of items) {
      if (typeof piece === 'string') {
        if (piece) nodes.push({ ...props, text: piece, type: 'text', version: 1 })
        continue
      }
      const code = codes.get(piece.id)
      if (!code) throw new InlineCodeError('unknownCode', piece.id)
      if (seen.has(piece.id)) throw new InlineCodeError('duplicateCode', piece.id)
      seen.add(piece.id)
      if (code.kind === 'node') {
        if (piece.span?.length) throw new InlineCodeError('codeMisused', piece.id)
        nodes.push(structuredClone(code.node))
      } else if (!piece.span) {
        throw new InlineCodeError('codeMisused', piece.id)
      } else if (code.kind === 'format') {
        nodes.push(...build(piece.span, mergeProps(props, code.props), inLink))
      } else {
        if (inLink) throw new InlineCodeError('nestedLink', piece.id)
        nodes.push({ ...structuredClone(code.node), children: build(piece.span, props, true) })
      }
    }
    return mergeAdjacentText(nodes)
  }
  return build(pieces, PLAIN, false)
}

/** Lexical keeps neighbouring text of the same formatting in one node; so do we. */
function mergeAdjacentText(nodes: LexicalNode[]): LexicalNode[] {
  const merged: LexicalNode[] = []
  for (const node of nodes) {
    const last = merged[merged.length - 1]
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      last.format === node.format &&
      last.style === node.style &&
      last.mode === node.mode &&
      last.detail === node.detail
    ) {
      merged[merged.length - 1] = { ...last, text: String(last.text) + String(node.text) }
    } else merged.push(node)
  }
  return merged
}

/** Plain text of pieces (codes dropped): what the termbase matches against. */
export const plainText = (pieces: Piece[]): string =>
  pieces
    .map((piece) => (typeof piece === 'string' ? piece : piece.span ? plainText(piece.span) : ''))
    .join('')

/** A canonical string of pieces, to compare a file's source with the document's current one. */
export const canonical = (pieces: Piece[]): string =>
  pieces
    .map((piece) =>
      typeof piece === 'string'
        ? piece.replace(/[<>\\]/g, '\\$&')
        : piece.span
          ? `<${piece.id}>${canonical(piece.span)}</${piece.id}>`
          : `<${piece.id}/>`,
    )
    .join('')
