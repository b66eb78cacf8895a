import type { CollectionConfig, Config } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { withAltTextCheck } from './credits/withAltTextCheck.js'
import { withCreditLine } from './credits/withCreditLine.js'
import { withPhotoMetadata } from './metadata/withPhotoMetadata.js'
import { withPhotoPipeline } from './pipeline/withPhotoPipeline.js'
import { withPipelineConfig } from './pipeline/withPipelineConfig.js'
import { withPhotoRights } from './rights/withPhotoRights.js'
import { withRightsConfig } from './rights/withRightsConfig.js'

/**
 * The photo features on the photos collection, in hook order: embedded metadata first (it
 * prefills the credit the pipeline writes into derived images), then the pipeline, the credit
 * line and the rights.
 */
export const withPhotoFeatures = (collection: CollectionConfig, options: ResolvedOptions) =>
  withPhotoRights(
    withCreditLine(withPhotoPipeline(withPhotoMetadata(collection, options), options), options),
    options,
  )

/** The config-level photo features: endpoints, jobs, publish checks on other collections. */
export const withPhotoConfig = (config: Config, options: ResolvedOptions): Config =>
  withRightsConfig(withAltTextCheck(withPipelineConfig(config, options), options), options)
