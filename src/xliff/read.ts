import convert from 'xml-js'

import type { TranslationKey } from '../i18n/resources.js'
import type { Piece } from './inline.js'
import type { XliffVersion } from './write.js'

/** A refusal that changes nothing: HTTP status, message key and its values. */
export class XliffError extends Error {
  constructor(
    readonly status: number,
    readonly key: TranslationKey,
    readonly vars: Record<string, string> = {},
    /** Every problem found, when there were several. */
    readonly problems: Array<{ detail?: string; key: TranslationKey; unit: string }> = [],
  ) {
    super(key)
  }
}

export interface ParsedUnit {
  hash?: string
  id: string
  source: Piece[]
  /** Undefined when the file has no translation for the unit (or the tool marks it untranslated). */
  target?: Piece[]
}

export interface ParsedFile {
  source: string
  target: string
  units: ParsedUnit[]
  version: XliffVersion
}

interface Node {
  attributes?: Record<string, string>
  cdata?: string
  elements?: Node[]
  name?: string
  text?: string
  type: string
}

const local = (name = '') => name.slice(name.indexOf(':') + 1)
const children = (node: Node | undefined, name: string) =>
  (node?.elements ?? []).filter((child) => child.type === 'element' && local(child.name) === name)
const child = (node: Node | undefined, name: string) => children(node, name)[0]
const attr = (node: Node | undefined, name: string) =>
  Object.entries(node?.attributes ?? {}).find(([key]) => key === name || local(key) === name)?.[1]

/** Where a code starts or ends in the flat content, before start/end pairs are folded into spans. */
type Token = Piece | { close: string } | { open: string }

const invalid = (unit: string, detail: string) =>
  new XliffError(400, 'errors.xliffInlineInvalid', { detail, unit })

function tokens(nodes: Node[] | undefined, unit: string, version: XliffVersion): Token[] {
  const out: Token[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'text') out.push(node.text ?? '')
    else if (node.type === 'cdata') out.push(node.cdata ?? '')
    else if (node.type !== 'element') continue
    else {
      const name = local(node.name)
      const id = attr(node, 'id') ?? ''
      if (name === 'mrk' || name === 'g' || name === 'pc') {
        if (name === 'mrk') out.push(...tokens(node.elements, unit, version))
        else out.push({ id, span: fold(tokens(node.elements, unit, version), unit) })
      } else if (name === 'ph' || name === 'x' || name === 'it') out.push({ id })
      else if (name === 'sc' || name === 'bx' || name === 'bpt')
        out.push({ open: version === '1.2' ? (attr(node, 'rid') ?? id) : id })
      else if (name === 'ec' || name === 'ex' || name === 'ept')
        out.push({ close: attr(node, 'startRef') ?? attr(node, 'rid') ?? id })
      else if (name === 'cp')
        out.push(String.fromCodePoint(Number.parseInt(attr(node, 'hex') ?? '', 16) || 0xfffd))
      else if (name === 'sm' || name === 'em') continue
      else throw invalid(unit, `<${node.name}>`)
    }
  }
  return out
}

/** Folds start/end codes into spans; they must nest. */
function fold(items: Token[], unit: string): Piece[] {
  const stack: Array<{ id: string; span: Piece[] }> = [{ id: '', span: [] }]
  for (const item of items) {
    if (typeof item === 'object' && 'open' in item) stack.push({ id: item.open, span: [] })
    else if (typeof item === 'object' && 'close' in item) {
      const frame = stack.pop()
      if (!frame || stack.length === 0 || frame.id !== item.close)
        throw invalid(unit, `unbalanced code ${item.close}`)
      stack[stack.length - 1]!.span.push(frame)
    } else stack[stack.length - 1]!.span.push(item)
  }
  if (stack.length !== 1) throw invalid(unit, `unclosed code ${stack[stack.length - 1]!.id}`)
  return stack[0]!.span
}

const content = (node: Node | undefined, unit: string, version: XliffVersion) =>
  fold(tokens(node?.elements, unit, version), unit)

function units20(container: Node): ParsedUnit[] {
  const found: ParsedUnit[] = []
  for (const node of container.elements ?? []) {
    if (node.type !== 'element') continue
    if (local(node.name) === 'group') found.push(...units20(node))
    if (local(node.name) !== 'unit') continue
    const id = attr(node, 'id') ?? ''
    const parts = (node.elements ?? []).filter(
      (part) => part.type === 'element' && ['segment', 'ignorable'].includes(local(part.name)),
    )
    // Segments may split a unit (and a code may open in one and close in another): join, then fold.
    const source: Token[] = []
    let target: Token[] | undefined = []
    for (const part of parts) {
      const partSource = tokens(child(part, 'source')?.elements, id, '2.0')
      source.push(...partSource)
      const partTarget = child(part, 'target')
      const untranslated =
        local(part.name) === 'segment' && (!partTarget || attr(part, 'state') === 'initial')
      if (untranslated) target = undefined
      else target?.push(...(partTarget ? tokens(partTarget.elements, id, '2.0') : partSource))
    }
    const meta = children(child(node, 'metadata'), 'metaGroup').flatMap((group) =>
      children(group, 'meta'),
    )
    const hash = meta.find((m) => attr(m, 'type') === 'sourceHash')?.elements?.[0]?.text
    found.push({ hash, id, source: fold(source, id), target: target && fold(target, id) })
  }
  return found
}

const UNTRANSLATED_12 = new Set(['new', 'needs-translation'])

function units12(container: Node): ParsedUnit[] {
  const found: ParsedUnit[] = []
  for (const node of container.elements ?? []) {
    if (node.type !== 'element') continue
    if (['group', 'body'].includes(local(node.name))) found.push(...units12(node))
    if (local(node.name) !== 'trans-unit') continue
    const id = attr(node, 'id') ?? ''
    const targetNode = child(node, 'target')
    const untranslated = !targetNode || UNTRANSLATED_12.has(attr(targetNode, 'state') ?? '')
    found.push({
      hash: attr(node, 'sourceHash'),
      id,
      source: content(child(node, 'source'), id, '1.2'),
      target: untranslated ? undefined : content(targetNode, id, '1.2'),
    })
  }
  return found
}

/** Refuses DTDs outright: no entity is ever declared, so none can expand (XXE, billion laughs). */
const DTD = /<!DOCTYPE|<!ENTITY/i

/** Parses an uploaded XLIFF 2.x or 1.2 file; every problem is an XliffError with status 400. */
export function readXliff(bytes: Uint8Array): ParsedFile {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new XliffError(400, 'errors.xliffEncoding')
  }
  if (DTD.test(text)) throw new XliffError(400, 'errors.xliffDoctype')

  let document: Node
  try {
    document = convert.xml2js(text, {
      captureSpacesBetweenElements: true,
      ignoreComment: true,
      ignoreDoctype: true,
      ignoreInstruction: true,
    }) as Node
  } catch (error) {
    throw new XliffError(400, 'errors.xliffMalformed', {
      detail: String((error as Error).message)
        .split('\n')
        .join(' '),
    })
  }
  const root = (document.elements ?? []).find((node) => node.type === 'element')
  // xml-js does not raise sax's end-of-input errors: a cut-off file must still end with its root's end tag.
  const end = text.trimEnd()
  if (root && !end.endsWith(`</${root.name}>`) && !(end.endsWith('/>') && !root.elements?.length)) {
    throw new XliffError(400, 'errors.xliffMalformed', { detail: `unclosed <${root.name}>` })
  }
  const version = attr(root, 'version')
  const namespace =
    Object.entries(root?.attributes ?? {}).find(
      ([key]) => key === 'xmlns' || key.startsWith('xmlns:'),
    )?.[1] ?? ''
  if (local(root?.name) !== 'xliff' || !namespace.startsWith('urn:oasis:names:tc:xliff:document:'))
    throw new XliffError(400, 'errors.xliffNotXliff')

  if (version === '2.0' || version === '2.1') {
    const target = attr(root, 'trgLang')
    if (!target) throw new XliffError(400, 'errors.xliffNoTarget')
    return {
      source: attr(root, 'srcLang') ?? '',
      target,
      units: children(root, 'file').flatMap(units20),
      version: '2.0',
    }
  }
  if (version === '1.2') {
    const files = children(root, 'file')
    const targets = new Set(files.map((file) => attr(file, 'target-language') ?? ''))
    const sources = new Set(files.map((file) => attr(file, 'source-language') ?? ''))
    if (targets.size !== 1 || targets.has('')) throw new XliffError(400, 'errors.xliffNoTarget')
    if (sources.size !== 1) throw new XliffError(400, 'errors.xliffMixedLanguages')
    return {
      source: [...sources][0]!,
      target: [...targets][0]!,
      units: files.flatMap(units12),
      version: '1.2',
    }
  }
  throw new XliffError(400, 'errors.xliffVersion', { version: version ?? '—' })
}

/** A language tag from a translation tool (`zh-CN`, `ko-KR`, `DE`) as one of our locale codes. */
export function localeOfTag(tag: string, codes: string[]): string | undefined {
  if (codes.includes(tag)) return tag
  const lower = tag.toLowerCase().replace(/_/g, '-')
  const exact = codes.find((code) => code.toLowerCase() === lower)
  if (exact) return exact
  const [primary, ...rest] = lower.split('-')
  // Traditional Chinese is another written language than our Simplified `zh`.
  if (primary === 'zh' && rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)))
    return undefined
  return codes.find((code) => code.toLowerCase() === primary)
}
