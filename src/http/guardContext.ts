import type { Collection, Payload, PayloadRequest } from 'payload'

import type { EndpointMatch } from './matchEndpoint.js'

/** What a request guard knows of a REST request to a collection, before Payload handles it. */
export interface GuardContext {
  collection: Collection
  /** The collection endpoint Payload will run, if it can be told. */
  match: EndpointMatch | undefined
  payload: Payload
  /** For `refuse()`: the language Payload would answer this request in. */
  req: Pick<PayloadRequest, 'i18n'>
  request: Request
}
