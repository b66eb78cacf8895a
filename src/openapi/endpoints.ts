import type { Endpoint } from 'payload'

/** `GET /api/openapi.json` and `GET /api/docs` (being built: src/openapi/). */
export const openapiEndpoints: Endpoint[] = []
