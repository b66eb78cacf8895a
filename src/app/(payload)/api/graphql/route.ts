import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withPartnerGate } from '../../../../partners/gate/withPartnerGate.js'

// API keys read through GraphQL as through REST (same read rule); the gate refuses their mutations.
export const POST = withPartnerGate(config, GRAPHQL_POST(config))
export const OPTIONS = withPartnerGate(config, REST_OPTIONS(config))
