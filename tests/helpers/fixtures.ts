import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '../../src/seed/richText.js'

/** A press release in all five locales, as a translator would fill it in. */
export const RELEASE = {
  de: {
    lead: 'Stuttgart und Nanjing vereinbaren eine engere Zusammenarbeit bei Mobilität und Kultur.',
    title: 'Delegation aus Nanjing im Rathaus',
  },
  en: {
    lead: 'Stuttgart and Nanjing agree to work together more closely on mobility and culture.',
    title: 'Nanjing delegation visits City Hall',
  },
  ja: {
    lead: 'シュトゥットガルトと南京は、交通と文化の分野で協力を深めることで合意しました。',
    title: '南京代表団が市庁舎を訪問',
  },
  ko: {
    lead: '슈투트가르트와 난징은 모빌리티와 문화 분야에서 협력을 강화하기로 합의했습니다.',
    title: '난징 대표단, 시청 방문',
  },
  zh: { lead: '斯图加特与南京商定在交通和文化领域加强合作。', title: '南京代表团访问市政厅' },
} as const

export type ReleaseLocale = keyof typeof RELEASE

/** Creates a press release in German, optionally adds other locales, one write per locale. */
export async function createRelease(
  payload: Payload,
  {
    locales = [],
    status = 'published',
  }: { locales?: ReleaseLocale[]; status?: 'draft' | 'published' } = {},
) {
  const draft = status === 'draft'
  const doc = await payload.create({
    collection: 'news',
    data: {
      ...RELEASE.de,
      _status: status,
      body: lexicalFromParagraphs([
        'Erster Absatz.',
        '## Hintergrund',
        'Zweiter Absatz mit „Anführungszeichen“.',
      ]) as never,
      publishedAt: '2026-03-10T09:00:00.000Z',
      topics: ['mobility', 'culture'],
    },
    depth: 0,
    draft: draft as true,
    locale: 'de',
  })
  for (const locale of locales) {
    await payload.update({
      collection: 'news',
      data: { ...RELEASE[locale], _status: status },
      depth: 0,
      draft,
      id: doc.id,
      locale,
    })
  }
  return doc
}

/** Creates a user with roles over the Local API and returns its credentials. */
export async function createUser(
  payload: Payload,
  roles: ('admin' | 'editor' | 'translator')[],
  locales: ('de' | 'en' | 'ja' | 'ko' | 'zh')[] = [],
) {
  const email = `${roles.join('-') || 'nobody'}-${Math.random().toString(36).slice(2, 8)}@twinning.test`
  const password = 'correct horse battery staple'
  await payload.create({ collection: 'users', data: { email, locales, password, roles } })
  return { email, password }
}

const ALL_LOCALES: ReleaseLocale[] = ['de', 'en', 'zh', 'ko', 'ja']

/** Creates a document in German and publishes it in each of `locales`, one write per locale. */
export async function publishDocument(
  payload: Payload,
  collection: 'events' | 'news' | 'partner-cities',
  common: Record<string, unknown>,
  localized: (locale: ReleaseLocale) => Record<string, unknown>,
  locales: ReleaseLocale[] = ALL_LOCALES,
): Promise<number | string> {
  const doc = await payload.create({
    collection,
    data: { ...common, ...localized('de'), _status: 'published' } as never,
    depth: 0,
    locale: 'de',
  })
  for (const locale of locales.filter((code) => code !== 'de'))
    await payload.update({
      collection,
      data: { ...localized(locale), _status: 'published' } as never,
      depth: 0,
      id: doc.id,
      locale,
    })
  return doc.id
}
