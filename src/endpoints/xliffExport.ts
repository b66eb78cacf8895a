import { strToU8, zipSync } from 'fflate'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { writableLocales } from '../access/roles.js'
import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'
import { outdatedFields } from '../translation/outdated.js'
import { sourceLocaleOf } from '../translation/recordTranslationSource.js'
import { translatableFields } from '../translation/sourceTexts.js'
import { plainText } from '../xliff/inline.js'
import { loadTermbase } from '../xliff/termbase.js'
import { documentUnits } from '../xliff/units.js'
import { type ExportDocument, writeXliff, type XliffVersion } from '../xliff/write.js'
import { isNumericId } from '../http/numericId.js'
import { refuse } from '../http/refuse.js'
import { localeCodes, requireStaff } from './respond.js'
import { translatableCollections } from './translatableCollections.js'

const list = (req: PayloadRequest, name: string) =>
  (req.searchParams.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)

const VERSIONS: Record<string, XliffVersion> = { '1.2': '1.2', '2': '2.0', '2.0': '2.0' }

/**
 * `GET /api/twinning/xliff/export?collection=news&ids=1,2&targets=zh,ko&version=2.0|1.2[&source=de]`:
 * the documents' localized texts from the source locale (their `sourceLanguage`) for each target,
 * as one XLIFF file, or a zip of one file per target. Newsroom staff; translators for their locales.
 */
export const xliffExportEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/xliff/export`,
  handler: async (req) => {
    requireStaff(req)
    const options = req.payload.config.custom[TWINNING] as ResolvedOptions
    const localization = req.payload.config.localization
    const codes = localeCodes(req)
    const collections = translatableCollections(req)
    const slug = (req.searchParams.get('collection') ?? '') as CollectionSlug
    if (!collections[slug])
      return refuse(req, 400, 'errors.unknownCollection', {
        collection: slug,
        collections: Object.keys(collections).join(', '),
      })

    const ids = [...new Set(list(req, 'ids'))]
    if (!ids.length) return refuse(req, 400, 'errors.missingIds')
    if (ids.length > options.xliff.maxDocuments)
      return refuse(req, 400, 'errors.tooManyDocuments', {
        max: String(options.xliff.maxDocuments),
      })
    const targets = [...new Set(list(req, 'targets'))]
    if (!targets.length)
      return refuse(req, 400, 'errors.missingTargets', { locales: codes.join(', ') })
    const unknown = targets.find((code) => !codes.includes(code))
    if (unknown)
      return refuse(req, 400, 'errors.unknownLocale', {
        locale: unknown,
        locales: codes.join(', '),
      })
    const writable = writableLocales(req.user, codes)
    const forbidden = targets.find((code) => !writable.includes(code))
    if (forbidden)
      return refuse(req, 403, 'errors.translatorLocale', {
        field: 'targets',
        locale: forbidden,
        locales: writable.join(', ') || '—',
      })
    const version = VERSIONS[req.searchParams.get('version') ?? '2.0']
    if (!version)
      return refuse(req, 400, 'errors.xliffVersion', {
        version: req.searchParams.get('version') ?? '',
      })
    const requestedSource = req.searchParams.get('source')
    if (requestedSource && !codes.includes(requestedSource))
      return refuse(req, 400, 'errors.unknownLocale', {
        locale: requestedSource,
        locales: codes.join(', '),
      })

    // A malformed id cannot name a document; asking the database with it would be a query error.
    const numeric =
      (req.payload.collections[slug]?.customIDType ?? req.payload.db.defaultIDType) === 'number'
    const queryable = ids.filter((id) => !numeric || isNumericId(id))
    const { docs } = await req.payload.find({
      collection: slug,
      depth: 0,
      draft: true,
      limit: ids.length,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      showHiddenFields: true,
      where: { id: { in: queryable } },
    })
    const found = new Map(
      docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]),
    )
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length)
      return refuse(req, 404, 'errors.documentNotFound', { id: missing.join(', ') })
    const ordered = ids.map((id) => found.get(id)!)
    const fields = collections[slug]!

    const defaultLocale = localization ? localization.defaultLocale : ''
    const sources = new Set(ordered.map((doc) => sourceLocaleOf(doc, defaultLocale)))
    if (!requestedSource && sources.size > 1)
      return refuse(req, 400, 'errors.mixedSources', { locales: [...sources].join(', ') })
    const source = requestedSource ?? [...sources][0]!
    if (targets.includes(source))
      return refuse(req, 400, 'errors.targetIsSource', { locale: source })

    const texts = translatableFields(fields)
    const files: Array<{ name: string; xml: string }> = []
    for (const target of targets) {
      const termbase = await loadTermbase(req.payload, options, source, target)
      const documents: ExportDocument[] = ordered
        .map((doc) => {
          const outdated = new Set(outdatedFields(doc, texts, source, target))
          return {
            collection: slug,
            id: doc.id as number | string,
            units: documentUnits(slug, fields, doc, source, target).map((unit) => ({
              ...unit,
              outdated: outdated.has(unit.field),
              terms: termbase(plainText(unit.source.pieces)),
            })),
          }
        })
        .filter((doc) => doc.units.length > 0)
      if (!documents.length)
        return refuse(req, 400, 'errors.nothingToTranslate', { locale: source })
      const stem = ordered.length === 1 ? `${slug}-${ordered[0]!.id}` : slug
      files.push({
        name: `${stem}-${source}-${target}.xlf`,
        xml: writeXliff({ documents, source, target, version }),
      })
    }

    if (files.length === 1) {
      return new Response(files[0]!.xml, {
        headers: {
          'Content-Disposition': `attachment; filename="${files[0]!.name}"`,
          'Content-Type': 'application/xliff+xml; charset=utf-8',
        },
      })
    }
    const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.xml)])))
    const stem = ordered.length === 1 ? `${slug}-${ordered[0]!.id}` : slug
    return new Response(zip, {
      headers: {
        'Content-Disposition': `attachment; filename="${stem}-${source}.zip"`,
        'Content-Type': 'application/zip',
      },
    })
  },
}
