/**
 * The language badges' styles. Tinted fills and borders over the theme's text colour read on
 * Payload's light and dark themes alike; drafts and withdrawn locales are outlined only, so the
 * state also shows without colour (and every badge carries its state as its accessible name).
 */
export const BADGE_CSS = `
.twinning-languages { display: flex; flex-wrap: nowrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.twinning-language { --tint: 115, 115, 115; display: inline-flex; align-items: center; justify-content: center; gap: 2px; min-width: 36px; padding: 0 5px; border: 1px solid rgba(var(--tint), 0.7); border-radius: 4px; background: rgba(var(--tint), 0.18); color: var(--theme-elevation-800); font-size: 11px; font-weight: 600; line-height: 18px; white-space: nowrap; }
.twinning-language__mark { font-size: 10px; opacity: 0.85; }
.twinning-language--published { --tint: 22, 163, 74; }
.twinning-language--scheduled { --tint: 124, 58, 237; }
.twinning-language--inReview { --tint: 217, 119, 6; }
.twinning-language--inTranslation { --tint: 37, 99, 235; }
.twinning-language--draft { border-style: dashed; background: transparent; color: var(--theme-elevation-600); }
.twinning-language--unpublished { --tint: 185, 28, 28; border-style: dashed; background: transparent; color: var(--theme-elevation-600); }
.twinning-language--outdated { box-shadow: 0 0 0 2px rgba(234, 88, 12, 0.9); }
.twinning-publication-status { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; }
.twinning-publication-status__note { color: var(--theme-elevation-600); }
`
