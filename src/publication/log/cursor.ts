/**
 * Cursors are opaque to clients (`tw1.` + base64url of the log id), so the log's storage can
 * change without breaking a partner's saved position.
 */
const PREFIX = 'tw1.'

export const encodeCursor = (id: number): string =>
  PREFIX + Buffer.from(String(id), 'utf8').toString('base64url')

/** The log id a cursor stands for, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): number | undefined {
  if (!cursor.startsWith(PREFIX)) return undefined
  const body = cursor.slice(PREFIX.length)
  if (!/^[A-Za-z0-9_-]{1,24}$/.test(body)) return undefined
  const text = Buffer.from(body, 'base64url').toString('utf8')
  if (!/^(0|[1-9]\d{0,15})$/.test(text)) return undefined
  return Number(text)
}
