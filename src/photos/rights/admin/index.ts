/** The rights components, for the admin module (`src/admin/index.ts` re-exports them). */
export { ExpiringPhotos } from './ExpiringPhotos.js'
export { PhotoRightsCell } from './PhotoRightsCell.js'
export { PhotoRightsNotice } from './PhotoRightsNotice.js'
