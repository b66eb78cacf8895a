import type { Code, Piece } from './inline.js'
import { FORMAT_BITS } from './inline.js'
import type { TermEntry } from './termbase.js'
import type { Unit } from './units.js'
import { el, serialize, type XmlElement } from './xml.js'

export type XliffVersion = '1.2' | '2.0'

export const NS = {
  glossary: 'urn:oasis:names:tc:xliff:glossary:2.0',
  metadata: 'urn:oasis:names:tc:xliff:metadata:2.0',
  twinning: 'urn:twinning:xliff',
  xliff12: 'urn:oasis:names:tc:xliff:document:1.2',
  xliff20: 'urn:oasis:names:tc:xliff:document:2.0',
} as const

export interface ExportDocument {
  collection: string
  id: number | string
  units: Array<Unit & { outdated: boolean; terms: TermEntry[] }>
}

export interface ExportFile {
  documents: ExportDocument[]
  source: string
  target: string
  version: XliffVersion
}

/** XLIFF 2.0 `subType` / 1.2 `ctype` for a text formatting code with exactly one format. */
function formatName(code: Code): { ctype: string; subType?: string } {
  if (code.kind !== 'format') return { ctype: code.kind === 'link' ? 'link' : 'x-node' }
  const { format } = code.props
  if (format === FORMAT_BITS.bold) return { ctype: 'bold', subType: 'xlf:b' }
  if (format === FORMAT_BITS.italic) return { ctype: 'italic', subType: 'xlf:i' }
  if (format === FORMAT_BITS.underline) return { ctype: 'underlined', subType: 'xlf:u' }
  return { ctype: 'x-format' }
}

function inline20(pieces: Piece[], codes: Map<string, Code>): XmlElement['children'] {
  return pieces.map((piece) => {
    if (typeof piece === 'string') return piece
    const code = codes.get(piece.id)
    if (!code || !piece.span) {
      const lineBreak = code?.kind === 'node' && code.node.type === 'linebreak'
      return el('ph', {
        id: piece.id,
        subType: lineBreak ? 'xlf:lb' : undefined,
        type: lineBreak ? 'fmt' : 'other',
      })
    }
    const type = code.kind === 'link' ? 'link' : 'fmt'
    return el(
      'pc',
      { id: piece.id, subType: formatName(code).subType, type },
      inline20(piece.span, codes),
    )
  })
}

function inline12(pieces: Piece[], codes: Map<string, Code>): XmlElement['children'] {
  return pieces.map((piece) => {
    if (typeof piece === 'string') return piece
    const code = codes.get(piece.id)
    if (!code || !piece.span) {
      return el('x', {
        ctype: code?.kind === 'node' && code.node.type === 'linebreak' ? 'lb' : 'x-node',
        id: piece.id,
      })
    }
    return el('g', { ctype: formatName(code).ctype, id: piece.id }, inline12(piece.span, codes))
  })
}

function unit20(unit: ExportDocument['units'][number]): XmlElement {
  const { codes } = unit.source
  const metadata = el('mda:metadata', {}, [
    el('mda:metaGroup', { category: 'twinning' }, [
      el('mda:meta', { type: 'sourceHash' }, [unit.hash]),
      el('mda:meta', { type: 'field' }, [unit.field]),
    ]),
  ])
  const glossary = unit.terms.length
    ? el(
        'gls:glossary',
        {},
        unit.terms.map((term) =>
          el('gls:glossEntry', {}, [
            el('gls:term', { source: term.origin }, [term.source]),
            el('gls:translation', { source: term.origin }, [term.target]),
          ]),
        ),
      )
    : undefined
  const target = unit.target ? el('target', {}, inline20(unit.target, codes)) : undefined
  const state = !unit.target ? 'initial' : unit.outdated ? 'initial' : 'translated'
  const segment = el(
    'segment',
    { state, subState: unit.target && unit.outdated ? 'twinning:outdated' : undefined },
    [el('source', {}, inline20(unit.source.pieces, codes)), ...(target ? [target] : [])],
  )
  return el('unit', { id: unit.id, name: unit.name, 'xml:space': 'preserve' }, [
    metadata,
    ...(glossary ? [glossary] : []),
    segment,
  ])
}

function unit12(unit: ExportDocument['units'][number]): XmlElement {
  const { codes } = unit.source
  const state = unit.outdated ? 'needs-review-translation' : 'translated'
  const note = unit.terms.length
    ? el('note', { annotates: 'source', from: 'twinning-termbase' }, [
        unit.terms.map((term) => `${term.source} = ${term.target}`).join('; '),
      ])
    : undefined
  return el(
    'trans-unit',
    { id: unit.id, resname: unit.name, 'twinning:sourceHash': unit.hash, 'xml:space': 'preserve' },
    [
      el('source', {}, inline12(unit.source.pieces, codes)),
      ...(unit.target ? [el('target', { state }, inline12(unit.target, codes))] : []),
      ...(note ? [note] : []),
    ],
  )
}

/** One XLIFF file (2.0 or 1.2): one `<file>` per document, one unit per field or rich-text block. */
export function writeXliff({ documents, source, target, version }: ExportFile): string {
  if (version === '2.0') {
    return serialize(
      el(
        'xliff',
        {
          xmlns: NS.xliff20,
          'xmlns:gls': NS.glossary,
          'xmlns:mda': NS.metadata,
          srcLang: source,
          trgLang: target,
          version: '2.0',
        },
        documents.map((doc) =>
          el(
            'file',
            { id: `${doc.collection}:${doc.id}`, original: `${doc.collection}/${doc.id}` },
            doc.units.map(unit20),
          ),
        ),
      ),
    )
  }
  return serialize(
    el(
      'xliff',
      { xmlns: NS.xliff12, 'xmlns:twinning': NS.twinning, version: '1.2' },
      documents.map((doc) =>
        el(
          'file',
          {
            datatype: 'plaintext',
            original: `${doc.collection}/${doc.id}`,
            'source-language': source,
            'target-language': target,
          },
          [el('body', {}, doc.units.map(unit12))],
        ),
      ),
    ),
  )
}
