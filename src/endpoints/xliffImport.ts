import type { CollectionSlug, Endpoint } from 'payload'

import { writableLocales } from '../access/roles.js'
import { translate } from '../i18n/label.js'
import type { ResolvedOptions } from '../options.js'
import { readInLocale } from '../readInLocale.js'
import { TWINNING } from '../slugs.js'
import { type DocumentPlan, planImport, type UnitOutcome } from '../xliff/importPlan.js'
import { localeOfTag, readXliff, XliffError } from '../xliff/read.js'
import { refuse } from '../http/refuse.js'
import { localeCodes, requireStaff } from './respond.js'
import { readUpload } from './readUpload.js'
import { translatableCollections } from './translatableCollections.js'

interface DocumentReport extends Omit<DocumentPlan, 'data'> {
  error?: string
  status: 'failed' | 'unchanged' | 'updated'
}

/**
 * `POST /api/twinning/xliff/import` with an XLIFF 2.x or 1.2 file as the body (or multipart field
 * `file`). Every unit is checked against the document's current source first: a broken file,
 * unknown units or a missing document change nothing (400/404/413). Then each document gets its
 * translated texts in one draft write, its target locale set to "in review"; a unit whose source
 * changed since the export is reported as a conflict and left out. Answers with a JSON report.
 */
export const xliffImportEndpoint: Endpoint = {
  method: 'post',
  path: `/${TWINNING}/xliff/import`,
  handler: async (req) => {
    requireStaff(req)
    const options = req.payload.config.custom[TWINNING] as ResolvedOptions
    const localization = req.payload.config.localization
    const codes = localeCodes(req)
    const language = req.i18n?.language ?? 'en'

    let plans: DocumentPlan[]
    let source: string
    let target: string
    let version: string
    try {
      const file = readXliff(await readUpload(req, options.xliff.maxFileBytes))
      const sourceCode = localeOfTag(file.source, codes)
      const targetCode = localeOfTag(file.target, codes)
      if (!sourceCode)
        return refuse(req, 400, 'errors.unknownLocale', {
          locale: file.source,
          locales: codes.join(', '),
        })
      if (!targetCode)
        return refuse(req, 400, 'errors.unknownLocale', {
          locale: file.target,
          locales: codes.join(', '),
        })
      if (sourceCode === targetCode)
        return refuse(req, 400, 'errors.targetIsSource', { locale: targetCode })
      const writable = writableLocales(req.user, codes)
      if (!writable.includes(targetCode))
        return refuse(req, 403, 'errors.translatorLocale', {
          field: 'trgLang',
          locale: targetCode,
          locales: writable.join(', ') || '—',
        })
      if (
        new Set(file.units.map((unit) => unit.id.split(':').slice(0, 2).join(':'))).size >
        options.xliff.maxDocuments
      ) {
        return refuse(req, 400, 'errors.tooManyDocuments', {
          max: String(options.xliff.maxDocuments),
        })
      }
      if (!file.units.length) return refuse(req, 400, 'errors.xliffNoUnits')
      ;[source, target, version] = [sourceCode, targetCode, file.version]
      plans = await planImport(
        req.payload,
        translatableCollections(req),
        { ...file, source, target },
        localization ? localization.defaultLocale : '',
      )
    } catch (error) {
      if (!(error instanceof XliffError)) throw error
      const problems = error.problems.length
        ? error.problems
        : [{ detail: error.vars.detail, key: error.key, unit: error.vars.unit }]
      return Response.json(
        {
          errors: problems.map((problem) => ({
            message: translate(language, problem.key, {
              ...error.vars,
              ...problem,
              detail: problem.detail ?? '',
              unit: problem.unit ?? '',
            }),
            unit: problem.unit,
          })),
        },
        { status: error.status },
      )
    }

    const documents: DocumentReport[] = []
    for (const { data, ...plan } of plans) {
      if (!plan.applied.length) {
        documents.push({ ...plan, status: 'unchanged' })
        continue
      }
      try {
        // One write per document: Payload runs it in a transaction, so a document changes whole or not at all.
        await readInLocale(req, (isolated) =>
          req.payload.update({
            collection: plan.collection as CollectionSlug,
            data: { ...data, localeStatus: 'inReview' },
            depth: 0,
            draft: true,
            id: plan.id,
            locale: target as 'de',
            overrideAccess: false,
            req: isolated,
            user: req.user,
          }),
        )
        documents.push({ ...plan, status: 'updated' })
      } catch (error) {
        documents.push({ ...plan, applied: [], error: (error as Error).message, status: 'failed' })
      }
    }

    const withMessages = (outcomes: UnitOutcome[]) =>
      outcomes.map((outcome) => ({
        ...outcome,
        message: translate(language, `xliff.reasons.${outcome.reason}`),
      }))
    const count = (pick: (doc: DocumentReport) => unknown[]) =>
      documents.reduce((sum, doc) => sum + pick(doc).length, 0)
    return Response.json({
      documents: documents.map((doc) => ({
        ...doc,
        conflicts: withMessages(doc.conflicts),
        skipped: withMessages(doc.skipped),
      })),
      source,
      target,
      totals: {
        applied: count((doc) => doc.applied),
        conflicts: count((doc) => doc.conflicts),
        documents: documents.length,
        failed: documents.filter((doc) => doc.status === 'failed').length,
        skipped: count((doc) => doc.skipped),
        updated: documents.filter((doc) => doc.status === 'updated').length,
      },
      version,
    })
  },
}
