/** The rights components' few styles, on Payload's theme variables (light and dark mode). */
export const RIGHTS_CSS = `
.twinning-rights-flag { border-radius: 12px; padding: 2px 10px; font-size: 12px; white-space: nowrap; }
.twinning-rights-flag--expired { background: var(--theme-error-100); color: var(--theme-error-750); }
.twinning-rights-flag--expiring { background: var(--theme-warning-100); }
.twinning-rights-notice { border-radius: 4px; padding: 10px 12px; margin-bottom: 16px; font-size: 13px; }
.twinning-rights-notice--expired { background: var(--theme-error-100); border: 1px solid var(--theme-error-400); }
.twinning-rights-notice--expiring { background: var(--theme-warning-100); border: 1px solid var(--theme-warning-400); }
.twinning-expiring { margin: 24px 0; }
.twinning-expiring table { width: 100%; border-collapse: collapse; font-size: 13px; }
.twinning-expiring th, .twinning-expiring td { border-top: 1px solid var(--theme-elevation-100); padding: 6px 8px; text-align: left; vertical-align: top; }
.twinning-expiring ul { margin: 0; padding-left: 16px; }
`
