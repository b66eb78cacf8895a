import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { badgeLabel, type Translate } from '../../src/admin/badgeLabel.js'
import { translate } from '../../src/i18n/label.js'
import { badgeState } from '../../src/publication/localeBadge.js'
import { unpublishedChanges } from '../../src/publication/unpublishedChanges.js'

const LOCALES = ['de', 'en', 'zh', 'ko', 'ja']

describe('badgeState', () => {
  it('says published only for a locale the public can read', () => {
    expect(badgeState({ published: true, scheduledAt: null, status: 'inReview' })).toBe('published')
    expect(badgeState({ published: false, scheduledAt: null, status: 'published' })).toBe('draft')
  })
  it('puts a pending scheduled publish before the editorial status', () => {
    expect(
      badgeState({ published: false, scheduledAt: '2030-01-01T10:00:00.000Z', status: 'inReview' }),
    ).toBe('scheduled')
  })
  it('keeps in translation, in review and unpublished; anything else is a draft', () => {
    expect(badgeState({ published: false, scheduledAt: null, status: 'inTranslation' })).toBe(
      'inTranslation',
    )
    expect(badgeState({ published: false, scheduledAt: null, status: 'inReview' })).toBe('inReview')
    expect(badgeState({ published: false, scheduledAt: null, status: 'unpublished' })).toBe(
      'unpublished',
    )
    expect(badgeState({ published: false, scheduledAt: null, status: undefined })).toBe('draft')
  })
})

describe('badgeLabel', () => {
  it('names the language and its state in the admin language', () => {
    const t =
      (lng: string): Translate =>
      (key, vars) =>
        translate(lng, key, vars)
    const badge = { code: 'ko', outdated: false, scheduledAt: null, state: 'inReview' as const }
    expect(badgeLabel(badge, t('en'), String)).toBe('Korean: In review')
    expect(
      badgeLabel({ ...badge, code: 'zh', outdated: true, state: 'published' }, t('de'), String),
    ).toBe('Chinesisch (vereinfacht): Veröffentlicht, Übersetzung veraltet')
    expect(
      badgeLabel(
        { ...badge, scheduledAt: '2030-01-01', state: 'scheduled' },
        t('zh'),
        () => '1月1日',
      ),
    ).toBe('韩语：定于 1月1日 发布')
  })
})

describe('unpublishedChanges', () => {
  const fields = [
    { name: 'title', type: 'text', localized: true },
    { name: 'topics', type: 'select', hasMany: true },
    {
      name: 'pressContact',
      type: 'group',
      flattenedFields: [
        { name: 'office', type: 'text', localized: true },
        { name: 'email', type: 'email' },
      ],
    },
    { name: 'localeStatus', type: 'select', localized: true },
    { name: 'translationTracking', type: 'json' },
    { name: 'availableLocales', type: 'select', hasMany: true },
    { name: 'updatedAt', type: 'date' },
    { name: '_status', type: 'select' },
  ] as unknown as FlattenedField[]
  const published = {
    _status: 'published',
    availableLocales: ['de', 'en'],
    localeStatus: { de: 'published', en: 'published' },
    pressContact: {
      email: 'presse@stuttgart.example',
      office: { de: 'Presseamt', en: 'Press office' },
    },
    title: { de: 'Titel', en: 'Title' },
    topics: ['culture'],
    translationTracking: { en: { sourceHashes: { title: 'a' } } },
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('finds nothing in a copy that differs only in bookkeeping, key order and null versus missing', () => {
    const draft = {
      ...published,
      _status: 'draft',
      availableLocales: ['de'],
      title: { en: 'Title', de: 'Titel', zh: null },
      updatedAt: '2026-02-01T00:00:00.000Z',
    }
    expect(unpublishedChanges(draft, published, fields, LOCALES)).toEqual({
      locales: [],
      shared: false,
    })
  })
  it('names the locales whose texts, status or translation record changed', () => {
    const draft = {
      ...published,
      localeStatus: { ...published.localeStatus, ko: 'inReview' },
      pressContact: {
        ...published.pressContact,
        office: { ...published.pressContact.office, zh: '新闻办公室' },
      },
      translationTracking: { en: { sourceHashes: { title: 'b' } } },
    }
    expect(unpublishedChanges(draft, published, fields, LOCALES)).toEqual({
      locales: ['en', 'zh', 'ko'],
      shared: false,
    })
  })
  it('reports a change of a field all locales share', () => {
    expect(
      unpublishedChanges(
        { ...published, topics: ['culture', 'economy'] },
        published,
        fields,
        LOCALES,
      ),
    ).toEqual({ locales: [], shared: true })
    expect(
      unpublishedChanges(
        {
          ...published,
          pressContact: { ...published.pressContact, email: 'neu@stuttgart.example' },
        },
        published,
        fields,
        LOCALES,
      ),
    ).toEqual({ locales: [], shared: true })
  })
})
