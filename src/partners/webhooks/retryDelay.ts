import type { WebhookOptions } from '../options.js'

/**
 * How long to wait after the `attempts`-th failed try: `baseDelayMs · 2^(attempts-1)`, at most
 * `maxDelayMs`, with "equal jitter" — half of it fixed, half random — so receivers that fail
 * together do not get their retries together, and a retry never comes sooner than half the step.
 */
export function retryDelay(
  attempts: number,
  { baseDelayMs, maxDelayMs }: Pick<WebhookOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1))
  return Math.round(step / 2 + random() * (step / 2))
}
