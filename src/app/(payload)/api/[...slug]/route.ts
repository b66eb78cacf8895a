import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withReadCache } from '../../../../cache/withReadCache.js'
import { answerHead } from '../../../../http/answerHead.js'
import { guardRequest } from '../../../../http/guardRequest.js'
import { withPartnerGate } from '../../../../partners/gate/withPartnerGate.js'

// The partner gate comes first: CORS, API keys and their scope, rate limits. Then public reads of
// published content are answered by Twinning's cache before Payload's handling. What Payload would
// answer with a 500 (malformed path, non-numeric id, unreadable body) is refused before Payload
// sees it; a refusal is never cached.
export const GET = withPartnerGate(
  config,
  withReadCache(config, guardRequest(config, REST_GET(config))),
)
export const HEAD = answerHead(GET)
export const POST = withPartnerGate(config, guardRequest(config, REST_POST(config)))
export const DELETE = withPartnerGate(config, guardRequest(config, REST_DELETE(config)))
export const PATCH = withPartnerGate(config, guardRequest(config, REST_PATCH(config)))
export const PUT = withPartnerGate(config, guardRequest(config, REST_PUT(config)))
export const OPTIONS = withPartnerGate(config, REST_OPTIONS(config))
