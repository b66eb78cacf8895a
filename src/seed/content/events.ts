import type { SeedEvent } from '../types.js'

const rathausStuttgart: SeedEvent['venue'] = {
  name: {
    de: 'Rathaus Stuttgart, Großer Sitzungssaal',
    en: 'Stuttgart City Hall, Great Council Chamber',
    zh: '斯图加特市政厅大会议厅',
    ko: '슈투트가르트 시청 대회의실',
    ja: 'シュトゥットガルト市庁舎 大会議場',
  },
  address: {
    de: 'Marktplatz 1, 70173 Stuttgart',
    en: 'Marktplatz 1, 70173 Stuttgart, Germany',
    zh: '德国斯图加特市集广场1号（邮编70173）',
    ko: '독일 슈투트가르트 마르크트플라츠 1 (우편번호 70173)',
    ja: 'ドイツ・シュトゥットガルト市 マルクト広場1番地（〒70173）',
  },
  coordinates: { lat: 48.7755, lng: 9.1793 },
}

export const events: SeedEvent[] = [
  {
    key: 'online-werkstatt-koeln-chongqing',
    title: {
      de: 'Online-Werkstatt Köln–Chongqing: Hochwasserschutz an großen Flüssen',
      en: 'Cologne–Chongqing online workshop: flood protection on great rivers',
      zh: '科隆—重庆线上研讨会：大河沿岸城市的防洪',
      ko: '쾰른–충칭 온라인 워크숍: 큰 강변 도시의 홍수 방재',
      ja: 'ケルン・重慶オンライン・ワークショップ：大河沿いの都市の洪水対策',
    },
    summary: {
      de: 'Fachleute aus Köln und Chongqing stellen in einer Videokonferenz ihre Strategien gegen Hochwasser vor und vergleichen digitale Warnsysteme.',
      en: 'In a video conference, experts from Cologne and Chongqing present their flood strategies and compare digital warning systems.',
      zh: '科隆和重庆的专家将通过视频会议介绍各自的防洪策略，并比较数字化预警系统。',
      ko: '쾰른과 충칭 전문가들이 화상회의에서 각 도시의 홍수 대응 전략을 소개하고 디지털 경보 체계를 비교한다.',
      ja: 'ケルンと重慶の専門家がビデオ会議で洪水対策の戦略を紹介し、デジタル警報システムを比較する。',
    },
    description: {
      de: [
        'Die erste Werkstatt des Fachaustauschs zwischen Köln und Chongqing widmet sich dem Leben am großen Strom. Fachleute aus Stadtentwässerung und Katastrophenschutz berichten, wie beide Städte Pegel überwachen, Schutzanlagen planen und die Bevölkerung warnen.',
        'Die Werkstatt wird simultan ins Deutsche und Chinesische gedolmetscht. Die Teilnahme ist kostenlos, eine Anmeldung ist erforderlich; die Zugangsdaten werden nach der Anmeldung verschickt.',
      ],
      en: [
        'The first workshop of the Cologne–Chongqing expert exchange is devoted to life on a great river. Specialists in urban drainage and civil protection explain how both cities monitor water levels, plan flood defences and warn the public.',
        'Simultaneous interpreting into German and Chinese will be provided. Participation is free of charge but registration is required; access details will be sent after registration.',
      ],
      zh: [
        '科隆与重庆专业交流的首场研讨会聚焦大河沿岸城市的生活。城市排水和防灾减灾领域的专家将介绍两市如何监测水位、规划防洪设施以及向市民发布预警。',
        '研讨会提供德语和中文同声传译。参加免费，但须提前报名，报名后将收到会议链接。',
      ],
      ko: [
        '쾰른과 충칭 전문가 교류의 첫 워크숍은 큰 강과 함께 살아가는 도시를 주제로 한다. 도시 배수와 재난 관리 전문가들이 두 도시가 수위를 감시하고, 방재 시설을 계획하며, 시민에게 경보를 전달하는 방식을 소개한다.',
        '독일어와 중국어 동시통역이 제공된다. 참가비는 무료이며 사전 등록이 필요하다. 접속 정보는 등록 후 안내된다.',
      ],
      ja: [
        'ケルンと重慶の専門家交流の第1回ワークショップは、大河とともに暮らす都市がテーマ。下水・排水と防災の専門家が、両市の水位監視、堤防などの施設計画、住民への警報伝達の方法を紹介する。',
        'ドイツ語と中国語の同時通訳付き。参加無料、事前登録制で、登録後に接続情報が送られる。',
      ],
    },
    kind: 'online',
    startsAt: '2026-06-17T08:00:00.000Z',
    endsAt: '2026-06-17T10:30:00.000Z',
    timeZone: 'Europe/Berlin',
    allDay: false,
    venue: {
      name: {
        de: 'Online – Übertragung aus dem Historischen Rathaus Köln',
        en: 'Online – broadcast from Cologne’s Historic City Hall',
        zh: '线上会议（自科隆历史市政厅直播）',
        ko: '온라인 – 쾰른 역사 시청에서 중계',
        ja: 'オンライン（ケルン歴史市庁舎から配信）',
      },
      address: {
        de: 'Rathausplatz 2, 50667 Köln',
        en: 'Rathausplatz 2, 50667 Cologne, Germany',
        zh: '德国科隆市政厅广场2号（邮编50667）',
        ko: '독일 쾰른 라트하우스플라츠 2 (우편번호 50667)',
        ja: 'ドイツ・ケルン市 ラートハウス広場2番地（〒50667）',
      },
      coordinates: { lat: 50.9381, lng: 6.9589 },
    },
    onlineUrl: 'https://meet.koeln.example/chongqing-werkstatt',
    registrationUrl: 'https://www.koeln.example/international/chongqing-werkstatt',
    partnerCities: ['chongqing'],
    status: 'scheduled',
  },
  {
    key: 'auftakt-innovationswerkstatt-mumbai',
    title: {
      de: 'Digitaler Auftakt der Innovationswerkstatt Stuttgart–Mumbai',
      en: 'Virtual kick-off of the Stuttgart–Mumbai innovation workshop',
      zh: '斯图加特—孟买创新工坊线上启动会',
      ko: '슈투트가르트–뭄바이 혁신 워크숍 온라인 출범식',
      ja: 'シュトゥットガルト・ムンバイ・イノベーション工房 オンライン・キックオフ',
    },
    summary: {
      de: 'Hochschulen, Unternehmen und Verwaltung aus beiden Städten stellen die Schwerpunkte Stadtklima und Fachkräfte vor und bilden die ersten Projektteams.',
      en: 'Universities, companies and city officials from both cities present the focus areas of urban climate and skilled workers and form the first project teams.',
      zh: '两市的高校、企业和政府部门将介绍城市气候和专业人才两大重点，并组建首批项目团队。',
      ko: '두 도시의 대학, 기업, 행정기관이 도시 기후와 전문 인력이라는 중점 분야를 소개하고 첫 프로젝트 팀을 구성한다.',
      ja: '両市の大学、企業、行政が都市気候と人材確保という重点テーマを紹介し、最初のプロジェクトチームを立ち上げる。',
    },
    description: {
      de: [
        'Mit dem digitalen Auftakttreffen beginnt die erste Arbeitsphase der Innovationswerkstatt. Nach kurzen Impulsen zu Hitzevorsorge in Stuttgart und Monsunschutz in Mumbai finden sich die Teilnehmenden in Arbeitsgruppen zusammen.',
        'Die Veranstaltung findet auf Englisch statt. Sie beginnt um 10.30 Uhr mitteleuropäischer Sommerzeit, in Mumbai ist es dann 14 Uhr.',
      ],
      en: [
        'The virtual kick-off marks the start of the innovation workshop’s first phase. After short talks on heat preparedness in Stuttgart and monsoon protection in Mumbai, participants will split into working groups.',
        'The event will be held in English. It starts at 10:30 a.m. Central European Summer Time, which is 2 p.m. in Mumbai.',
      ],
      zh: [
        '线上启动会标志着创新工坊第一阶段工作的开始。在围绕斯图加特防暑和孟买季风防护的简短主题发言之后，与会者将分组开展讨论。',
        '会议使用英语进行，于欧洲中部夏令时上午10点30分开始，即孟买时间下午2点。',
      ],
      ko: [
        '온라인 출범 회의와 함께 혁신 워크숍의 첫 단계가 시작된다. 슈투트가르트의 폭염 대비와 뭄바이의 몬순 대응에 관한 짧은 발표에 이어 참가자들은 분과별로 논의를 진행한다.',
        '회의는 영어로 진행되며, 중부유럽 서머타임 기준 오전 10시 30분, 뭄바이 시간으로 오후 2시에 시작한다.',
      ],
      ja: [
        'オンラインのキックオフ会合で、イノベーション工房の第1段階が始まる。シュトゥットガルトの暑さ対策とムンバイのモンスーン対策に関する短い報告の後、参加者は分科会に分かれて議論する。',
        '使用言語は英語。中央ヨーロッパ夏時間の午前10時30分、ムンバイ時間の午後2時に開始する。',
      ],
    },
    kind: 'online',
    startsAt: '2026-10-07T08:30:00.000Z',
    endsAt: '2026-10-07T11:00:00.000Z',
    timeZone: 'Europe/Berlin',
    allDay: false,
    venue: rathausStuttgart,
    onlineUrl: 'https://meet.stuttgart.example/mumbai-werkstatt',
    registrationUrl: 'https://www.stuttgart.example/international/mumbai-werkstatt',
    partnerCities: ['mumbai'],
    status: 'scheduled',
  },
  {
    key: 'delegationsreise-sejong',
    title: {
      de: 'Stuttgarter Delegation besucht Sejong',
      en: 'Stuttgart delegation visits Sejong',
      zh: '斯图加特代表团访问世宗',
      ko: '슈투트가르트 대표단, 세종 방문',
      ja: 'シュトゥットガルト代表団が世宗を訪問',
    },
    summary: {
      de: 'Vertreterinnen und Vertreter aus Verwaltung, Wirtschaft, Wissenschaft und Kultur reisen nach Sejong, um erste gemeinsame Projekte zu vereinbaren.',
      en: 'Representatives of the city administration, business, research and culture travel to Sejong to agree on the first joint projects.',
      zh: '来自政府、经济、科研和文化界的代表将前往世宗，商定首批合作项目。',
      ko: '행정, 경제, 학계, 문화계 대표들이 세종을 찾아 첫 공동 사업을 확정한다.',
      ja: '行政、経済、学術、文化の代表が世宗を訪れ、最初の共同プロジェクトについて合意を目指す。',
    },
    description: {
      de: [
        'Gut ein Jahr nach der Unterzeichnung der gemeinsamen Erklärung folgt Stuttgart der Einladung nach Sejong. Auf dem Programm stehen Gespräche im Rathaus, Besuche in Forschungseinrichtungen und Start-up-Zentren sowie ein Rundgang durch die neuen Stadtquartiere.',
        'Ein Schwerpunkt liegt auf Smart City und Mobilität: Fachleute beider Städte wollen ein gemeinsames Pilotprojekt zur Verkehrssteuerung vorbereiten. Begleitet wird die Delegation von einer Gruppe junger Menschen aus Stuttgarter Sport- und Kulturvereinen.',
      ],
      en: [
        'A little over a year after signing the joint declaration, Stuttgart is accepting the invitation to Sejong. The programme includes talks at City Hall, visits to research institutes and start-up centres, and a tour of the city’s new neighbourhoods.',
        'Smart city and mobility are a key focus: experts from both cities aim to prepare a joint pilot project on traffic management. The delegation will be accompanied by a group of young people from Stuttgart sports and cultural clubs.',
      ],
      zh: [
        '在签署联合声明一年多之后，斯图加特应邀回访世宗。行程包括在市政厅举行会谈、参观科研机构和创业中心，以及考察世宗新建的城区。',
        '智慧城市与交通出行是此次访问的重点：两市专家将共同筹备一个交通管理试点项目。一批来自斯图加特体育和文化社团的青年也将随团出访。',
      ],
      ko: [
        '공동 선언 서명 후 1년여 만에 슈투트가르트가 세종의 초청에 응한다. 시청 회담과 연구기관·스타트업 센터 방문, 새로 조성된 생활권 둘러보기 등이 일정에 포함되어 있다.',
        '중점 분야는 스마트시티와 모빌리티다. 두 도시 전문가들은 교통 관리 분야의 공동 시범 사업을 준비할 계획이다. 슈투트가르트 스포츠·문화 단체의 청소년들도 대표단과 함께한다.',
      ],
      ja: [
        '共同宣言の署名から1年余り、シュトゥットガルトは世宗からの招待に応じる。市庁舎での会談、研究機関やスタートアップ拠点の視察、新しい街区の見学などが予定されている。',
        '重点はスマートシティとモビリティで、両市の専門家は交通管理に関する共同実証事業の準備を進める。シュトゥットガルトのスポーツ・文化団体の若者たちも代表団に同行する。',
      ],
    },
    kind: 'delegationVisit',
    startsAt: '2026-10-12T00:00:00.000Z',
    endsAt: '2026-10-15T08:00:00.000Z',
    timeZone: 'Asia/Seoul',
    allDay: false,
    venue: {
      name: {
        de: 'Rathaus Sejong',
        en: 'Sejong City Hall',
        zh: '世宗特别自治市厅',
        ko: '세종특별자치시청',
        ja: '世宗特別自治市庁舎',
      },
      address: {
        de: 'Hannuri-daero 2130, Sejong, Südkorea',
        en: '2130 Hannuri-daero, Sejong, Republic of Korea',
        zh: '韩国世宗特别自治市韩努里大路2130',
        ko: '세종특별자치시 한누리대로 2130',
        ja: '韓国・世宗特別自治市 ハンヌリ大路2130',
      },
      coordinates: { lat: 36.4801, lng: 127.289 },
    },
    partnerCities: ['sejong'],
    status: 'scheduled',
  },
  {
    key: 'stuttgart-pavillon-nanjing',
    title: {
      de: 'Stuttgart-Pavillon auf der Fachmesse für Stadttechnik in Nanjing',
      en: 'Stuttgart pavilion at the urban technology fair in Nanjing',
      zh: '斯图加特展馆亮相南京城市技术博览会',
      ko: '난징 도시기술 박람회의 슈투트가르트관',
      ja: '南京の都市技術見本市にシュトゥットガルト・パビリオン',
    },
    summary: {
      de: 'Unternehmen aus der Region Stuttgart präsentieren sich drei Tage lang mit einem Gemeinschaftsstand in Nanjing – organisiert mit der gemeinsamen Messegesellschaft beider Städte.',
      en: 'Companies from the Stuttgart region present themselves for three days at a joint stand in Nanjing, organised with the two cities’ joint exhibition company.',
      zh: '斯图加特地区的企业将以联合展台形式在南京参展三天，展台由两市合资的会展公司协助组织。',
      ko: '슈투트가르트 지역 기업들이 사흘간 난징에서 공동관을 운영한다. 공동관은 두 도시의 합작 전시회사와 함께 준비했다.',
      ja: 'シュトゥットガルト地域の企業が3日間、南京で共同ブースを出展する。運営には両市の合同展示会社が協力する。',
    },
    description: {
      de: [
        'Der Gemeinschaftsstand zeigt Lösungen aus den Bereichen Mobilität, Energieeffizienz und digitale Stadtverwaltung. Kleine und mittlere Unternehmen erhalten so eine kostengünstige Möglichkeit, den chinesischen Markt kennenzulernen.',
        'Am zweiten Messetag findet ein Fachforum statt, bei dem Vertreterinnen und Vertreter beider Städte über die Umsetzung der Absichtserklärung von 2026 berichten. Anmeldungen für Ausstellende sind bis Ende Juli möglich.',
      ],
      en: [
        'The joint stand showcases solutions in mobility, energy efficiency and digital city administration. It gives small and medium-sized businesses an affordable way to get to know the Chinese market.',
        'On the second day of the fair, a specialist forum will hear representatives of both cities report on the implementation of the 2026 letter of intent. Exhibitors can register until the end of July.',
      ],
      zh: [
        '联合展台将展示交通出行、能效以及数字化城市管理领域的解决方案，为中小企业提供了一个以较低成本了解中国市场的机会。',
        '展会第二天将举行专题论坛，两市代表将介绍2026年意向书的落实情况。参展企业可在7月底前报名。',
      ],
      ko: [
        '공동관에서는 모빌리티, 에너지 효율, 디지털 도시 행정 분야의 솔루션을 선보인다. 중소기업은 적은 비용으로 중국 시장을 살펴볼 기회를 얻게 된다.',
        '박람회 둘째 날에는 전문 포럼이 열려 두 도시 대표들이 2026년 의향서의 이행 상황을 보고한다. 참가 기업 신청은 7월 말까지 받는다.',
      ],
      ja: [
        '共同ブースでは、モビリティ、エネルギー効率、デジタル行政の分野のソリューションを紹介する。中小企業にとっては、少ない費用で中国市場を知る機会となる。',
        '会期2日目には専門フォーラムが開かれ、両市の代表が2026年の意向書の実施状況を報告する。出展の申し込みは7月末まで受け付ける。',
      ],
    },
    kind: 'tradeFair',
    startsAt: '2026-11-04T01:00:00.000Z',
    endsAt: '2026-11-06T09:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    allDay: false,
    venue: {
      name: {
        de: 'Nanjing International Expo Center',
        en: 'Nanjing International Expo Center',
        zh: '南京国际博览中心',
        ko: '난징 국제박람센터',
        ja: '南京国際博覧センター',
      },
      address: {
        de: 'Jiangdong Zhonglu 300, Bezirk Jianye, Nanjing, China',
        en: '300 Jiangdong Middle Road, Jianye District, Nanjing, China',
        zh: '中国江苏省南京市建邺区江东中路300号',
        ko: '중국 장쑤성 난징시 젠예구 장둥중로 300호',
        ja: '中国江蘇省南京市建鄴区江東中路300号',
      },
      coordinates: { lat: 32.0127, lng: 118.7296 },
    },
    registrationUrl: 'https://www.stuttgart.example/wirtschaft/nanjing-messe-2026',
    partnerCities: ['nanjing'],
    status: 'scheduled',
  },
  {
    key: 'neujahrsfest-stuttgart-2027',
    title: {
      de: 'Chinesisches Neujahrsfest im Stuttgarter Rathaus',
      en: 'Chinese New Year celebration at Stuttgart City Hall',
      zh: '斯图加特市政厅春节庆祝活动',
      ko: '슈투트가르트 시청 춘절 축제',
      ja: 'シュトゥットガルト市庁舎で春節の祝賀会',
    },
    summary: {
      de: 'Mit Laternen, Musik, Tanz und Spezialitäten aus Nanjing feiert Stuttgart das Jahr der Ziege – Eintritt frei.',
      en: 'With lanterns, music, dance and specialities from Nanjing, Stuttgart celebrates the Year of the Goat – admission free.',
      zh: '斯图加特将以灯笼、音乐、舞蹈和南京特色美食共迎羊年，免费入场。',
      ko: '슈투트가르트가 등불과 음악, 춤, 난징 특색 음식으로 양의 해를 맞이한다. 입장은 무료다.',
      ja: '提灯、音楽、舞踊、南京の名物料理でシュトゥットガルトが未年を祝う。入場無料。',
    },
    description: {
      de: [
        'Gemeinsam mit Gästen aus der Partnerstadt Nanjing lädt die Landeshauptstadt zum Neujahrsfest ins Rathaus ein. Es gibt Drachen- und Fächertanz, traditionelle Musik, Kalligrafie zum Mitmachen und ein Laternenbasteln für Kinder.',
        'Vereine und Initiativen, die sich für den Austausch mit China engagieren, stellen sich an Infoständen vor. Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich.',
      ],
      en: [
        'Together with guests from its partner city Nanjing, Stuttgart invites everyone to a New Year celebration at City Hall. There will be dragon and fan dances, traditional music, calligraphy to try out and lantern-making for children.',
        'Clubs and initiatives involved in exchanges with China will present their work at information stands. Admission is free and no registration is required.',
      ],
      zh: [
        '斯图加特市将与来自南京的嘉宾一起，在市政厅举办新春庆祝活动。现场有舞龙和扇子舞表演、传统音乐、书法体验，还有专为儿童准备的灯笼手工活动。',
        '致力于对华交流的协会和民间组织将设立展位介绍各自的工作。活动免费入场，无需报名。',
      ],
      ko: [
        '슈투트가르트시가 우호도시 난징에서 온 손님들과 함께 시청에서 춘절 축제를 연다. 용춤과 부채춤, 전통 음악 공연, 서예 체험, 어린이를 위한 등 만들기가 마련된다.',
        '중국과의 교류에 힘써 온 단체와 시민 모임이 안내 부스에서 활동을 소개한다. 입장은 무료이며 사전 등록은 필요 없다.',
      ],
      ja: [
        'シュトゥットガルト市は友好都市・南京からの来賓とともに、市庁舎で春節の祝賀会を開く。龍舞や扇の舞、伝統音楽の演奏、書道体験、子ども向けの提灯づくりが楽しめる。',
        '中国との交流に取り組む団体や市民グループが、情報ブースで活動を紹介する。入場無料、事前申し込みは不要。',
      ],
    },
    kind: 'festival',
    startsAt: '2027-02-13T16:00:00.000Z',
    endsAt: '2027-02-13T21:00:00.000Z',
    timeZone: 'Europe/Berlin',
    allDay: false,
    venue: rathausStuttgart,
    partnerCities: ['nanjing'],
    status: 'scheduled',
  },
  {
    key: 'unterzeichnung-arbeitsprogramm-nanjing',
    title: {
      de: 'Stuttgart und Nanjing unterzeichnen Arbeitsprogramm 2027–2028',
      en: 'Stuttgart and Nanjing sign 2027–2028 work programme',
      zh: '斯图加特与南京签署2027—2028年工作计划',
      ko: '슈투트가르트와 난징, 2027–2028 실행 계획 서명',
      ja: 'シュトゥットガルトと南京、2027～2028年の行動計画に署名',
    },
    summary: {
      de: 'Aufbauend auf der Absichtserklärung von 2026 legen beide Städte konkrete Projekte, Zuständigkeiten und Zeitpläne fest.',
      en: 'Building on the 2026 letter of intent, the two cities set out concrete projects, responsibilities and timelines.',
      zh: '在2026年意向书的基础上，两市将确定具体项目、分工和时间安排。',
      ko: '두 도시는 2026년 의향서를 바탕으로 구체적인 사업과 담당 부서, 일정을 확정한다.',
      ja: '2026年の意向書を踏まえ、両市は具体的な事業、担当、スケジュールを定める。',
    },
    description: {
      de: [
        'Das Arbeitsprogramm beschreibt für die kommenden zwei Jahre gemeinsame Vorhaben in den Bereichen Mobilität, Klimaschutz, Kultur und Jugendaustausch. Für jedes Vorhaben benennen beide Verwaltungen eine verantwortliche Stelle.',
        'Die Unterzeichnung findet im Großen Sitzungssaal des Rathauses statt. Medienvertreterinnen und -vertreter werden gebeten, sich bis zwei Tage vorher bei der Abteilung Kommunikation zu akkreditieren.',
      ],
      en: [
        'The work programme sets out joint projects for the next two years in mobility, climate action, culture and youth exchange. For each project, both administrations will name a responsible office.',
        'The signing will take place in the Great Council Chamber of City Hall. Members of the media are asked to register with the Communications Department at least two days in advance.',
      ],
      zh: [
        '工作计划明确了今后两年两市在交通出行、气候保护、文化和青少年交流领域的合作项目，每个项目都将由双方政府指定专门的负责部门。',
        '签字仪式将在市政厅大会议厅举行。请媒体记者至少提前两天向新闻传播处办理采访登记。',
      ],
      ko: [
        '실행 계획에는 향후 2년간 모빌리티, 기후 보호, 문화, 청소년 교류 분야에서 추진할 공동 사업이 담긴다. 두 도시는 사업마다 담당 부서를 지정한다.',
        '서명식은 시청 대회의실에서 열린다. 취재를 원하는 언론인은 늦어도 이틀 전까지 홍보과에 등록해야 한다.',
      ],
      ja: [
        '行動計画には、今後2年間にモビリティ、気候保護、文化、青少年交流の分野で進める共同事業が盛り込まれる。事業ごとに両市の担当部署が定められる。',
        '署名式は市庁舎の大会議場で行われる。取材を希望する報道関係者は、2日前までに広報課へ登録すること。',
      ],
    },
    kind: 'signing',
    startsAt: '2027-03-18T10:00:00.000Z',
    endsAt: '2027-03-18T11:30:00.000Z',
    timeZone: 'Europe/Berlin',
    allDay: false,
    venue: rathausStuttgart,
    partnerCities: ['nanjing'],
    status: 'scheduled',
  },
  {
    key: 'jugendbegegnung-ogaki-2027',
    title: {
      de: 'Jugendbegegnung in Ogaki: Stuttgarter Gegenbesuch',
      en: 'Youth exchange in Ogaki: return visit from Stuttgart',
      zh: '大垣青少年交流：斯图加特青少年回访',
      ko: '오가키 청소년 교류: 슈투트가르트 청소년단 답방',
      ja: '大垣での青少年交流――シュトゥットガルトから答礼訪問',
    },
    summary: {
      de: 'Eine Woche lang trainieren Jugendliche aus Stuttgart mit ihren Gastgebern in Ogaki, wohnen in Gastfamilien und lernen die Wasserstadt kennen.',
      en: 'For a week, young people from Stuttgart train with their hosts in Ogaki, stay with host families and explore the “City of Water”.',
      zh: '斯图加特青少年将在大垣与东道主一起训练一周，入住寄宿家庭，感受“水都”的魅力。',
      ko: '슈투트가르트 청소년들이 일주일 동안 오가키에서 현지 학생들과 함께 훈련하고, 홈스테이를 하며 ‘물의 도시’를 체험한다.',
      ja: 'シュトゥットガルトの若者たちが1週間、大垣で地元の仲間と練習し、ホームステイをしながら「水の都」を体験する。',
    },
    description: {
      de: [
        'Nach dem Besuch der Jugendlichen aus Ogaki im Sommer 2026 reist nun eine Stuttgarter Gruppe nach Japan. Neben gemeinsamen Trainingseinheiten in Tischtennis und Judo stehen ein Empfang im Rathaus, ein Besuch der Burg Ogaki und eine Bootsfahrt auf den Kanälen der Stadt auf dem Programm.',
        'Teilnehmen können Jugendliche zwischen 14 und 18 Jahren aus Stuttgarter Sportvereinen und Schulen. Die Plätze sind begrenzt.',
      ],
      en: [
        'Following the visit of young people from Ogaki in summer 2026, a group from Stuttgart is now travelling to Japan. Besides joint table tennis and judo training, the programme includes a reception at City Hall, a visit to Ogaki Castle and a boat trip on the city’s canals.',
        'Young people aged 14 to 18 from Stuttgart sports clubs and schools can take part. Places are limited.',
      ],
      zh: [
        '继2026年夏季大垣青少年来访之后，斯图加特青少年代表团将赴日本回访。除了乒乓球和柔道联合训练外，行程还包括市政府欢迎会、参观大垣城以及乘船游览市内水道。',
        '活动面向斯图加特体育俱乐部和学校14至18岁的青少年，名额有限。',
      ],
      ko: [
        '2026년 여름 오가키 청소년들의 방문에 이어 이번에는 슈투트가르트 청소년단이 일본을 찾는다. 탁구와 유도 합동 훈련 외에도 시청 환영 행사, 오가키성 견학, 시내 수로 뱃놀이가 예정되어 있다.',
        '슈투트가르트 스포츠클럽과 학교에 다니는 14세부터 18세까지의 청소년이 참여할 수 있으며, 인원은 제한된다.',
      ],
      ja: [
        '2026年夏の大垣の若者たちの訪問を受け、今度はシュトゥットガルトのグループが日本を訪れる。卓球と柔道の合同練習に加え、市役所での歓迎会、大垣城の見学、市内の水路での舟下りが予定されている。',
        '対象はシュトゥットガルトのスポーツクラブや学校に所属する14歳から18歳までの若者。定員には限りがある。',
      ],
    },
    kind: 'exchange',
    startsAt: '2027-07-25T15:00:00.000Z',
    endsAt: '2027-07-31T14:59:00.000Z',
    timeZone: 'Asia/Tokyo',
    allDay: true,
    venue: {
      name: {
        de: 'Rathaus Ogaki',
        en: 'Ogaki City Hall',
        zh: '大垣市政府',
        ko: '오가키 시청',
        ja: '大垣市役所',
      },
      address: {
        de: 'Marunouchi 2-29, Ogaki, Präfektur Gifu, Japan',
        en: '2-29 Marunouchi, Ogaki, Gifu Prefecture, Japan',
        zh: '日本岐阜县大垣市丸之内2-29',
        ko: '일본 기후현 오가키시 마루노우치 2-29',
        ja: '岐阜県大垣市丸の内2丁目29番地',
      },
      coordinates: { lat: 35.359, lng: 136.616 },
    },
    registrationUrl: 'https://www.stuttgart.example/sport/jugendbegegnung-ogaki',
    partnerCities: ['ogaki'],
    status: 'scheduled',
  },
]
