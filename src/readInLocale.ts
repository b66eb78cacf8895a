import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call that shares `req` (and so its transaction) but reads another locale.
 * Payload's Local API writes the call's `locale` and `fallbackLocale` into the request it is given;
 * without restoring them, the rest of the operation would continue in the wrong language.
 */
export async function readInLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { fallbackLocale, locale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
