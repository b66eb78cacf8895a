import type { Config } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { processingEndpoint } from './processingEndpoint.js'
import { withUploadLimits } from './uploadLimits.js'

/** Config-level parts of the photo pipeline: the multipart size limit and the processing list. */
export function withPipelineConfig(config: Config, options: ResolvedOptions): Config {
  const limited = withUploadLimits(config, options.photos)
  return { ...limited, endpoints: [...(limited.endpoints ?? []), processingEndpoint] }
}
