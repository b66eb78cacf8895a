import type { CollectionConfig } from 'payload'

import { boundPublicReads } from '../hooks/boundPublicReads.js'
import { enforceTranslatorScope } from '../hooks/enforceTranslatorScope.js'
import { refuseValuesByLocale } from '../hooks/refuseValuesByLocale.js'
import { validateLocaleQuery } from '../hooks/validateLocaleQuery.js'
import { label } from '../i18n/label.js'
import type { ResolvedOptions } from '../options.js'
import { recordTranslationSource } from '../translation/recordTranslationSource.js'
import { publicListSortField } from '../fields/publicListSortField.js'
import { localePublishingFields } from './fields.js'
import { languagesEndpoint } from './languagesEndpoint.js'
import { languagesField } from './languagesField.js'
import { lockDocumentForWrite } from './lockDocumentForWrite.js'
import { publicReadRule } from './publicReadRule.js'
import { publishedInPath } from './publishedIn.js'
import { keepPublicLocales, servePublicDocument, shapePublicRead } from './readHooks.js'
import { publicationOf } from './publicRead.js'
import { restoreAsDraft, restoreAsDraftEndpoint } from './restoreAsDraft.js'
import { scopePublishingToLocale } from './scopePublishingToLocale.js'
import { settlePublishedSnapshot } from './settlePublishedSnapshot.js'
import { trackAvailableLocales } from './trackAvailableLocales.js'
import { recordReferrerChanges, rememberReferrers } from './log/recordReferrers.js'
import {
  recordDeletion,
  recordPublication,
  rememberBeforeDelete,
  rememberPublicView,
} from './log/recordPublication.js'

/**
 * Per-locale publishing for a collection that opts in (`custom.twinning.publication`): the status
 * fields, the public read rule and projection, and the hooks that keep them honest.
 */
export function withLocalePublishing(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const settings = publicationOf(collection)
  if (!settings) return collection
  if (
    !collection.versions ||
    typeof collection.versions !== 'object' ||
    !collection.versions.drafts
  ) {
    throw new Error(
      `twinning: "${collection.slug}" opts into per-locale publishing but has no versions.drafts.`,
    )
  }
  const hooks = collection.hooks ?? {}
  // The language column takes the place of Payload's status column, which speaks for the whole document.
  const defaultColumns = collection.admin?.defaultColumns && [
    ...collection.admin.defaultColumns.filter((column) => column !== '_status'),
    'languages',
  ]
  return {
    ...collection,
    access: { read: publicReadRule(collection), ...collection.access },
    admin: {
      ...collection.admin,
      ...(defaultColumns ? { defaultColumns } : {}),
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          Status: `${options.adminModule}#PublicationStatus`,
        },
        beforeListTable: [
          ...(collection.admin?.components?.beforeListTable ?? []),
          {
            clientProps: { collectionSlug: collection.slug },
            path: `${options.adminModule}#ExportSelected`,
          },
        ],
      },
    },
    // Embedded summaries carry what the public projection decides on.
    ...(collection.defaultPopulate
      ? { defaultPopulate: { ...collection.defaultPopulate, _status: true, publishedIn: true } }
      : {}),
    // A public list pages through (published in <locale>, published, default sort), and counts it
    // from the same index: one per locale.
    indexes: [
      ...(collection.indexes ?? []),
      ...options.locales.map((code) => ({
        fields: [publishedInPath(code), '_status', publicListSortField(collection)],
      })),
    ],
    fields: [
      {
        name: 'translationPanel',
        type: 'ui',
        label: label('translationPanel.title'),
        admin: { components: { Field: `${options.adminModule}#TranslationPanel` } },
      },
      languagesField(options.adminModule),
      ...collection.fields,
      ...localePublishingFields(options.locales),
    ],
    // Before Payload's own endpoints: a REST restore of a version is always a draft (restoreAsDraft.ts).
    endpoints:
      collection.endpoints === false
        ? false
        : [...(collection.endpoints ?? []), languagesEndpoint, restoreAsDraftEndpoint],
    hooks: {
      ...hooks,
      // Order matters. Unknown locales are refused before anything reads `req.locale`; public
      // reads are bounded, then shaped (published only, a selection that keeps the deciding
      // fields, filters that see only public text); the translator check must see the client's
      // `_status` before `scopePublishingToLocale` rewrites it into a one-locale publish.
      // The document lock comes first: it is taken in the write's transaction, so everything after
      // it — our hooks, the host's, Payload's read of the document — sees the previous write of
      // this document committed (lockDocumentForWrite.ts). A version is restored only as a draft.
      beforeOperation: [
        lockDocumentForWrite,
        validateLocaleQuery,
        refuseValuesByLocale,
        boundPublicReads,
        shapePublicRead,
        enforceTranslatorScope,
        scopePublishingToLocale,
        restoreAsDraft,
        ...(hooks.beforeOperation ?? []),
      ],
      // The stored document is reduced to its public locales before Payload picks and fills a locale.
      beforeRead: [keepPublicLocales, ...(hooks.beforeRead ?? [])],
      afterRead: [...(hooks.afterRead ?? []), servePublicDocument],
      // The publication state first, so that translation tracking sees what this write publishes;
      // the public view before the write is read last, once the write's data is settled.
      beforeChange: [
        trackAvailableLocales,
        recordTranslationSource,
        ...(hooks.beforeChange ?? []),
        rememberPublicView,
      ],
      // A per-locale publish that leaves nothing unpublished drops Payload's draft snapshot first
      // (settlePublishedSnapshot.ts); the publication log is appended in the write's transaction,
      // after every other hook.
      afterChange: [settlePublishedSnapshot, ...(hooks.afterChange ?? []), recordPublication],
      // A delete also changes the documents whose references it drops (a partner city's tags).
      beforeDelete: [...(hooks.beforeDelete ?? []), rememberBeforeDelete, rememberReferrers],
      afterDelete: [...(hooks.afterDelete ?? []), recordDeletion, recordReferrerChanges],
    },
  }
}
