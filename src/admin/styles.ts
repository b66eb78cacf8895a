/** The panel's few styles, on Payload's theme variables so they follow light and dark mode. */
export const PANEL_CSS = `
.twinning-translations { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: 12px 16px; margin-bottom: 24px; }
.twinning-translations h3 { margin: 0 0 8px; }
.twinning-translations__badges { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 0 0 12px; padding: 0; }
.twinning-badge { border-radius: 12px; padding: 2px 10px; font-size: 12px; background: var(--theme-elevation-100); }
.twinning-badge--published { background: var(--theme-success-100); }
.twinning-badge--inReview, .twinning-badge--inTranslation { background: var(--theme-warning-100); }
.twinning-badge--outdated { outline: 2px solid var(--theme-error-400); }
.twinning-translations__controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 8px; }
.twinning-translations__controls .btn { margin: 0; }
.twinning-translations__compare { width: 100%; border-collapse: collapse; font-size: 13px; }
.twinning-translations__compare th, .twinning-translations__compare td { border-top: 1px solid var(--theme-elevation-100); padding: 6px 8px; text-align: left; vertical-align: top; white-space: pre-wrap; }
.twinning-translations__compare td { width: 42%; }
.twinning-translations__row--outdated { background: var(--theme-error-50); }
.twinning-translations__row--outdated th { color: var(--theme-error-600); }
.twinning-export-selected { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin-bottom: 12px; }
`
