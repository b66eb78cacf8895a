import type { AfterErrorHook, Config } from 'payload'

import { requestLanguage } from '../../http/requestLanguage.js'
import { translate } from '../../i18n/label.js'
import type { PhotoOptions } from '../options.js'
import { megabytes } from './inspectUpload.js'

const PAYLOAD_FILE_SIZE = 20 * 1024 * 1024
const PAYLOAD_REQUEST_SIZE = 50 * 1024 * 1024

/** Payload's message for a file over the limit, recognised again in `afterError`. */
const OVER_LIMIT = 'twinning: file over the upload limit'

/**
 * Payload's multipart parser (busboy) with room for `maxFileBytes`: its own default stops files at
 * 20 MB. A file over the limit is cut off while it streams in and answered with 413; an `afterError`
 * hook puts our message in the request's language in place of Payload's. (Not a `limitHandler`:
 * `config.upload` reaches the admin's client config, where a function breaks every page.)
 * A host's larger limits stay.
 */
export function withUploadLimits(config: Config, photos: PhotoOptions): Config {
  const upload = config.upload ?? {}
  const fileSize = Math.max(upload.limits?.fileSize ?? PAYLOAD_FILE_SIZE, photos.maxFileBytes)
  const max = megabytes(photos.maxFileBytes)
  const overLimit: AfterErrorHook = ({ error, req }) => {
    if ((error as { status?: number }).status !== 413 || error.message !== OVER_LIMIT) return
    const language = requestLanguage((name) => req.headers.get(name))
    return {
      response: {
        errors: [
          {
            data: { max },
            message: translate(language, 'photos.pipeline.errors.tooLargeUpload', { max }),
          },
        ],
      },
      status: 413,
    }
  }
  return {
    ...config,
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), overLimit] },
    upload: {
      ...upload,
      abortOnLimit: true,
      responseOnLimit: OVER_LIMIT,
      limits: { ...upload.limits, fileSize },
      requestSizeLimit: Math.max(
        (upload as { requestSizeLimit?: number }).requestSizeLimit ?? PAYLOAD_REQUEST_SIZE,
        fileSize + 1024 * 1024,
      ),
    },
  }
}
