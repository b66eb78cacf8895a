// Ids that SQL databases store: positive integers within PostgreSQL's `serial` (int4).
const NUMERIC_ID = /^[1-9]\d{0,9}$/
const MAX_NUMERIC_ID = 2 ** 31 - 1

/**
 * Whether `id` can name a document where ids are numbers (SQLite, PostgreSQL). Payload reads an
 * id with `parseFloat`, so `abc` becomes NaN (a failed query, 500), `12abc` and `012` become 12
 * (the same document under another URL), and PostgreSQL rejects `1.5` and `99999999999`.
 */
export function isNumericId(id: string): boolean {
  return NUMERIC_ID.test(id) && Number(id) <= MAX_NUMERIC_ID
}
