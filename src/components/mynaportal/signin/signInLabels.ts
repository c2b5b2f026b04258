import type { SignInMethod } from '@/contracts/mynaSignIn'

/**
 * The words of the sign-in methods and of the simulated phone, in one place so that a set of
 * labels per era can take them over. `assumed` marks wording not taken from the real site or
 * app (the 2021 site named only the card reader and the 2次元バーコード).
 */
export interface MethodLabel {
  choice: string
  heading: string
  assumed: boolean
}

export const SIGN_IN_METHOD_LABELS: Record<SignInMethod, MethodLabel> = {
  reader: {
    choice: 'ICカードリーダライタでログイン',
    heading: 'ICカードリーダライタでログイン',
    assumed: false,
  },
  qr: { choice: '2次元バーコードでログイン', heading: '2次元バーコードでログイン', assumed: false },
  phone: { choice: 'スマートフォンでログイン', heading: 'スマートフォンでログイン', assumed: true },
  'phone-card': {
    choice: 'スマホ用電子証明書でログイン',
    heading: 'スマホ用電子証明書でログイン',
    assumed: true,
  },
}

/** The phone panel's and the PC page's words; all assumed but the manual's 「読み取る」 prompts. */
export const PHONE_LABELS = {
  panel: 'スマートフォン（練習用）',
  appName: 'マイナポータルアプリ',
  openWindow: '別のウィンドウで開く',
  choiceLegend: 'ログイン方法',
  scanPrompt: 'スマートフォンで読み取ってください',
  qrImage: 'ログイン用の2次元バーコード',
  refresh: 'コードを更新',
  again: 'もう一度はじめる',
  scanHeading: '2次元バーコードの読み取り',
  scanText: 'パソコンの画面に表示された2次元バーコードを読み取ります。',
  read: '読み取る',
  handoffHeading: 'ログインの確認',
  handoffText: 'ブラウザーからマイナポータルへのログインを受け付けました。',
  next: '次へ',
  pinHeading: '暗証番号の入力',
  pinLabel: '暗証番号（数字4桁）',
  pinHint: '利用者証明用電子証明書の暗証番号です。3回続けて間違えるとロックされます。',
  touchHeading: 'マイナンバーカードの読み取り',
  touchPrompt: 'マイナンバーカードをスマートフォンにかざしてください',
  touch: 'カードをかざす',
  biometricHeading: '顔認証',
  biometricText:
    'スマホ用電子証明書（iPhoneのマイナンバーカード）を使います。Face IDで本人確認をします。',
  biometric: '顔認証を行う',
  doneHeading: 'ログイン完了',
  doneQr: 'ログインしました。パソコンの画面に戻ってください。',
  donePhone: 'ログインしました。ブラウザーの画面に戻ります。',
  errorHeading: 'ログインできません',
  restart: '最初からやり直す',
  waitingScan: 'パソコンの画面に2次元バーコードが表示されるのを待っています。',
  readOnPc: 'スマートフォンで読み取りました。スマートフォンの画面に従って操作してください。',
  phonePrompt:
    'マイナポータルアプリでログインします。スマートフォンの画面に従って操作してください。',
  expiredOnPc:
    '2次元バーコードの有効期限が切れました。「コードを更新」を押して、新しいコードを読み取ってください。',
  remaining: (seconds: number) =>
    `有効期限まで あと${Math.floor(seconds / 60)}分${String(seconds % 60).padStart(2, '0')}秒`,
} as const
