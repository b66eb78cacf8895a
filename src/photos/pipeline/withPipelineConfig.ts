import type { Config } from 'payload'

import type { ResolvedOptions } from '../../options.js'

/** Config-level parts of the photo pipeline (endpoints, admin components). */
export function withPipelineConfig(config: Config, _options: ResolvedOptions): Config {
  return config
}
