import type { CollectionBeforeOperationHook } from 'payload'

/** The stored fields the credit line is computed from. */
const SOURCES = ['credit', 'copyrightHolder'] as const

/**
 * A read that selects `creditLine` (`?select[creditLine]=true`, a relation's `populate`) also
 * reads what it is computed from; otherwise the line would come out empty.
 */
export const selectCreditSources: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const query = args as { select?: Record<string, unknown> }
  if (query.select?.creditLine === true) {
    query.select = { ...query.select }
    for (const name of SOURCES) query.select[name] = true
  }
  return args
}
