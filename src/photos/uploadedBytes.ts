import { readFile } from 'node:fs/promises'

import type { PayloadRequest } from 'payload'

/** The bytes of the request's upload: in memory, or in Payload's temp file (`useTempFiles`). */
export async function uploadedBytes(req: PayloadRequest): Promise<Buffer | undefined> {
  const file = req.file
  if (!file) return undefined
  if (file.data?.length) return file.data
  return file.tempFilePath ? readFile(file.tempFilePath).catch(() => undefined) : undefined
}
