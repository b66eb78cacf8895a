import type { FlattenedField } from 'payload'

import { textHash, translatableFields, valueInLocale } from '../translation/sourceTexts.js'
import { inlineFromLexical, type InlineContent, type Piece } from './inline.js'

type Data = Record<string, unknown>
type LexicalNode = Data & { type?: string; children?: LexicalNode[] }

/** One translatable piece of a document: a text field, or one block (paragraph, heading, list item) of a rich text. */
export interface Unit {
  /** Stable and NMTOKEN-safe (XLIFF 2.0 ids may not contain "/"): `news:12:title`, `news:12:body.2.1`. */
  id: string
  /** The same as a path: `news/12/title`, `news/12/body.2.1`. */
  name: string
  /** The field's dot path (`pressContact.office`). */
  field: string
  /** Index path of the block inside a rich text (`[2, 1]`); undefined for text fields. */
  block?: number[]
  /** Fingerprint of the source this unit was exported from. */
  hash: string
  source: InlineContent
  /** The current translation, when there is one of the same shape. */
  target?: Piece[]
}

const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])

/** The blocks of a Lexical tree that hold inline content, with their index paths; containers (lists) are walked. */
export function textBlocks(
  root: LexicalNode | undefined,
  path: number[] = [],
): Array<{ node: LexicalNode; path: number[] }> {
  const found: Array<{ node: LexicalNode; path: number[] }> = []
  for (const [index, child] of (root?.children ?? []).entries()) {
    if (!Array.isArray(child.children)) continue
    const inline = child.children.some((node) => INLINE_TYPES.has(String(node.type)))
    if (inline || child.children.length === 0) {
      if (child.children.length) found.push({ node: child, path: [...path, index] })
    } else found.push(...textBlocks(child, [...path, index]))
  }
  return found
}

export const unitId = (
  collection: string,
  docId: number | string,
  field: string,
  block?: number[],
) => `${collection}:${docId}:${field}${block ? `.${block.join('.')}` : ''}`

const rootOf = (value: unknown): LexicalNode | undefined =>
  value && typeof value === 'object'
    ? ((value as { root?: LexicalNode }).root ?? undefined)
    : undefined

/** Rich text trees whose blocks line up (same types at the same paths) can be translated block by block. */
export function sameShape(a: LexicalNode | undefined, b: LexicalNode | undefined): boolean {
  const blocksA = textBlocks(a)
  const blocksB = textBlocks(b)
  return (
    blocksA.length === blocksB.length &&
    blocksA.every(
      (block, i) =>
        block.node.type === blocksB[i]?.node.type &&
        block.path.join('.') === blocksB[i]?.path.join('.'),
    )
  )
}

const sameCodes = (a: InlineContent, b: InlineContent) =>
  a.codes.size === b.codes.size &&
  [...a.codes].every(([id, code]) => JSON.stringify(code) === JSON.stringify(b.codes.get(id)))

/**
 * The units of a document (read with `locale: 'all'`) from `source` into `target`, in field order.
 * Empty source texts have nothing to translate and give no unit.
 */
export function documentUnits(
  collection: string,
  fields: FlattenedField[],
  doc: Data,
  source: string,
  target: string,
): Unit[] {
  const units: Unit[] = []
  const docId = doc.id as number | string
  for (const { path } of translatableFields(fields)) {
    const sourceValue = valueInLocale(doc, path, source)
    const targetValue = valueInLocale(doc, path, target)
    if (typeof sourceValue === 'string') {
      if (!sourceValue.trim()) continue
      units.push({
        field: path,
        hash: textHash(sourceValue),
        id: unitId(collection, docId, path),
        name: `${collection}/${docId}/${path}`,
        source: { codes: new Map(), pieces: [sourceValue] },
        target: typeof targetValue === 'string' && targetValue ? [targetValue] : undefined,
      })
      continue
    }
    const sourceRoot = rootOf(sourceValue)
    if (!sourceRoot) continue
    const targetRoot = rootOf(targetValue)
    const targetBlocks =
      targetRoot && sameShape(sourceRoot, targetRoot) ? textBlocks(targetRoot) : undefined
    for (const [index, { node, path: block }] of textBlocks(sourceRoot).entries()) {
      const content = inlineFromLexical(node.children ?? [])
      const translatedBlock = targetBlocks?.[index]
      const translated = translatedBlock
        ? inlineFromLexical(translatedBlock.node.children ?? [])
        : undefined
      units.push({
        block,
        field: path,
        hash: textHash(node.children),
        id: unitId(collection, docId, path, block),
        name: `${collection}/${docId}/${path}.${block.join('.')}`,
        source: content,
        // Offered only when its codes are the source's, in order, so that their ids mean the same nodes.
        target: translated && sameCodes(content, translated) ? translated.pieces : undefined,
      })
    }
  }
  return units
}
