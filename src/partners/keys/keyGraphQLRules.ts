import { GraphQLError, type ValidationRule } from 'graphql'
import type { Config, PayloadRequest } from 'payload'

import { translate } from '../../i18n/label.js'
import { scopeOfClient } from './clientScope.js'

/** Payload's own collections a key has no business reading (document locks, preferences, jobs). */
const SYSTEM_FIELDS =
  /^(count|docAccess|version|versions)?Payload(LockedDocument|Preference|Job|Kv|Migration)/i

/**
 * GraphQL rules for API keys, whatever reaches Payload's handler: queries only (never a mutation
 * or subscription), and none of Payload's system collections. Added to the host's own rules.
 */
export function withKeyGraphQLRules(
  graphQL: Config['graphQL'],
  apiClients: string,
): NonNullable<Config['graphQL']> {
  const hostRules = graphQL?.validationRules
  return {
    ...graphQL,
    validationRules: (args) => {
      const own = hostRules ? hostRules(args) : []
      const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
      const user = req?.user
      if (!user || user.collection !== apiClients) return own
      const language = req?.i18n?.language ?? 'en'
      const { collections } = scopeOfClient(user as unknown as Record<string, unknown>)
      const keyRule: ValidationRule = (context) => ({
        OperationDefinition(node) {
          if (node.operation !== 'query')
            context.reportError(
              new GraphQLError('An API key only reads; it cannot change anything.', {
                nodes: [node],
              }),
            )
        },
        Field(node) {
          if (SYSTEM_FIELDS.test(node.name.value))
            context.reportError(
              new GraphQLError(`An API key may not read ${node.name.value}.`, { nodes: [node] }),
            )
        },
      })
      return [...own, keyRule]
    },
  }
}
