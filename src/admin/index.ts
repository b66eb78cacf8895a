/** Twinning's admin components; the plugin names them by `<adminModule>#<export>` for Payload's import map. */
export { ExportSelected } from './ExportSelected.js'
export { LanguagesCell } from './LanguagesCell.js'
export { PublicationStatus } from './PublicationStatus.js'
export { RegenerateSlug } from './RegenerateSlug.js'
export { TranslationPanel } from './TranslationPanel.js'
export { ExpiringPhotos, PhotoRightsCell, PhotoRightsNotice } from '../photos/rights/admin/index.js'
export { PhotoProcessing } from '../photos/pipeline/admin/PhotoProcessing.js'
export { AltTextLength } from '../photos/credits/AltTextLength.js'
