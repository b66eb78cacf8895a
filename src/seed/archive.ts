import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { appendToLog } from '../publication/log/append.js'
import { publicationState } from '../publication/state.js'
import { TOPICS } from '../fields/topicsField.js'
import { translate } from '../i18n/label.js'
import type { ResolvedOptions } from '../options.js'
import { indexDocuments } from '../search/rebuild.js'
import { refreshStatistics } from '../setup/refreshStatistics.js'
import { TWINNING } from '../slugs.js'
import { makeSlug, preloadRomanizers } from '../urlSlugs/makeSlug.js'
import { claimSlug } from '../urlSlugs/registry.js'
import { insertFree, type SlugRow } from '../urlSlugs/registryTable.js'
import { writeStoredSlug } from '../urlSlugs/storedSlug.js'
import { textHash, translatableFields, valueInLocale } from '../translation/sourceTexts.js'
import { cities } from './content/cities.js'
import { lexicalFromParagraphs } from './richText.js'

type Locale = 'de' | 'en' | 'ja' | 'ko' | 'zh'
const LOCALES: Locale[] = ['de', 'en', 'zh', 'ko', 'ja']

/** Sentence templates per locale; {city}, {german}, {topic}, {year} and {n} are filled in. */
const TEMPLATES: Record<
  Locale,
  { body: string[]; kicker: string; lead: string; office: string; title: string }
> = {
  de: {
    title: '{german} und {city}: neue Impulse für {topic} ({n})',
    kicker: 'Städtepartnerschaft',
    lead: 'Fachleute aus {german} und {city} haben sich {year} über gemeinsame Vorhaben im Bereich {topic} ausgetauscht und nächste Schritte verabredet.',
    office: 'Abteilung Außenbeziehungen',
    body: [
      'Bei einem Arbeitstreffen im Rathaus stellten beide Seiten ihre Erfahrungen im Bereich {topic} vor. Die Delegation aus {city} besuchte außerdem Hochschulen, Unternehmen und städtische Einrichtungen.',
      'Seit Jahren arbeiten {german} und {city} eng zusammen. Das Treffen im Jahr {year} knüpft an frühere Besuche an und soll den Austausch zwischen Verwaltung, Wirtschaft und Zivilgesellschaft weiter stärken.',
      'Vereinbart wurden ein gemeinsamer Workshop, ein Austausch von Nachwuchskräften und regelmäßige Videokonferenzen. Die Ergebnisse sollen im Herbst in beiden Städten vorgestellt werden.',
      'Interessierte Bürgerinnen und Bürger können sich bei der Abteilung Außenbeziehungen über Beteiligungsmöglichkeiten informieren. Meldung Nummer {n} des Pressearchivs.',
    ],
  },
  en: {
    title: '{german} and {city}: new momentum for {topic} ({n})',
    kicker: 'Twin cities',
    lead: 'Experts from {german} and {city} met in {year} to discuss joint projects in {topic} and agreed on the next steps.',
    office: 'International Relations Department',
    body: [
      'At a working meeting in City Hall, both sides presented their experience in {topic}. The delegation from {city} also visited universities, companies and municipal services.',
      '{german} and {city} have worked closely together for years. The {year} meeting builds on earlier visits and is meant to strengthen exchange between administration, business and civil society.',
      'They agreed on a joint workshop, an exchange of young professionals and regular video conferences. The results are to be presented in both cities in the autumn.',
      'Residents who would like to take part can contact the International Relations Department. Release number {n} of the press archive.',
    ],
  },
  zh: {
    title: '{german}与{city}：为{topic}注入新动力（{n}）',
    kicker: '友好城市',
    lead: '{german}与{city}的专家于{year}年就{topic}领域的合作项目进行了交流，并商定了下一步工作。',
    office: '对外关系处',
    body: [
      '在市政厅举行的工作会议上，双方介绍了各自在{topic}领域的经验。来自{city}的代表团还参观了高校、企业和市政机构。',
      '多年来，{german}与{city}一直保持密切合作。{year}年的会晤延续了此前的互访，旨在进一步加强行政、经济和社会各界的交流。',
      '双方商定举办联合研讨会、开展青年人才交流并定期召开视频会议。成果将于秋季在两座城市发布。',
      '有意参与的市民可向对外关系处咨询。新闻档案第{n}号。',
    ],
  },
  ko: {
    title: '{german}와 {city}, {topic} 분야에 새 활력 ({n})',
    kicker: '자매도시',
    lead: '{german}와 {city}의 전문가들이 {year}년 {topic} 분야의 공동 사업을 논의하고 다음 단계에 합의했습니다.',
    office: '대외협력과',
    body: [
      '시청에서 열린 실무 회의에서 양측은 {topic} 분야의 경험을 소개했습니다. {city} 대표단은 대학과 기업, 시 기관도 방문했습니다.',
      '{german}와 {city}는 수년간 긴밀히 협력해 왔습니다. {year}년 회의는 이전 방문을 이어 행정, 경제, 시민사회 간 교류를 더욱 강화하기 위한 것입니다.',
      '양측은 공동 워크숍, 청년 인재 교류, 정기 화상회의에 합의했습니다. 결과는 가을에 두 도시에서 발표될 예정입니다.',
      '참여를 원하는 시민은 대외협력과에 문의할 수 있습니다. 보도자료 보관소 {n}번.',
    ],
  },
  ja: {
    title: '{german}と{city}、{topic}に新たな弾み（{n}）',
    kicker: '姉妹都市',
    lead: '{german}と{city}の専門家が{year}年、{topic}分野の共同事業について意見を交わし、次の段階で合意しました。',
    office: '国際交流課',
    body: [
      '市庁舎で開かれた実務会議で、双方は{topic}分野での経験を紹介しました。{city}の代表団は大学や企業、市の施設も訪れました。',
      '{german}と{city}は長年にわたり緊密に協力してきました。{year}年の会合はこれまでの相互訪問を引き継ぎ、行政、経済、市民社会の交流をさらに深めるものです。',
      '合同ワークショップ、若手人材の交流、定期的なビデオ会議の実施で合意しました。成果は秋に両市で発表される予定です。',
      '参加を希望する市民は国際交流課へお問い合わせください。報道資料アーカイブ第{n}号。',
    ],
  },
}

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_all, key: string) => vars[key] ?? '')

/** The key of generated release `n` (its German slug), stable across runs: what makes seeding idempotent. */
export const archiveKey = (n: number) => `archiv-${String(n).padStart(6, '0')}`

const archiveCity = (n: number) => cities[n % cities.length]!
const archiveTopic = (n: number) => TOPICS[n % TOPICS.length]!

/**
 * Slugs of release `n`: the German one is its key; the others are its title's slug, made once per
 * city, topic and locale (the titles differ only in those and the number) and numbered — so
 * 20,000 releases need a few hundred romanizations, not 80,000.
 */
function archiveSlugs({ maxLength, style }: ResolvedOptions['urlSlugs']) {
  const made = new Map<string, Promise<string>>()
  return async (n: number): Promise<Record<Locale, string>> => {
    const suffix = `-${n}`
    const entries = await Promise.all(
      LOCALES.map(async (locale) => {
        if (locale === 'de') return [locale, archiveKey(n)] as const
        const title = fill(TEMPLATES[locale].title, {
          ...templateVars(n, locale, ''),
          n: '',
        })
        const key = `${locale}\u0000${title}`
        if (!made.has(key))
          made.set(
            key,
            makeSlug(title, locale, {
              maxLength: maxLength - 8,
              style: style[locale] ?? 'romanized',
            }),
          )
        const base = await made.get(key)!
        return [locale, base ? `${base}${suffix}` : `release${suffix}`] as const
      }),
    )
    return Object.fromEntries(entries) as Record<Locale, string>
  }
}

/** The values filled into release `n`'s templates in a locale. */
function templateVars(n: number, locale: Locale, year: string) {
  const city = archiveCity(n)
  return {
    city: city.name[locale] ?? city.name.de!,
    german: city.germanPartner[locale] ?? city.germanPartner.de!,
    n: String(n),
    topic: translate(locale, `topics.${archiveTopic(n)}`),
    year,
  }
}

/** Release `n` of the generated archive in every locale, in the shape Payload stores (`{ de, en, … }` per field). */
export function archiveRelease(
  n: number,
  heroPhoto: number | string | undefined,
  cityIds: Map<string, number | string>,
  slugs: Record<Locale, string>,
) {
  const city = archiveCity(n)
  const topic = archiveTopic(n)
  // Spread over the ten years up to the start of 2026, newest first.
  const publishedAt = new Date(Date.UTC(2026, 0, 1) - n * 43_200_000 * 3.3).toISOString()
  const year = publishedAt.slice(0, 4)
  const perLocale = <T>(make: (locale: Locale) => T) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>
  const vars = (locale: Locale) => templateVars(n, locale, year)
  const title = perLocale((locale) => fill(TEMPLATES[locale].title, vars(locale)))
  return {
    body: perLocale((locale) =>
      lexicalFromParagraphs(TEMPLATES[locale].body.map((sentence) => fill(sentence, vars(locale)))),
    ),
    dateline: perLocale((locale) => vars(locale).german),
    heroPhoto,
    kicker: perLocale((locale) => TEMPLATES[locale].kicker),
    lead: perLocale((locale) => fill(TEMPLATES[locale].lead, vars(locale))),
    partnerCities: cityIds.has(city.key) ? [cityIds.get(city.key)!] : [],
    pressContact: {
      email: 'presse@stadt.example',
      name: 'Pressestelle',
      office: perLocale((locale) => TEMPLATES[locale].office),
      phone: '+49 711 216-0',
    },
    publishedAt,
    slug: slugs,
    sourceLanguage: 'de',
    title,
    topics: [topic],
  }
}

/**
 * The batch's slugs into the registry in one statement. One another document already holds (a
 * hand-written release titled like a generated one) is replaced by the next free `-N`.
 */
async function registerSlugs(req: PayloadRequest, rows: SlugRow[], maxLength: number) {
  const ids = await insertFree(req, rows)
  for (const [i, row] of rows.entries()) {
    if (ids[i] !== undefined) continue
    const claimed = await claimSlug(req, { ...row, base: row.slug, maxLength })
    const id = /^\d+$/.test(row.document ?? '') ? Number(row.document) : row.document!
    await writeStoredSlug(req, row.collection, id, row.locale, claimed.slug)
  }
}

export interface ArchiveReport {
  created: number
  existing: number
  milliseconds: number
}

/**
 * Adds `count` generated press releases (numbered from 1), published in all five locales, each
 * with a hero photo and a partner city from the demo content (seed that first). Writes go straight
 * to the database adapter — the document and its published version, one transaction per batch —
 * because Payload's per-locale writes re-read the whole document each time; that is what makes
 * 2,000 × 5 locales take seconds, not half an hour. Already present keys are skipped.
 */
export async function seedArchive(
  payload: Payload,
  count: number,
  {
    batch = 200,
    onBatch,
  }: { batch?: number; onBatch?: (done: number, milliseconds: number) => void } = {},
): Promise<ArchiveReport> {
  const started = performance.now()
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  const slug = options.slugs.news as CollectionSlug
  const logSlug = options.slugs.publicationLog
  const fields = payload.collections[slug].config.flattenedFields
  const texts = translatableFields(fields)
  const slugsOf = archiveSlugs(options.urlSlugs)
  await preloadRomanizers(LOCALES)

  const photos = await payload.find({
    collection: options.slugs.photos,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { id: true } as never,
    sort: 'id',
  })
  const cityDocs = await payload.find({
    collection: options.slugs.partnerCities,
    depth: 0,
    limit: 0,
    locale: 'de',
    overrideAccess: true,
    pagination: false,
    select: { slug: true } as never,
  })
  const photoIds = (photos.docs as Array<{ id: number | string }>).map((photo) => photo.id)
  const cityIds = new Map(
    (cityDocs.docs as Array<{ id: number | string; slug?: string }>).map((doc) => [
      String(doc.slug),
      doc.id,
    ]),
  )
  const existing = await payload.find({
    collection: slug,
    depth: 0,
    limit: 0,
    locale: 'de',
    overrideAccess: true,
    pagination: false,
    select: { slug: true } as never,
    where: { slug: { like: 'archiv-' } },
  })
  const present = new Set(existing.docs.map((doc) => String((doc as { slug?: string }).slug)))

  let created = 0
  const slugRows: SlugRow[] = []
  for (let from = 1; from <= count; from += batch) {
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID: transactionID ?? undefined } as never
    const written: Record<string, unknown>[] = []
    try {
      for (let n = from; n < Math.min(from + batch, count + 1); n++) {
        if (present.has(archiveKey(n))) continue
        const release = archiveRelease(
          n,
          photoIds.length ? photoIds[n % photoIds.length] : undefined,
          cityIds,
          await slugsOf(n),
        )
        const now = new Date().toISOString()
        const sourceHashes = Object.fromEntries(
          texts.map((field) => [field.path, textHash(valueInLocale(release, field.path, 'de'))]),
        )
        const data = {
          ...release,
          ...publicationState(LOCALES, LOCALES),
          createdAt: now,
          translationTracking: Object.fromEntries(
            LOCALES.filter((locale) => locale !== 'de').map((locale) => [
              locale,
              { sourceHashes, translator: null, updatedAt: now },
            ]),
          ),
          updatedAt: now,
        }
        const doc = await payload.db.create({ collection: slug, data, req })
        await payload.db.createVersion({
          autosave: false,
          collectionSlug: slug,
          createdAt: now,
          parent: doc.id,
          req,
          updatedAt: now,
          versionData: { ...data, id: doc.id } as never,
        })
        // The hooks are bypassed: announce the five public locales as the hooks would.
        await appendToLog(
          req,
          logSlug,
          LOCALES.map((locale) => ({
            at: now,
            change: 'published' as const,
            collection: slug,
            documentId: String(doc.id),
            locale,
          })),
        )
        written.push({ ...data, id: doc.id })
        slugRows.push(
          ...LOCALES.map((locale) => ({
            collection: slug,
            current: true,
            document: String(doc.id),
            locale,
            slug: release.slug[locale],
          })),
        )
        created++
      }
      await registerSlugs(req, slugRows.splice(0), options.urlSlugs.maxLength)
      // …and index them for search, in the same transaction.
      await indexDocuments(payload, req, slug, written)
      if (transactionID) await payload.db.commitTransaction(transactionID)
      // The tables grow from nothing: refresh the planner's statistics as they double, or PostgreSQL
      // keeps planning for empty tables (sequential scans) and each batch gets slower than the last.
      const batches = Math.ceil(from / batch)
      if ((batches & (batches - 1)) === 0)
        await refreshStatistics(payload, { afterBulkWrite: true })
      onBatch?.(Math.min(from + batch - 1, count), performance.now() - started)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
  return { created, existing: present.size, milliseconds: Math.round(performance.now() - started) }
}
