import type { Config } from 'payload'

import { Refusal } from '../../http/refuse.js'
import { requestLanguage } from '../../http/requestLanguage.js'
import { translate } from '../../i18n/label.js'
import type { PhotoOptions } from '../options.js'

const PAYLOAD_FILE_SIZE = 20 * 1024 * 1024
const PAYLOAD_REQUEST_SIZE = 50 * 1024 * 1024

/**
 * Payload's multipart parser (busboy) with room for `maxFileBytes`: its own default stops files at
 * 20 MB. A file over the limit is cut off while it streams in and answered with 413 and our
 * message, in the request's language (Payload's own says "File size limit has been reached").
 * A host's larger limits stay.
 */
export function withUploadLimits(config: Config, photos: PhotoOptions): Config {
  const upload = config.upload ?? {}
  const fileSize = Math.max(upload.limits?.fileSize ?? PAYLOAD_FILE_SIZE, photos.maxFileBytes)
  const max = `${(photos.maxFileBytes / 1024 / 1024).toFixed(1)} MB`
  return {
    ...config,
    upload: {
      ...upload,
      abortOnLimit: true,
      limitHandler: ({ request }: { request: Request }) => {
        const language = requestLanguage((name) => request.headers.get(name))
        throw new Refusal(
          translate(language, 'photos.pipeline.errors.tooLargeUpload', { max }),
          413,
          {
            max,
          },
        )
      },
      limits: { ...upload.limits, fileSize },
      requestSizeLimit: Math.max(
        (upload as { requestSizeLimit?: number }).requestSizeLimit ?? PAYLOAD_REQUEST_SIZE,
        fileSize + 1024 * 1024,
      ),
    },
  }
}
