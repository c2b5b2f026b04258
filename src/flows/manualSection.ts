import type { FlowId, ManualPart } from './types'

/**
 * The frame of the manual's section around its flows, word for word: the title, the lead
 * paragraphs, the list of parts and each part's lead and notes. The manual exporter prints these
 * and the flows' own texts; it writes none of its own. Where the section has no words for a
 * flow (the sign-in and mismatch paths belong to another section), they are written in its
 * style: です・ます, one action per sentence.
 */
export interface ManualSection {
  number: string
  title: string
  lead: string[]
  /** The parts as the lead lists them, e.g. 「(1) マイナポータルとつなぐ」. */
  parts: string[]
  partLead: Record<FlowId, string>
  /** Notes under a part's lead, each starting with 「※」. */
  partNotes: Partial<Record<FlowId, string[]>>
}

export const MANUAL_SECTION: ManualSection = {
  number: '3.4',
  title: 'マイナポータルとつなげる',
  lead: [
    'マイナポータルの利用者登録をしている方は、マイナポータルの「もっとつながる」を利用することによりマイナポータルから求職者マイページへスムーズにログイン（シングルサインオン）することができます。',
    'マイナポータルからシングルサインオンで求職者マイページにログインする場合は、初回にマイナポータルと求職者マイページをつなげておく必要があります。マイナポータルと求職者マイページをつなぐことにより、マイページの「ID（メールアドレス）」と「パスワード」を入力することなく、マイナポータルから求職者マイページにログインできるようになります。',
    '求職者マイページをマイナポータルとつなげる方法とマイナポータルとのつながりを解除する方法を説明します。',
  ],
  parts: ['(1) マイナポータルとつなぐ', '(2) マイナポータルとのつながりをやめる'],
  partLead: {
    link: 'マイナポータルと求職者マイページをつなぎます。',
    unlink: 'マイナポータルと求職者マイページのつながりを解除します。',
    sso: 'マイナポータルから求職者マイページにログインします。',
    mismatch: '「属性連携不整合確認」画面から、マイナポータルと求職者マイページをつなぎます。',
  },
  partNotes: {
    link: [
      '※『3.1.(2)マイナポータルからログインする場合』のログイン時に「属性連携不整合確認」画面が表示され、「マイナポータル連携開始」ボタンをクリックした場合は、手順③から進めてください。',
    ],
  },
}

/** The heads the manual puts over a part's step list and over its steps with figures. */
export const MANUAL_STEP_HEADS = { list: '■ 操作手順', detail: '■ 操作手順(詳細)' } as const

/** Parts of the manual that a flow's steps are numbered in (see FlowStep.part). */
export const MANUAL_PARTS = {
  signInFromMynaportal: { number: '3.1.(2)', title: 'マイナポータルからログインする場合' },
  link: { number: '3.4.(1)', title: 'マイナポータルとつなぐ' },
} as const satisfies Record<string, ManualPart>
