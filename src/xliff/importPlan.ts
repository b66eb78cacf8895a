import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { sourceLocaleOf } from '../translation/recordTranslationSource.js'
import { translatableFields, valueInLocale } from '../translation/sourceTexts.js'
import { canonical, InlineCodeError, lexicalFromInline, plainText } from './inline.js'
import { XliffError, type ParsedFile, type ParsedUnit } from './read.js'
import { documentUnits, sameShape, textBlocks, type Unit } from './units.js'

type Data = Record<string, unknown>
type LexicalNode = Data & { children?: LexicalNode[] }

export type UnitReason = 'notTranslated' | 'richTextIncomplete' | 'sourceChanged' | 'sourceRemoved'
export interface UnitOutcome {
  reason: UnitReason
  unit: string
}

/** What importing a file will do to one document. */
export interface DocumentPlan {
  applied: string[]
  collection: string
  conflicts: UnitOutcome[]
  /** The target locale's new field values; empty when nothing applies. */
  data: Data
  id: number | string
  skipped: UnitOutcome[]
}

export interface UnitProblem {
  detail?: string
  key: 'errors.xliffInlineInvalid' | 'errors.xliffSourceLanguage' | 'errors.xliffUnknownUnit'
  unit: string
}

function setAt(data: Data, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = data
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Data
  node[keys[keys.length - 1]!] = value
}

/** The block at an index path of a Lexical tree. */
const blockAt = (root: LexicalNode, path: number[]): LexicalNode =>
  path.reduce<LexicalNode>((node, index) => (node.children as LexicalNode[])[index]!, root)

/** Splits `news:12:body.2.1` into collection, document id and path. */
function splitUnitId(id: string): { collection: string; docId: string; path: string } | undefined {
  const match = /^([a-z][a-z0-9-]*):([^:]+):(.+)$/.exec(id)
  return match ? { collection: match[1]!, docId: match[2]!, path: match[3]! } : undefined
}

/** Does `path` name a translatable field of the collection (or a block inside one of its rich texts)? */
const knownPath = (fields: FlattenedField[], path: string) =>
  translatableFields(fields).some(
    (field) =>
      path === field.path ||
      new RegExp(`^${field.path.replace(/\./g, '\\.')}(\\.\\d+)+$`).test(path),
  )

interface Target {
  /** Rich-text blocks by index path, or a text field's value. */
  value: LexicalNode[] | string
}

/**
 * Checks a parsed file against the documents' current texts and works out, per document, which
 * units apply, which are conflicts (the source changed since export) and which are skipped. Throws
 * an XliffError — before anything is written — for unknown units, broken inline codes, a wrong
 * source language (400) or a document that no longer exists (404).
 */
export async function planImport(
  payload: Payload,
  collections: Record<string, FlattenedField[]>,
  file: ParsedFile,
  defaultLocale: string,
): Promise<DocumentPlan[]> {
  const problems: UnitProblem[] = []
  const byDocument = new Map<string, { collection: string; docId: string; units: ParsedUnit[] }>()
  for (const unit of file.units) {
    const parts = splitUnitId(unit.id)
    if (!parts || !collections[parts.collection]) {
      problems.push({ key: 'errors.xliffUnknownUnit', unit: unit.id })
      continue
    }
    const key = `${parts.collection}:${parts.docId}`
    if (!byDocument.has(key))
      byDocument.set(key, { collection: parts.collection, docId: parts.docId, units: [] })
    byDocument.get(key)!.units.push(unit)
  }

  const missing: string[] = []
  const plans: DocumentPlan[] = []
  for (const { collection, docId, units } of byDocument.values()) {
    const fields = collections[collection]!
    // An id the database cannot hold (text for a numeric key) names no document either.
    const doc = (await payload
      .findByID({
        collection: collection as CollectionSlug,
        depth: 0,
        disableErrors: true,
        draft: true,
        id: docId,
        locale: 'all',
        overrideAccess: true,
        showHiddenFields: true,
      })
      .catch(() => null)) as Data | null
    if (!doc) {
      missing.push(`${collection}/${docId}`)
      continue
    }
    if (sourceLocaleOf(doc, defaultLocale) !== file.source) {
      problems.push({
        detail: sourceLocaleOf(doc, defaultLocale),
        key: 'errors.xliffSourceLanguage',
        unit: `${collection}:${docId}`,
      })
      continue
    }
    const current = new Map(
      documentUnits(collection, fields, doc, file.source, file.target).map((unit) => [
        unit.id,
        unit,
      ]),
    )
    const plan: DocumentPlan = {
      applied: [],
      collection,
      conflicts: [],
      data: {},
      id: doc.id as number | string,
      skipped: [],
    }
    const targets = new Map<string, { target: Target; unit: Unit }>()

    for (const unit of units) {
      const now = current.get(unit.id)
      const path = splitUnitId(unit.id)!.path
      if (!now) {
        if (knownPath(fields, path)) plan.conflicts.push({ reason: 'sourceRemoved', unit: unit.id })
        else problems.push({ key: 'errors.xliffUnknownUnit', unit: unit.id })
        continue
      }
      const sourceChanged = unit.hash
        ? unit.hash !== now.hash
        : canonical(unit.source) !== canonical(now.source.pieces)
      if (sourceChanged) {
        plan.conflicts.push({ reason: 'sourceChanged', unit: unit.id })
        continue
      }
      if (!unit.target || !plainText(unit.target)) {
        plan.skipped.push({ reason: 'notTranslated', unit: unit.id })
        continue
      }
      if (!now.block) {
        if (unit.target.every((piece) => typeof piece === 'string'))
          targets.set(unit.id, { target: { value: plainText(unit.target) }, unit: now })
        else
          problems.push({ detail: 'unknownCode', key: 'errors.xliffInlineInvalid', unit: unit.id })
        continue
      }
      try {
        targets.set(unit.id, {
          target: { value: lexicalFromInline(unit.target, now.source.codes) },
          unit: now,
        })
      } catch (error) {
        if (!(error instanceof InlineCodeError)) throw error
        problems.push({
          detail: `${error.reason} ${error.codeId}`,
          key: 'errors.xliffInlineInvalid',
          unit: unit.id,
        })
      }
    }

    // Text fields apply as they are; a rich text only as a whole tree in the source's shape.
    const richFields = new Map<string, Array<{ target: Target; unit: Unit }>>()
    for (const entry of targets.values()) {
      if (!entry.unit.block) {
        setAt(plan.data, entry.unit.field, entry.target.value)
        plan.applied.push(entry.unit.id)
      } else richFields.set(entry.unit.field, [...(richFields.get(entry.unit.field) ?? []), entry])
    }
    for (const [field, entries] of richFields) {
      const sourceValue = valueInLocale(doc, field, file.source) as { root: LexicalNode }
      const existing = (
        valueInLocale(doc, field, file.target) as { root?: LexicalNode } | undefined
      )?.root
      const tree = structuredClone(sourceValue)
      const translated = new Map(
        entries.map((entry) => [entry.unit.block!.join('.'), entry.target.value as LexicalNode[]]),
      )
      const existingBlocks =
        existing && sameShape(sourceValue.root, existing) ? textBlocks(existing) : undefined
      const complete = textBlocks(sourceValue.root).every(({ path }, index) => {
        const nodes = translated.get(path.join('.')) ?? existingBlocks?.[index]?.node.children
        if (nodes) blockAt(tree.root, path).children = nodes
        return Boolean(nodes)
      })
      if (complete) {
        setAt(plan.data, field, tree)
        plan.applied.push(...entries.map((entry) => entry.unit.id))
      } else
        plan.skipped.push(
          ...entries.map((entry) => ({
            reason: 'richTextIncomplete' as const,
            unit: entry.unit.id,
          })),
        )
    }
    plans.push(plan)
  }

  const [first] = problems
  if (first)
    throw new XliffError(400, first.key, { detail: first.detail ?? '', unit: first.unit }, problems)
  if (missing.length)
    throw new XliffError(404, 'errors.xliffDocumentsMissing', { documents: missing.join(', ') })
  return plans
}
