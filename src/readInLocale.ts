import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * Runs a Local API call that shares `req` (and so its transaction) but reads or writes another
 * locale. Payload's Local API writes the call's `locale` and `fallbackLocale` into the request it
 * is given; the call gets a view of `req` whose locale is its own, so neither the rest of this
 * operation nor operations running beside it on the same request (a bulk edit updates its
 * documents in parallel) switch language under their feet.
 */
export async function readInLocale<T>(
  req: PayloadRequest,
  read: (isolated: PayloadRequest) => Promise<T>,
): Promise<T> {
  return read(isolateObjectProperty(req, ['locale', 'fallbackLocale']))
}
