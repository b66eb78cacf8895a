import { BADGE_STATES } from '../publication/localeBadge.js'
import { closedObject, type JsonSchema, nullable } from './jsonSchema.js'

/** `GET /api/<collection>/:id/languages` (src/publication/languagesEndpoint.ts): every locale's badge. */
export const languagesResponse = (id: JsonSchema): JsonSchema =>
  closedObject({
    id,
    locales: {
      type: 'array',
      items: closedObject({
        changed: {
          type: 'boolean',
          description: 'The saved draft holds changes not published in this locale.',
        },
        code: { type: 'string' },
        outdated: {
          type: 'boolean',
          description: 'The translation was made from source texts that changed since.',
        },
        scheduledAt: nullable({ type: 'string', format: 'date-time' }),
        state: { type: 'string', enum: [...BADGE_STATES] },
      }),
    },
    sharedChanged: {
      type: 'boolean',
      description: 'The draft changes fields that are the same in every locale.',
    },
  })
