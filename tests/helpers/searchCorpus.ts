/**
 * Press-release titles about the partnerships in all five languages, written for the search tests,
 * with two words per language that a reader would type to find each (recall) — every hit for a
 * word must contain it (precision).
 */
export type CorpusLocale = 'de' | 'en' | 'ja' | 'ko' | 'zh'
export interface CorpusRelease {
  probes: Record<CorpusLocale, [string, string]>
  title: Record<CorpusLocale, string>
}

const r = (
  de: [string, string, string],
  en: [string, string, string],
  zh: [string, string, string],
  ko: [string, string, string],
  ja: [string, string, string],
): CorpusRelease => ({
  probes: {
    de: [de[1], de[2]],
    en: [en[1], en[2]],
    ja: [ja[1], ja[2]],
    ko: [ko[1], ko[2]],
    zh: [zh[1], zh[2]],
  },
  title: { de: de[0], en: en[0], ja: ja[0], ko: ko[0], zh: zh[0] },
})

export const CORPUS: CorpusRelease[] = [
  r(
    ['Stuttgart und Nanjing feiern vierzig Jahre Städtepartnerschaft', 'Nanjing', 'Partnerschaft'],
    ['Stuttgart and Nanjing celebrate forty years of partnership', 'Nanjing', 'forty'],
    ['斯图加特与南京庆祝友好城市关系四十周年', '南京', '四十周年'],
    ['슈투트가르트와 난징, 자매결연 40주년 기념', '난징', '자매결연'],
    ['シュトゥットガルトと南京、姉妹都市提携40周年を祝う', '南京', '姉妹都市'],
  ),
  r(
    ['Delegation aus Nanjing besucht das Stuttgarter Rathaus', 'Delegation', 'Rathaus'],
    ['Nanjing delegation visits Stuttgart city hall', 'delegation', 'hall'],
    ['南京代表团访问斯图加特市政厅', '代表团', '市政厅'],
    ['난징 대표단, 슈투트가르트 시청 방문', '대표단', '시청'],
    ['南京の代表団がシュトゥットガルト市庁舎を訪問', '代表団', '市庁舎'],
  ),
  r(
    ['Tischtennis und Judo: Jugendliche aus Ogaki zu Gast in Stuttgart', 'Tischtennis', 'Ogaki'],
    ['Table tennis and judo: young people from Ogaki visit Stuttgart', 'judo', 'Ogaki'],
    ['乒乓球与柔道：大垣青少年访问斯图加特', '乒乓球', '大垣'],
    ['탁구와 유도: 오가키 청소년들 슈투트가르트 방문', '탁구', '오가키'],
    ['卓球と柔道　大垣の青少年がシュトゥットガルトを訪問', '卓球', '大垣'],
  ),
  r(
    ['Sejong und Stuttgart arbeiten bei der Smart City zusammen', 'Sejong', 'Smart'],
    ['Sejong and Stuttgart join forces on smart city planning', 'Sejong', 'planning'],
    ['世宗与斯图加特在智慧城市领域开展合作', '世宗', '智慧城市'],
    ['세종시와 슈투트가르트, 스마트시티 협력', '세종', '스마트시티'],
    ['世宗市とシュトゥットガルトがスマートシティで協力', '世宗', 'スマートシティ'],
  ),
  r(
    ['Indisches Filmfestival zeigt Werke aus Mumbai', 'Filmfestival', 'Mumbai'],
    ['Indian film festival shows work from Mumbai', 'festival', 'Mumbai'],
    ['印度电影节展映孟买作品', '电影节', '孟买'],
    ['인도 영화제에서 뭄바이 작품 상영', '영화제', '뭄바이'],
    ['インド映画祭でムンバイの作品を上映', '映画祭', 'ムンバイ'],
  ),
  r(
    [
      'Köln und Chongqing unterzeichnen Vereinbarung zur Wasserwirtschaft',
      'Köln',
      'Wasserwirtschaft',
    ],
    ['Cologne and Chongqing sign an agreement on water management', 'Cologne', 'water'],
    ['科隆与重庆签署水务合作协议', '科隆', '重庆'],
    ['쾰른과 충칭, 물 관리 협약 체결', '쾰른', '충칭'],
    ['ケルンと重慶が水管理協定に署名', 'ケルン', '重慶'],
  ),
  r(
    ['Braunschweig und Zhuhai vereinbaren Austausch in der Forschung', 'Braunschweig', 'Forschung'],
    ['Braunschweig and Zhuhai agree on a research exchange', 'Braunschweig', 'research'],
    ['不伦瑞克与珠海商定开展科研交流', '珠海', '科研'],
    ['브라운슈바이크와 주하이, 연구 교류 합의', '주하이', '연구'],
    ['ブラウンシュヴァイクと珠海が研究交流で合意', '珠海', '研究交流'],
  ),
  r(
    ['Stuttgarter Weihnachtsmarkt zu Gast in Nanjing', 'Weihnachtsmarkt', 'Gast'],
    ['Stuttgart Christmas market comes to Nanjing', 'Christmas', 'market'],
    ['斯图加特圣诞市场走进南京', '圣诞市场', '走进'],
    ['슈투트가르트 크리스마스 마켓, 난징에 열려', '크리스마스', '마켓'],
    ['シュトゥットガルトのクリスマス市が南京に登場', 'クリスマス', '登場'],
  ),
  r(
    ['Schüleraustausch mit Ogaki feiert dreißigstes Jubiläum', 'Schüleraustausch', 'Jubiläum'],
    ['Student exchange with Ogaki marks its thirtieth anniversary', 'student', 'thirtieth'],
    ['与大垣的学生交流迎来三十周年', '学生交流', '三十周年'],
    ['오가키와의 학생 교류 30주년 맞아', '오가키', '학생'],
    ['大垣との学生交流が30周年を迎える', '学生交流', '周年'],
  ),
  r(
    [
      'Universität Stuttgart und Nanjing forschen gemeinsam zur Elektromobilität',
      'Universität',
      'Elektromobilität',
    ],
    [
      'University of Stuttgart and Nanjing research electric mobility together',
      'university',
      'electric',
    ],
    ['斯图加特大学与南京合作研究电动汽车', '大学', '电动汽车'],
    ['슈투트가르트 대학과 난징, 전기차 공동 연구', '대학', '전기차'],
    ['シュトゥットガルト大学と南京が電気自動車を共同研究', '大学', '電気自動車'],
  ),
  r(
    ['Ausstellung über König Sejong und das koreanische Alphabet', 'Ausstellung', 'Alphabet'],
    ['Exhibition on King Sejong and the Korean alphabet', 'exhibition', 'alphabet'],
    ['世宗大王与韩文字母展览开幕', '韩文', '展览'],
    ['세종대왕과 한글 전시회 개막', '한글', '전시회'],
    ['世宗大王とハングルの展覧会が開幕', 'ハングル', '展覧会'],
  ),
  r(
    [
      'Klimaschutz: Fachleute aus Mumbai und Stuttgart tauschen sich aus',
      'Klimaschutz',
      'Fachleute',
    ],
    ['Climate protection: experts from Mumbai and Stuttgart compare notes', 'climate', 'experts'],
    ['气候保护：孟买与斯图加特专家交流经验', '气候', '专家'],
    ['기후 보호: 뭄바이와 슈투트가르트 전문가 교류', '기후', '전문가'],
    ['気候保護　ムンバイとシュトゥットガルトの専門家が意見交換', '気候保護', '専門家'],
  ),
  r(
    ['Chongqinger Feuertopf-Fest auf dem Kölner Heumarkt', 'Feuertopf', 'Heumarkt'],
    ["Chongqing hot pot festival on Cologne's Heumarkt", 'pot', 'Heumarkt'],
    ['重庆火锅节亮相科隆', '火锅节', '亮相'],
    ['충칭 훠궈 축제, 쾰른에서 열려', '훠궈', '축제'],
    ['重慶火鍋フェスティバルがケルンで開催', '火鍋', 'フェスティバル'],
  ),
  r(
    ['Braunschweiger Luftfahrtforschung auf der Messe in Zhuhai', 'Luftfahrtforschung', 'Messe'],
    ['Braunschweig aerospace research at the Zhuhai air show', 'aerospace', 'show'],
    ['不伦瑞克航空研究亮相珠海航展', '航空', '航展'],
    ['브라운슈바이크 항공 연구, 주하이 에어쇼 참가', '항공', '에어쇼'],
    ['ブラウンシュヴァイクの航空研究が珠海航空ショーに出展', '航空研究', '出展'],
  ),
  r(
    ['Stuttgarter Jazzensemble spielt in Sejong', 'Jazzensemble', 'spielt'],
    ['Stuttgart jazz ensemble performs in Sejong', 'jazz', 'ensemble'],
    ['斯图加特爵士乐团在世宗演出', '爵士乐', '演出'],
    ['슈투트가르트 재즈 앙상블, 세종에서 공연', '재즈', '공연'],
    ['シュトゥットガルトのジャズアンサンブルが世宗で公演', 'ジャズ', '公演'],
  ),
  r(
    ['Wasserstadt Ogaki stellt ihre Brunnen in Stuttgart vor', 'Wasserstadt', 'Brunnen'],
    ['Ogaki, the city of water, presents its springs in Stuttgart', 'springs', 'presents'],
    ['水都大垣在斯图加特展示泉水文化', '水都', '泉水'],
    ['물의 도시 오가키, 슈투트가르트에서 샘물 문화 소개', '샘물', '문화'],
    ['水の都・大垣がシュトゥットガルトで湧き水文化を紹介', '湧き水', '紹介'],
  ),
  r(
    ['Pflegekräfte aus Nanjing beginnen Ausbildung in Stuttgart', 'Pflegekräfte', 'Ausbildung'],
    ['Nurses from Nanjing begin their training in Stuttgart', 'nurses', 'training'],
    ['南京护理人员在斯图加特开始培训', '护理', '培训'],
    ['난징 간호 인력, 슈투트가르트에서 연수 시작', '간호', '연수'],
    ['南京の看護師がシュトゥットガルトで研修を開始', '看護師', '研修'],
  ),
  r(
    ['Läuferinnen aus den Partnerstädten beim Stuttgart-Lauf', 'Läuferinnen', 'Partnerstädten'],
    ['Runners from the partner cities at the Stuttgart run', 'runners', 'partner'],
    ['友好城市跑者参加斯图加特长跑', '跑者', '长跑'],
    ['자매도시 달리기 선수들, 슈투트가르트 마라톤 참가', '마라톤', '선수'],
    ['姉妹都市のランナーがシュトゥットガルトのマラソンに参加', 'ランナー', 'マラソン'],
  ),
  r(
    ['Kölner Karneval zeigt sich in Chongqing', 'Karneval', 'Chongqing'],
    ['Cologne carnival on show in Chongqing', 'carnival', 'Chongqing'],
    ['科隆狂欢节亮相重庆', '狂欢节', '重庆'],
    ['쾰른 카니발, 충칭에서 선보여', '카니발', '충칭'],
    ['ケルンのカーニバルが重慶で披露', 'カーニバル', '披露'],
  ),
  r(
    ['Stadtbibliothek schenkt Nanjing deutsche Kinderbücher', 'Stadtbibliothek', 'Kinderbücher'],
    ["City library donates German children's books to Nanjing", 'library', 'books'],
    ['市图书馆向南京捐赠德语儿童读物', '图书馆', '儿童读物'],
    ['시립도서관, 난징에 독일어 어린이 책 기증', '도서관', '기증'],
    ['市立図書館が南京にドイツ語の児童書を寄贈', '図書館', '児童書'],
  ),
  r(
    ['Ingenieure aus Zhuhai besichtigen Brücken in Braunschweig', 'Ingenieure', 'Brücken'],
    ['Engineers from Zhuhai tour bridges in Braunschweig', 'engineers', 'bridges'],
    ['珠海工程师参观不伦瑞克桥梁', '工程师', '桥梁'],
    ['주하이 엔지니어들, 브라운슈바이크 교량 견학', '엔지니어', '교량'],
    ['珠海の技術者がブラウンシュヴァイクの橋を視察', '技術者', '視察'],
  ),
  r(
    [
      'Start-ups aus Mumbai stellen sich im Stuttgarter Gründerzentrum vor',
      'Gründerzentrum',
      'Mumbai',
    ],
    ["Start-ups from Mumbai pitch at Stuttgart's founders' centre", 'pitch', 'centre'],
    ['孟买初创企业在斯图加特创业中心路演', '初创企业', '路演'],
    ['뭄바이 스타트업, 슈투트가르트 창업센터서 발표', '스타트업', '창업센터'],
    [
      'ムンバイのスタートアップがシュトゥットガルトの創業支援センターで発表',
      'スタートアップ',
      '創業',
    ],
  ),
]
