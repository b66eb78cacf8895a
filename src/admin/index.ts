/** Twinning's admin components; the plugin names them by `<adminModule>#<export>` for Payload's import map. */
export { ExportSelected } from './ExportSelected.js'
export { TranslationPanel } from './TranslationPanel.js'
