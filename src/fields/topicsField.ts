import type { SelectField } from 'payload'

import { label } from '../i18n/label.js'

/** The fixed list of partnership topics, shared by releases and city profiles. */
export const TOPICS = [
  'economy',
  'culture',
  'education',
  'science',
  'smartCity',
  'mobility',
  'climate',
  'youthSport',
] as const

export type Topic = (typeof TOPICS)[number]

export function topicsField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'topics',
    type: 'select',
    hasMany: true,
    index: true,
    label: label('fields.topics'),
    options: TOPICS.map((topic) => ({ label: label(`topics.${topic}`), value: topic })),
    ...overrides,
  } as SelectField
}
