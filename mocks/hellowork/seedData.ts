import type { JobPosting } from '@/contracts/hellowork'
import type { HwData, Message } from './db'

/**
 * The MyPage contents of the default persona. The first online-referral job and the first
 * requested job reproduce the manual's screenshot word for word.
 */
const MANUAL_JOB: JobPosting = {
  jobNumber: '13010-09999999',
  occupation: '介護福祉士',
  status: '有効',
  receivedOn: '2021-09-21',
  applicationDeadline: '2021-11-30',
  category: 'フルタイム',
  workingHours: '(1) 09時00分~18時00分',
  employer: '株式会社ハローワークケア',
  holidays: '土日祝 週休二日制:毎週 年間休日数:120日',
  workplace: '東京都千代田区',
  ageLimit: '制限あり ~59歳以下',
  duties:
    'グループホーム(2ユニット:18人定員)にて、ご利用者様に対する生活全般の介護サービスを提供いたします。(主な業務)',
  employmentType: '正社員',
  wage: '205,000円~290,000円',
  disclosure: '1. 事業所名等を含む求人情報を公開する',
  tags: [
    '経験不問',
    '学歴不問',
    '時間外労働なし',
    '週休二日制(土日休)',
    '転勤なし',
    '書類選考なし',
    '通勤手当あり',
    '駅近(徒歩10分以内)',
    'マイカー通勤可',
    'U/Iターン歓迎',
    'トライアル雇用併用',
  ],
  openings: 3,
}

function job(overrides: Partial<JobPosting> & Pick<JobPosting, 'jobNumber' | 'occupation'>) {
  return { ...MANUAL_JOB, tags: ['経験不問', '通勤手当あり'], ...overrides }
}

export function seedJobs(): HwData['jobs'] {
  return [
    { ...MANUAL_JOB, section: 'online' },
    {
      ...MANUAL_JOB,
      jobNumber: '13010-09999998',
      category: 'フルタイム(障)',
      section: 'requested',
    },
    {
      ...job({ jobNumber: '13010-09999997', occupation: '介護職員（デイサービス）' }),
      category: 'パート',
      workingHours: '(1) 09時00分~15時00分',
      wage: '1,150円~1,300円',
      employmentType: 'パート労働者',
      section: 'requested',
    },
    {
      ...job({ jobNumber: '13020-01111111', occupation: '一般事務' }),
      employer: '株式会社ハローワーク商事',
      workplace: '東京都新宿区',
      wage: '200,000円~240,000円',
      duties: '受発注の入力、電話応対、来客対応などの一般事務をお任せします。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '13030-02222222', occupation: '経理事務' }),
      employer: '株式会社いいだばし会計',
      workplace: '東京都文京区',
      wage: '220,000円~280,000円',
      duties: '伝票処理、月次決算の補助、経費精算を担当していただきます。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '13040-03333333', occupation: '看護師' }),
      employer: '医療法人ハローワーク会',
      workplace: '東京都千代田区',
      wage: '280,000円~360,000円',
      duties: '外来診療の補助、採血、患者さんへの説明などの看護業務です。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '13050-04444444', occupation: 'ITエンジニア（社内システム）' }),
      employer: '株式会社ハローワークシステムズ',
      workplace: '東京都港区',
      wage: '300,000円~450,000円',
      duties: '社内業務システムの保守と改修、利用者からの問い合わせ対応を行います。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '13060-05555555', occupation: '販売スタッフ' }),
      category: 'パート',
      employer: '株式会社ハローワークマート',
      workplace: '東京都豊島区',
      wage: '1,100円~1,250円',
      employmentType: 'パート労働者',
      duties: '店舗での接客、レジ、商品の陳列を担当していただきます。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '27010-06666666', occupation: '倉庫作業員' }),
      employer: '株式会社なにわ物流',
      workplace: '大阪府大阪市',
      wage: '210,000円~250,000円',
      duties: '倉庫内での入出荷、検品、フォークリフトによる運搬作業です。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '14010-07777777', occupation: '調理師' }),
      employer: '社会福祉法人はまかぜ会',
      workplace: '神奈川県横浜市',
      wage: '230,000円~270,000円',
      duties: '高齢者施設の厨房で、利用者の食事の調理と盛り付けを行います。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '11010-08888888', occupation: '保育士' }),
      employer: '社会福祉法人さいたまっ子保育園',
      workplace: '埼玉県さいたま市',
      wage: '220,000円~260,000円',
      duties: '0歳から5歳児の保育と、保護者との連絡帳のやり取りを担当します。',
      section: 'search',
    },
    {
      ...job({ jobNumber: '13070-09999990', occupation: '清掃スタッフ' }),
      category: 'パート',
      employer: '株式会社ハローワークビルサービス',
      workplace: '東京都千代田区',
      wage: '1,120円~1,200円',
      employmentType: 'パート労働者',
      duties: 'オフィスビルの共用部分の日常清掃です。',
      section: 'search',
    },
  ]
}

export function seedMessages(at: (iso: string) => number): Message[] {
  return [
    {
      id: 'msg-3',
      subject: '【飯田橋公共職業安定所】応募書類の送付について',
      body: '株式会社ハローワークケアから、応募書類の送付先についてご連絡がありました。',
      sentAt: at('2021-09-21T15:30:00+09:00'),
      read: false,
    },
    {
      id: 'msg-2',
      subject: '【飯田橋公共職業安定所】オンラインハローワーク紹介のご案内',
      body: 'オンラインハローワーク紹介の対象求人が追加されました。求職者マイページでご確認ください。',
      sentAt: at('2021-09-21T10:05:00+09:00'),
      read: false,
    },
    {
      id: 'msg-1',
      subject: '【飯田橋公共職業安定所】求職者マイページの開設について',
      body: '求職者マイページを開設しました。求人検索や応募状況の確認にご利用ください。',
      sentAt: at('2021-09-10T09:00:00+09:00'),
      read: true,
    },
  ]
}
