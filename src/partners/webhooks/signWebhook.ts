import { createHmac } from 'node:crypto'

/**
 * The `Twinning-Signature` header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">` with the client's secret. The timestamp inside the signed text lets a
 * receiver refuse replays of an old delivery (README, "Webhooks").
 */
export function signWebhook(secret: string, body: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000)
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
  return `t=${t},v1=${v1}`
}
