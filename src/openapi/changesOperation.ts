import { PUBLICATION_CHANGES, PUBLICATION_REASONS } from '../publication/log/collection.js'
import { TWINNING } from '../slugs.js'
import { schemaNames } from './collectionSchemas.js'
import { type DocumentedEndpoint, jsonResponse, queryParameter } from './documentedEndpoint.js'
import { errorRefs } from './errorResponses.js'
import { closedObject, ref } from './jsonSchema.js'
import { KEY_OR_STAFF_SECURITY } from './securitySchemes.js'

/**
 * `GET /api/twinning/changes`: the publication log after a cursor — what a partner replays to keep
 * an exact copy. Described as the feed answers keys: filtered to the key's scope, tombstones for
 * withdrawals and deletions, the public document with `include=doc`.
 */
export const changesEndpoint: DocumentedEndpoint = {
  method: 'get',
  path: `/${TWINNING}/changes`,
  operation: ({ collections, locales, options }) => {
    const entry = closedObject(
      {
        at: { type: 'string', format: 'date-time', description: 'When the change happened.' },
        change: {
          type: 'string',
          enum: [...PUBLICATION_CHANGES],
          description:
            '`published`: the document became public in `locale`; `updated`: its public text changed; `withdrawn`: it is no longer public in `locale`; `deleted`: it is gone.',
        },
        collection: { type: 'string', enum: collections.map(({ config }) => config.slug) },
        cursor: {
          type: 'string',
          description: "This entry's position: pass it as `since` to continue after it.",
        },
        doc: {
          anyOf: collections.map(({ name }) => ref(schemaNames(name).document.one)),
          description:
            "With `include=doc`, for `published` and `updated`: the document as this reader reads it in `locale` now (at `depth`). Its `updatedAt` and `availableLocales` are as of this locale's last entry: writes to other locales do not add entries here.",
        },
        id: { type: ['integer', 'string'], description: "The document's id." },
        locale: { type: 'string', enum: locales },
        reason: {
          type: 'string',
          enum: [...PUBLICATION_REASONS],
          description:
            "Why, where the change was not an editor's (a photo's rights ended or were restored).",
        },
        tombstone: {
          const: true,
          description:
            'On `withdrawn` and `deleted`, and on entries whose document this reader can no longer read (then `change` is `withdrawn`): remove the document (in `locale`) from your copy.',
        },
      },
      ['cursor', 'collection', 'id', 'locale', 'change', 'at'],
    )
    return {
      get: {
        operationId: 'listChanges',
        tags: ['Sync'],
        summary: 'Changes since a cursor',
        description:
          'The publication log, oldest first: one entry per change of what the public can see of one document in one locale. Start without `since`, store `nextCursor`, and ask again with it; replaying the feed from the start rebuilds an exact copy of what is public. A key sees only its locales, collections and partner city.',
        security: KEY_OR_STAFF_SECURITY,
        parameters: [
          queryParameter(
            'since',
            { type: 'string' },
            "A cursor from an earlier answer (`nextCursor` or an entry's `cursor`); without it, the feed starts at the beginning. A malformed or unknown cursor is answered 400.",
          ),
          queryParameter(
            'limit',
            { type: 'integer', minimum: 1, default: 100 },
            'Entries per answer (the server caps it).',
          ),
          queryParameter(
            'locale',
            { type: 'string', enum: locales },
            'Only changes in this locale.',
          ),
          queryParameter(
            'collections',
            { type: 'string' },
            `Only changes of these collections, comma-separated (${collections.map(({ config }) => config.slug).join(', ')}); one outside a key's scope is answered 403, an unknown one 400.`,
          ),
          queryParameter(
            'include',
            { type: 'string', enum: ['doc'] },
            '`doc`: embed the public document in `published` and `updated` entries.',
          ),
          queryParameter(
            'depth',
            { type: 'integer', minimum: 0, maximum: options.reads.maxDepth },
            'With `include=doc`: how many levels of relations to populate.',
          ),
        ],
        responses: {
          200: jsonResponse(
            closedObject({
              changes: { type: 'array', items: entry },
              hasMore: {
                type: 'boolean',
                description: 'More entries follow: ask again with `nextCursor`.',
              },
              nextCursor: {
                type: 'string',
                description:
                  "Where to continue: the last entry's cursor when `hasMore`; otherwise the end of the log as of this answer (entries that are not this reader's are skipped once, never read again).",
              },
            }),
            'A page of the feed.',
          ),
          ...errorRefs(400, 401, 403, 429),
        },
      },
    }
  },
}
