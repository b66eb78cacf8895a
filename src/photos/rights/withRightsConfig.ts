import type { Config } from 'payload'

import type { ResolvedOptions } from '../../options.js'

/** Config-level parts of photo rights: the expiry job, file-URL refusal, admin views. */
export function withRightsConfig(config: Config, _options: ResolvedOptions): Config {
  return config
}
