import type { BadgeState } from '../publication/localeBadge.js'
import { BADGE_CSS } from './badgeStyles.js'

export interface ShownBadge {
  code: string
  /** The badge's accessible name and tooltip, in the admin language (see badgeLabel.ts). */
  label: string
  outdated: boolean
  state: BadgeState
}

// A mark per state, so that colour is never the only sign.
const MARKS: Record<BadgeState, string> = {
  draft: '○',
  inReview: '◐',
  inTranslation: '…',
  published: '✓',
  scheduled: '»',
  unpublished: '×',
}

/**
 * One small badge per locale, in locale order. No hooks: the list's server cell and the edit
 * view's client status render it alike. React hoists and de-duplicates the style element.
 */
export function LocaleBadges({ badges, label }: { badges: ShownBadge[]; label: string }) {
  return (
    <>
      <style href="twinning-language-badges" precedence="medium">
        {BADGE_CSS}
      </style>
      <ul aria-label={label} className="twinning-languages" data-testid="language-badges">
        {badges.map((badge) => (
          <li
            aria-label={badge.label}
            className={`twinning-language twinning-language--${badge.state}${badge.outdated ? ' twinning-language--outdated' : ''}`}
            data-locale={badge.code}
            data-outdated={badge.outdated}
            data-state={badge.state}
            key={badge.code}
            title={badge.label}
          >
            <span aria-hidden="true">{badge.code.toUpperCase()}</span>
            <span aria-hidden="true" className="twinning-language__mark">
              {MARKS[badge.state]}
              {badge.outdated ? '!' : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
