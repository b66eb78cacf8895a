import { describe, expect, it } from '@jest/globals'

import {
  analyzeDocument,
  matchesPlan,
  normalize,
  parseQuery,
} from '../../src/search/analyzer/index.js'
import type { QueryWord } from '../../src/search/types.js'

/**
 * Press-release titles of the partnerships Stuttgart–Nanjing, –Sejong, –Ogaki, –Mumbai, Köln–Chongqing
 * and Braunschweig–Zhuhai. `finds`: words a reader would type to find the title (recall);
 * `lacks`: near misses that must not find it (precision).
 */
interface Title {
  finds: string[]
  lacks?: string[]
  title: string
}

const corpus: Record<string, Title[]> = {
  zh: [
    {
      title: '斯图加特市与南京市签署新的合作意向书',
      finds: ['斯图加特', '斯图加特市', '南京', '意向书'],
      lacks: ['东京', '北京', '市民'],
    },
    {
      title: '南京代表团访问斯图加特市政厅',
      finds: ['南京代表团', '代表团', '市政厅'],
      lacks: ['京都'],
    },
    {
      title: '斯图加特青少年乒乓球队赴南京参加友谊赛',
      finds: ['乒乓球', '友谊赛', '青少年'],
      lacks: ['篮球'],
    },
    {
      title: '世宗特别自治市与斯图加特开展智慧城市合作',
      finds: ['世宗', '智慧城市', '合作'],
      lacks: ['世宗市长'],
    },
    {
      title: '大垣市中学生来访斯图加特，体验德国学校生活',
      finds: ['大垣', '中学生', '学校生活'],
      lacks: ['大学生'],
    },
    {
      title: '孟买市长率团考察斯图加特汽车产业',
      finds: ['孟买', '汽车', '产业', '市长'],
      lacks: ['孟买大学'],
    },
    {
      title: '科隆与重庆庆祝友好城市关系二十周年',
      finds: ['科隆', '重庆', '二十周年', '友好城市'],
      lacks: ['十周年纪念'],
    },
    {
      title: '不伦瑞克与珠海签署职业教育合作协议',
      finds: ['不伦瑞克', '珠海', '职业教育'],
      lacks: ['高等教育'],
    },
    {
      title: '南京博物院在斯图加特举办文物展览',
      finds: ['博物院', '文物', '展览'],
      lacks: ['博物馆'],
    },
    {
      title: '斯图加特交响乐团首次在南京演出',
      finds: ['交响乐团', '演出', '首次'],
      lacks: ['乐队'],
    },
    { title: '重庆火锅节在科隆老城举行', finds: ['火锅', '老城', '重庆'], lacks: ['新城'] },
    { title: '珠海学生参加不伦瑞克夏令营', finds: ['夏令营', '学生', '珠海'], lacks: ['冬令营'] },
    {
      title: '孟买与斯图加特探讨城市交通与电动出行',
      finds: ['交通', '电动', '出行'],
      lacks: ['交流'],
    },
    {
      title: '世宗市民代表团参观斯图加特市立图书馆',
      finds: ['图书馆', '世宗', '市民'],
      lacks: ['书店'],
    },
    {
      title: '南京与斯图加特共同举办环保论坛',
      finds: ['环保', '论坛', '共同举办'],
      lacks: ['环境'],
    },
    {
      title: '大垣市与斯图加特续签姐妹城市协议',
      finds: ['姐妹城市', '协议', '大垣市'],
      lacks: ['兄弟'],
    },
    {
      title: '科隆狂欢节邀请重庆艺术团参加',
      finds: ['狂欢节', '艺术团', '科隆'],
      lacks: ['艺术节'],
    },
    {
      title: '斯图加特圣诞市场首次设立南京美食摊位',
      finds: ['圣诞', '美食', '摊位', '圣诞市场'],
      lacks: ['美术'],
    },
    { title: '珠海航展吸引不伦瑞克航空企业', finds: ['航展', '航空', '企业'], lacks: ['航天'] },
    { title: '孟买电影节展映斯图加特动画短片', finds: ['电影节', '动画', '短片'], lacks: ['长片'] },
    {
      title: '南京青年志愿者在斯图加特服务一年',
      finds: ['志愿者', '青年', '服务'],
      lacks: ['老年'],
    },
    { title: '斯图加特市长会见南京大学校长', finds: ['校长', '南京大学'], lacks: ['孟买'] },
  ],
  ja: [
    {
      title: '大垣市の中学生がシュトゥットガルトを訪問',
      finds: ['大垣', '大垣市', '中学生', 'シュトゥットガルト'],
      lacks: ['京都', '高校生'],
    },
    {
      title: 'シュトゥットガルト市長が大垣市役所を表敬訪問',
      finds: ['市長', '市役所', '表敬訪問'],
      lacks: ['町長'],
    },
    {
      title: '卓球と柔道で深まる大垣とシュトゥットガルトの友情',
      finds: ['卓球', '柔道', '友情'],
      lacks: ['剣道'],
    },
    {
      title: '南京市の代表団が大垣の水まつりを見学',
      finds: ['南京', '水まつり', '代表団', '見学'],
      lacks: ['東京'],
    },
    {
      title: 'ケルンと重慶の友好都市提携二十周年を祝う',
      finds: ['ケルン', '重慶', '友好都市'],
      lacks: ['姉妹都市'],
    },
    {
      title: 'ブラウンシュヴァイクと珠海が職業訓練で協力',
      finds: ['ブラウンシュヴァイク', '珠海', '職業訓練'],
      lacks: ['職業教育'],
    },
    {
      title: 'ムンバイの映画祭でシュトゥットガルトのアニメを上映',
      finds: ['ムンバイ', '映画祭', 'アニメ'],
      lacks: ['音楽祭'],
    },
    {
      title: '世宗市とシュトゥットガルトがスマートシティで連携',
      finds: ['世宗', 'スマートシティ', '連携'],
      lacks: ['スマートフォン'],
    },
    {
      title: '大垣城でドイツのクリスマスマーケットを開催',
      finds: ['大垣城', 'クリスマス', 'マーケット', 'ドイツ'],
      lacks: ['大阪城'],
    },
    {
      title: 'シュトゥットガルトの高校生が大垣で書道を体験',
      finds: ['高校生', '書道', '体験'],
      lacks: ['中学生'],
    },
    {
      title: '大垣市とシュトゥットガルト市が姉妹都市協定を更新',
      finds: ['姉妹都市', '協定', '更新'],
      lacks: ['友好都市'],
    },
    {
      title: '環境フォーラムを南京とシュトゥットガルトで同時開催',
      finds: ['環境', 'フォーラム', '同時開催'],
      lacks: ['シンポジウム'],
    },
    {
      title: '大垣の和菓子職人がシュトゥットガルトで実演',
      finds: ['和菓子', '職人', '実演'],
      lacks: ['洋菓子'],
    },
    {
      title: 'ケルン大聖堂の写真展を重慶で開く',
      finds: ['大聖堂', '写真展', 'ケルン'],
      lacks: ['美術展'],
    },
    {
      title: 'ムンバイ市長がシュトゥットガルトの自動車工場を視察',
      finds: ['自動車', '工場', '視察', 'ムンバイ市長'],
      lacks: ['自転車'],
    },
    {
      title: '青少年サッカー交流試合を大垣で開催',
      finds: ['サッカー', '交流試合', '青少年'],
      lacks: ['野球'],
    },
    {
      title: 'シュトゥットガルト交響楽団が大垣で初めての公演',
      finds: ['交響楽団', '公演', '初めて'],
      lacks: ['吹奏楽'],
    },
    {
      title: '世宗市の図書館司書が研修で来日',
      finds: ['図書館', '研修', '来日'],
      lacks: ['博物館'],
    },
    {
      title: '珠海の学生がブラウンシュヴァイク工科大学に留学',
      finds: ['工科大学', '留学', '珠海'],
      lacks: ['医科大学'],
    },
    {
      title: '大垣の祭りにシュトゥットガルトのビール職人が参加',
      finds: ['ビール', '祭り', '参加'],
      lacks: ['ワイン'],
    },
    {
      title: 'おおがき観光大使がドイツを訪れる',
      finds: ['おおがき', '観光大使', '訪れる'],
      lacks: ['大使館'],
    },
  ],
  ko: [
    {
      title: '슈투트가르트와 세종시, 자매결연 10주년 기념식 개최',
      finds: ['세종', '세종시', '자매결연', '기념식'],
      lacks: ['세종대왕', '부산'],
    },
    {
      title: '세종시 청소년 대표단이 슈투트가르트를 방문했다',
      finds: ['세종시와', '청소년', '대표단', '방문'],
      lacks: ['대학생'],
    },
    {
      title: '오가키시 중학생들이 슈투트가르트에서 탁구 교류',
      finds: ['오가키', '중학생', '탁구'],
      lacks: ['고등학생'],
    },
    {
      title: '난징과 슈투트가르트, 친환경 교통 협력 강화',
      finds: ['난징', '친환경', '교통'],
      lacks: ['베이징'],
    },
    {
      title: '쾰른과 충칭의 우호도시 20주년',
      finds: ['쾰른', '충칭', '우호도시', '도시'],
      lacks: ['자매도시'],
    },
    {
      title: '브라운슈바이크와 주하이가 직업교육 협약을 체결했다',
      finds: ['브라운슈바이크', '주하이', '직업교육', '협약'],
      lacks: ['대학교육'],
    },
    {
      title: '뭄바이 시장, 슈투트가르트 자동차 공장 시찰',
      finds: ['뭄바이', '자동차', '시찰'],
      lacks: ['자전거'],
    },
    {
      title: '세종특별자치시와 슈투트가르트의 스마트시티 공동연구',
      finds: ['스마트시티', '공동연구', '세종특별자치시'],
      lacks: ['세종시'],
    },
    {
      title: '슈투트가르트 크리스마스 마켓에 세종 전통공예 부스 등장',
      finds: ['크리스마스', '전통공예', '마켓'],
      lacks: ['공예품'],
    },
    {
      title: '세종시립도서관에서 독일 그림책 전시회',
      finds: ['그림책', '전시회', '독일', '도서관'],
      lacks: ['박물관'],
    },
    {
      title: '슈투트가르트 교향악단, 세종예술의전당에서 첫 공연',
      finds: ['교향악단', '공연', '슈투트가르트'],
      lacks: ['합창단'],
    },
    {
      title: '세종 시민 합창단이 슈투트가르트 음악축제에 참가',
      finds: ['합창단', '음악축제', '음악', '시민'],
      lacks: ['영화제'],
    },
    {
      title: '오가키와 세종의 대학생 문화교류 캠프',
      finds: ['대학생', '문화교류', '캠프', '세종시'],
      lacks: ['중학생'],
    },
    {
      title: '난징 박물관 유물전, 슈투트가르트에서 개막',
      finds: ['박물관', '유물전', '개막'],
      lacks: ['폐막'],
    },
    {
      title: '쾰른 대성당 사진전이 충칭에서 열린다',
      finds: ['대성당', '사진전', '충칭'],
      lacks: ['미술전'],
    },
    {
      title: '세종시와 슈투트가르트가 수소 에너지 협력을 논의',
      finds: ['수소', '에너지', '논의', '협력'],
      lacks: ['태양광'],
    },
    {
      title: '뭄바이 영화제에서 슈투트가르트 애니메이션 상영',
      finds: ['영화제', '애니메이션', '상영'],
      lacks: ['음악축제'],
    },
    {
      title: '주하이 학생들이 브라운슈바이크 여름캠프에 참가했다',
      finds: ['여름캠프', '학생들', '캠프'],
      lacks: ['겨울캠프'],
    },
    {
      title: '세종 시장이 슈투트가르트 시청을 공식 방문',
      finds: ['시장', '시청', '공식', '세종시'],
      lacks: ['구청'],
    },
    {
      title: '슈투트가르트 청년 자원봉사자들이 세종에서 1년간 활동',
      finds: ['자원봉사자', '청년', '활동'],
      lacks: ['노인'],
    },
    {
      title: '한국 전통 음식 축제가 슈투트가르트 광장에서 열려',
      finds: ['전통', '음식', '광장'],
      lacks: ['세종'],
    },
    {
      title: '세종대왕 동상이 슈투트가르트 한국문화원에 세워졌다',
      finds: ['세종대왕', '동상', '문화원'],
      lacks: ['세종시'],
    },
  ],
  de: [
    {
      title: 'Städtepartnerschaft Köln–Chongqing feiert 20-jähriges Jubiläum',
      finds: ['Partnerschaft', 'Köln', 'Chongqing', 'Jubiläum'],
      lacks: ['Stuttgart', 'Jubel'],
    },
    {
      title: 'Stuttgarter Jugenddelegation besucht Nanjing',
      finds: ['Jugenddelegation', 'Delegation', 'Nanjing'],
      lacks: ['Sejong'],
    },
    {
      title: 'Oberbürgermeister empfängt Gäste aus Sejong im Rathaus',
      finds: ['Oberbürgermeister', 'Bürgermeister', 'Rathaus', 'Gäste'],
      lacks: ['Landrat'],
    },
    {
      title: 'Braunschweig und Zhuhai vereinbaren Zusammenarbeit in der Berufsbildung',
      finds: ['Braunschweig', 'Zhuhai', 'Berufsbildung', 'Bildung', 'Zusammenarbeit'],
      lacks: ['Ausbildung'],
    },
    {
      title: 'Schüleraustausch mit Ogaki: Tischtennis und Judo verbinden',
      finds: ['Schüleraustausch', 'Austausch', 'Tischtennis', 'Judo'],
      lacks: ['Fußball'],
    },
    {
      title: 'Mumbai und Stuttgart diskutieren nachhaltige Mobilität',
      finds: ['Mumbai', 'Mobilität', 'nachhaltig'],
      lacks: ['Verkehr'],
    },
    {
      title: 'Partnerschaften zwischen Städten: Stuttgart zieht Bilanz',
      finds: ['Partnerschaft', 'Partnerschaften', 'Bilanz', 'Städte'],
      lacks: ['Köln'],
    },
    {
      title: 'Weihnachtsmarkt mit Spezialitäten aus Nanjing',
      finds: ['Weihnachtsmarkt', 'Markt', 'Spezialitäten'],
      lacks: ['Flohmarkt'],
    },
  ],
  en: [
    {
      title: 'Stuttgart and Nanjing sign a new letter of intent',
      finds: ['Nanjing', 'letter', 'intent'],
      lacks: ['Sejong'],
    },
    {
      title: 'Youth table tennis team from Ogaki visits Stuttgart',
      finds: ['Ogaki', 'tennis', 'youth'],
      lacks: ['judo'],
    },
    {
      title: 'Sejong and Stuttgart deepen smart city cooperation',
      finds: ['Sejong', 'cooperation', 'smart city'],
      lacks: ['Nanjing'],
    },
    {
      title: 'Cologne and Chongqing celebrate twenty years of partnership',
      finds: ['Cologne', 'partnership', 'twenty'],
      lacks: ['ship'],
    },
    {
      title: "Mumbai's mayor tours Stuttgart car factories",
      finds: ['Mumbai', 'mayor', 'car'],
      lacks: ['tory'],
    },
    {
      title: 'Braunschweig welcomes vocational students from Zhuhai',
      finds: ['vocational', 'Zhuhai', 'students'],
      lacks: ['port'],
    },
    {
      title: 'City council supports the Stuttgart–Mumbai exchange',
      finds: ['supports', 'council', 'exchange'],
      lacks: ['port', 'change'],
    },
  ],
}

function matches(title: string, locale: string, query: string): boolean {
  const streams = analyzeDocument({ title, body: [] }, locale)
  return matchesPlan(streams, parseQuery(query, locale)).matches
}

/** What a word needs in the text: any of its alternatives as plain text (a phrase: joined). */
function wordText(word: QueryWord): string[] {
  return word.alternatives.map((term) =>
    'phrase' in term
      ? term.phrase.map((bigram, i) => (i ? bigram.slice(-1) : bigram)).join('')
      : term.token,
  )
}

describe('search recall and precision on press-release titles', () => {
  for (const [locale, titles] of Object.entries(corpus)) {
    if (locale === 'zh' || locale === 'ja' || locale === 'ko') {
      it(`has at least 20 ${locale} titles`, () => expect(titles.length).toBeGreaterThanOrEqual(20))
    }

    it(`finds every ${locale} title by at least two of its words`, () => {
      for (const { title, finds } of titles) {
        expect(finds.length).toBeGreaterThanOrEqual(2)
        const missed = finds.filter((word) => !matches(title, locale, word))
        expect({ title, missed }).toEqual({ title, missed: [] })
      }
    })

    it(`does not find ${locale} titles by near misses they lack`, () => {
      for (const { title, lacks = [] } of titles) {
        const found = lacks.filter((word) => matches(title, locale, word))
        expect({ title, found }).toEqual({ title, found: [] })
      }
    })

    it(`finds a ${locale} title by another title's word only when the title holds that word`, () => {
      const words = [...new Set(titles.flatMap((t) => t.finds))]
      let negatives = 0
      for (const { title } of titles) {
        const text = normalize(title)
        for (const query of words) {
          const plan = parseQuery(query, locale)
          const holds = plan.words
            .filter((word) => !word.optional)
            .every((word) => wordText(word).some((needed) => text.includes(needed)))
          if (!holds) negatives++
          if (!holds)
            expect({ title, query, found: matches(title, locale, query) }).toEqual({
              title,
              query,
              found: false,
            })
        }
      }
      expect(negatives).toBeGreaterThan(titles.length * 3)
    })
  }
})
