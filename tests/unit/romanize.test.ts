import { describe, expect, it } from '@jest/globals'

import { romanize as romanizeChinese } from '../../src/urlSlugs/romanize/chinese.js'
import { romanize } from '../../src/urlSlugs/romanize/index.js'
import { hepburn } from '../../src/urlSlugs/romanize/japanese.js'
import { romanize as romanizeKorean } from '../../src/urlSlugs/romanize/korean.js'

/**
 * Expected romanizations written by hand from the romanization standards (Pinyin orthography
 * GB/T 16159, the Revised Romanization of Korean, modified Hepburn), not copied from the output.
 * Words are joined by spaces here; makeSlug joins them by hyphens.
 */

// Chinese: syllables of a word together, words apart; place names apart from 市/大学 after them;
// ü written yu after l and n; digits a word of their own.
const CHINESE: [string, string][] = [
  ['南京代表团访问斯图加特', 'nanjing daibiaotuan fangwen situjiate'],
  ['银行行长会见重庆市代表', 'yinhang hangzhang huijian chongqing shi daibiao'],
  ['科隆与重庆缔结友好城市关系', 'kelong yu chongqing dijie youhao chengshi guanxi'],
  ['不伦瑞克与珠海签署合作协议', 'bulunruike yu zhuhai qianshu hezuo xieyi'],
  ['2026年大垣青少年访问斯图加特', '2026 nian dayuan qingshaonian fangwen situjiate'],
  [
    '斯图加特与南京结为友好城市四十周年',
    'situjiate yu nanjing jiewei youhao chengshi sishi zhounian',
  ],
  [
    '乒乓球、柔道与友谊：大垣青少年访问斯图加特',
    'pingpangqiu roudao yu youyi dayuan qingshaonian fangwen situjiate',
  ],
  ['孟买市长访问斯图加特', 'mengmai shizhang fangwen situjiate'],
  [
    '世宗市代表团参观梅赛德斯-奔驰博物馆',
    'shizong shi daibiaotuan canguan meisaidesi benchi bowuguan',
  ],
  ['斯图加特市长会见南京市副市长', 'situjiate shizhang huijian nanjing shi fushizhang'],
  ['珠海学生在布伦瑞克学习德语', 'zhuhai xuesheng zai bulunruike xuexi deyu'],
  ['绿色城市论坛在南京举行', 'lyuse chengshi luntan zai nanjing juxing'],
  ['斯图加特交响乐团赴南京演出', 'situjiate jiaoxiang yuetuan fu nanjing yanchu'],
  ['中德青年足球交流活动', 'zhong de qingnian zuqiu jiaoliu huodong'],
  ['女子柔道队赴大垣集训', 'nyuzi roudaodui fu dayuan jixun'],
  ['科隆大教堂迎来重庆游客', 'kelong dajiaotang yinglai chongqing youke'],
  ['南京大学与斯图加特大学续签合作协议', 'nanjing daxue yu situjiate daxue xuqian hezuo xieyi'],
  ['旅游推介会在孟买举办', 'lyuyou tuijiehui zai mengmai juban'],
  ['律师代表团访问科隆', 'lyushi daibiaotuan fangwen kelong'],
  ['新闻发布会：两市共同应对气候变化', 'xinwen fabuhui liang shi gongtong yingdui qihou bianhua'],
  ['斯图加特青年音乐会在南京举行', 'situjiate qingnian yinyuehui zai nanjing juxing'],
  [
    '孟买与斯图加特签署汽车产业合作备忘录',
    'mengmai yu situjiate qianshu qiche chanye hezuo beiwanglu',
  ],
  ['Mercedes-Benz 与南京 2026 合作', 'mercedes benz yu nanjing 2026 hezuo'],
]

// Korean: each eojeol one word, sound changes applied (assimilation, liaison, ㄹ+ㄹ → ll), ㄱ/ㅂ
// before ㅎ not aspirated in nouns (국회 gukhoe).
const KOREAN: [string, string][] = [
  ['세종시 대표단, 슈투트가르트 방문', 'sejongsi daepyodan syututeugareuteu bangmun'],
  [
    '세종시와 슈투트가르트, 청소년 교류 확대',
    'sejongsiwa syututeugareuteu cheongsonyeon gyoryu hwakdae',
  ],
  ['2026년 오가키 탁구 대회', '2026 nyeon ogaki takgu daehoe'],
  ['세종시장, 뭄바이 시장과 면담', 'sejongsijang mumbai sijanggwa myeondam'],
  ['쾰른 대성당 앞에서 한국 문화 축제', 'koelleun daeseongdang apeseo hanguk munhwa chukje'],
  ['독립기념관에서 독일 청소년 연수', 'dongnipginyeomgwaneseo dogil cheongsonyeon yeonsu'],
  ['국립중앙박물관, 린덴박물관과 협약', 'gungnipjungangbangmulgwan rindenbangmulgwangwa hyeobyak'],
  ['대학생 유도 교류단 오가키 도착', 'daehaksaeng yudo gyoryudan ogaki dochak'],
  ['세종 국회의사당 건립 추진', 'sejong gukhoeuisadang geollip chujin'],
  ['신라 문화제에 독일 대표단 참가', 'silla munhwajee dogil daepyodan chamga'],
  ['종로에서 열린 한독 우호의 밤', 'jongnoeseo yeollin handok uhoui bam'],
  [
    '대관령 음악제, 슈투트가르트 합창단 초청',
    'daegwallyeong eumakje syututeugareuteu hapchangdan chocheong',
  ],
  ['부산 국제영화제에 쾰른 감독 초청', 'busan gukjeyeonghwajee koelleun gamdok chocheong'],
  ['학교 급식 교류 사업', 'hakgyo geupsik gyoryu saeop'],
  ['울산광역시와 브라운슈바이크 협력', 'ulsangwangyeoksiwa beuraunsyubaikeu hyeomnyeok'],
  ['충칭 관광 설명회 개최', 'chungching gwangwang seolmyeonghoe gaechoe'],
  ['여자 탁구 대표팀 난징 방문', 'yeoja takgu daepyotim nanjing bangmun'],
  ['왕십리 청소년 오케스트라 유럽 공연', 'wangsimni cheongsonyeon okeseuteura yureop gongyeon'],
  ['백마고지 평화 행사', 'baengmagoji pyeonghwa haengsa'],
  ['세종특별자치시 국제 자매도시 포럼', 'sejongteukbyeoljachisi gukje jamaedosi poreom'],
  ['같이 걷는 한독 우정의 길', 'gachi geonneun handok ujeongui gil'],
  ['묵호항에 입항한 독일 범선', 'mukhohange iphanghan dogil beomseon'],
  ['K-POP 2026 세종 축제', 'k pop 2026 sejong chukje'],
]

// Japanese: modified Hepburn without macrons; independent words and particles apart, suffixes
// (市, 団, 県) and inflections joined to their word, digits a word of their own.
const JAPANESE: [string, string][] = [
  // Partner-city names IPADIC lacks or misreads (PLACE_READINGS).
  ['ケルンと重慶が水管理協定に署名', 'kerun to jukei ga mizu kanri kyotei ni shomei'],
  [
    '世宗市とシュトゥットガルトがスマートシティで協力',
    'sejonshi to shututtogaruto ga sumato shiti de kyoryoku',
  ],
  [
    '珠海市の技術者がブラウンシュヴァイクの橋を視察',
    'shukaishi no gijutsusha ga buraunshuvaiku no hashi o shisatsu',
  ],
  ['世宗大王とハングルの展覧会が開幕', 'sejon daio to hanguru no tenrankai ga kaimaku'],
  [
    '大垣市の姉妹都市シュトゥットガルトへ中学生が訪問',
    'ogakishi no shimai toshi shututtogaruto e chugakusei ga homon',
  ],
  ['東京と大阪', 'tokyo to osaka'],
  ['2026年大垣青少年訪問団', '2026 nen ogaki seishonen homondan'],
  ['シュトゥットガルト市長を表敬訪問', 'shututtogaruto shicho o hyokei homon'],
  [
    '第35回日独卓球交流大会を開催しました',
    'dai 35 kai nichi doku takkyu koryu taikai o kaisai shimashita',
  ],
  ['デュッセルドルフでパーティー', 'dyusserudorufu de pati'],
  ['ムンバイ市長が大垣市を訪れる', 'munbai shicho ga ogakishi o otozureru'],
  ['柔道教室で交流を深めた', 'judo kyoshitsu de koryu o fukameta'],
  ['新しいセンターを見学', 'atarashii senta o kengaku'],
  ['姉妹都市提携60周年記念式典', 'shimai toshi teikei 60 shunen kinen shikiten'],
  [
    '大垣の高校生がシュトゥットガルトでホームステイ',
    'ogaki no kokosei ga shututtogaruto de homusutei',
  ],
  ['岐阜県大垣市とシュトゥットガルト市の友好', 'gifuken ogakishi to shututtogarutoshi no yuko'],
  ['セジョン市の代表団が大垣城を見学', 'sejonshi no daihyodan ga ogakijo o kengaku'],
  ['ブラウンシュヴァイク市の代表団', 'buraunshuvaikushi no daihyodan'],
  ['大阪と名古屋の学生が大垣を訪問', 'osaka to nagoya no gakusei ga ogaki o homon'],
  ['南京市との交流40年', 'nankinshi to no koryu 40 nen'],
  ['柔道の練習に参加しました', 'judo no renshu ni sanka shimashita'],
  ['京都の寺を訪ねる', 'kyoto no tera o tazuneru'],
  ['私は大垣へ行きます', 'watashi wa ogaki e ikimasu'],
  ['友情を大切に思う', 'yujo o taisetsu ni omou'],
  ['ドゥイスブルクの港を視察', 'duisuburuku no minato o shisatsu'],
  ['ｼｭﾄｩｯﾄｶﾞﾙﾄ市長を表敬訪問', 'shututtogaruto shicho o hyokei homon'],
  ['ドイツの若者が大垣で卓球', 'doitsu no wakamono ga ogaki de takkyu'],
]

describe('Chinese → Pinyin words', () => {
  it.each(CHINESE)('%s', async (title, expected) => {
    expect(await romanize(title, 'zh')).toBe(expected)
  })

  it('reads polyphones by word: 重庆 chongqing, 银行行长 yinhang hangzhang, 乐团 yuetuan', async () => {
    expect(await romanizeChinese('重庆')).toBe('chongqing')
    expect(await romanizeChinese('银行行长')).toBe('yinhang hangzhang')
    expect(await romanizeChinese('音乐 乐团')).toBe('yinyue yuetuan')
  })

  it('writes ü as yu after l and n, u after j q x y', async () => {
    expect(await romanizeChinese('女 绿 旅 去 学 鱼')).toBe('nyu lyu lyu qu xue yu')
  })

  it('accepts region subtags (zh-Hans, zh_CN)', async () => {
    expect(await romanize('南京', 'zh-Hans')).toBe('nanjing')
    expect(await romanize('南京', 'zh_CN')).toBe('nanjing')
  })
})

describe('Korean → Revised Romanization', () => {
  it('applies sound-change rules', async () => {
    expect(await romanizeKorean('신라')).toBe('silla')
    expect(await romanizeKorean('종로')).toBe('jongno')
    expect(await romanizeKorean('세종시')).toBe('sejongsi')
    expect(await romanizeKorean('독립문')).toBe('dongnimmun')
    expect(await romanizeKorean('같이')).toBe('gachi')
  })

  it('writes plain liaison where es-hangul inserts ㄴ (독일 dogil, 공연 gongyeon)', async () => {
    expect(await romanizeKorean('독일')).toBe('dogil')
    expect(await romanizeKorean('공연')).toBe('gongyeon')
    expect(await romanizeKorean('금융')).toBe('geumyung')
    expect(await romanizeKorean('활용')).toBe('hwaryong')
    expect(await romanizeKorean('해돋이')).toBe('haedoji')
  })

  it('does not aspirate ㄱ/ㄷ/ㅂ + ㅎ in nouns but does in verb suffixes', async () => {
    expect(await romanizeKorean('국회')).toBe('gukhoe')
    expect(await romanizeKorean('집현전')).toBe('jiphyeonjeon')
    expect(await romanizeKorean('잡혀')).toBe('japyeo')
    expect(await romanizeKorean('좋고')).toBe('joko')
  })

  it.each(KOREAN)('%s', async (title, expected) => {
    expect(await romanize(title, 'ko')).toBe(expected)
  })
})

describe('Japanese → modified Hepburn', () => {
  it.each(JAPANESE)('%s', async (title, expected) => {
    expect(await romanize(title, 'ja')).toBe(expected)
  })

  it('reads kanji and writes long vowels once', async () => {
    expect(await romanize('大垣', 'ja')).toBe('ogaki')
    expect(await romanize('大阪', 'ja')).toBe('osaka')
    expect(await romanize('東京', 'ja')).toBe('tokyo')
  })

  it('maps loanword kana wanakana gets wrong', () => {
    expect(hepburn('シュトゥットガルト')).toBe('shututtogaruto')
    expect(hepburn('ドゥ')).toBe('du')
    expect(hepburn('ティー')).toBe('ti')
    expect(hepburn('ファン')).toBe('fan')
    expect(hepburn('ヴァイオリン')).toBe('vaiorin')
    expect(hepburn('おもう', true)).toBe('omou')
    expect(hepburn('オオウチ')).toBe('ouchi')
  })
})

describe('Latin-script locales → German transliteration', () => {
  it.each([
    ['Städtepartnerschaft Köln–Chongqing', 'de', 'staedtepartnerschaft koeln chongqing'],
    [
      'Straße der Freundschaft: Stuttgart grüßt Nanjing',
      'de',
      'strasse der freundschaft stuttgart gruesst nanjing',
    ],
    [
      'Tischtennis & Judo: Jugend aus Ōgaki zu Gast',
      'de',
      'tischtennis und judo jugend aus ogaki zu gast',
    ],
    [
      'Table Tennis & Judo: Ogaki Youth visit Stuttgart',
      'en',
      'table tennis and judo ogaki youth visit stuttgart',
    ],
    [
      'Cologne welcomes Chongqing delegation to Köln',
      'en',
      'cologne welcomes chongqing delegation to koeln',
    ],
  ])('%s (%s)', async (title, locale, expected) => {
    expect(await romanize(title, locale)).toBe(expected)
  })
})
