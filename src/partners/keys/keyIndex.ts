import { createHmac } from 'node:crypto'

/**
 * The stored form of an API key: an HMAC-SHA256 under the installation's secret, exactly as
 * Payload's `useAPIKey` computes `apiKeyIndex`. The key itself is never stored.
 */
export const keyIndex = (secret: string, key: string): string =>
  createHmac('sha256', secret).update(key).digest('hex')
