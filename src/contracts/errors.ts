/** One error shape for every endpoint of both servers: `{ error: { code, message, ... } }`. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'session_expired'
  | 'csrf_invalid'
  | 'card_unknown'
  | 'pin_incorrect'
  | 'pin_locked'
  | 'card_not_detected'
  | 'certificate_expired'
  | 'login_request_expired'
  | 'login_request_used'
  | 'login_request_replaced'
  | 'login_request_pending'
  | 'credentials_invalid'
  | 'account_locked'
  | 'otp_invalid'
  | 'otp_expired'
  | 'linked_elsewhere'
  | 'already_connected'
  | 'not_connected'
  | 'site_not_simulated'
  | 'flow_invalid'
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_token'
  | 'login_required'
  | 'consent_required'
  | 'interaction_required'
  | 'invalid_ticket'
  | 'ticket_mismatch'
  | 'link_superseded'
  | 'link_cancelled'
  | 'not_found'
  | 'unknown_scenario'
  | 'upstream_error'
  | 'server_error'
  | 'maintenance'
  | 'storage_full'
  | 'timeout'
  | 'network'

export interface ApiErrorBody {
  error: {
    code: ErrorCode
    message: string
    /** Field name → message, for `validation`. */
    fields?: Record<string, string>
    /** Tries left before the lock: `pin_incorrect`, `credentials_invalid`, `otp_invalid`. */
    remaining?: number
  }
}

export const PIN_MAX_FAILURES = 3
export const ACCOUNT_MAX_FAILURES = 5
export const ACCOUNT_LOCK_MINUTES = 30
/** Both sites end a session after this long without a request it accepted (simulated clock)… */
export const SESSION_IDLE_MINUTES = 30
/** …and this long after sign-in, however busy. */
export const SESSION_MAX_HOURS = 3
export const EMAIL_MAX_LENGTH = 100

/** The simulated clock's window (CLOCK_EARLIEST…CLOCK_LATEST) as the console and refusals say it. */
const CLOCK_WINDOW = '1900年1月1日 0時00分から2200年12月31日 23時59分59秒まで（日本時間）'

/** The texts users read; the servers send them, the screens show them as they come. */
export const MESSAGES = {
  pinFormat: '暗証番号は数字4桁で入力してください。',
  pinIncorrect: (remaining: number) => `暗証番号が正しくありません。残り${remaining}回です。`,
  pinLocked: '暗証番号がロックされています。お住まいの市区町村窓口で初期化してください。',
  cardUnknown: 'マイナンバーカードを読み取れませんでした。カードを選び直してください。',
  cardNotDetected:
    'マイナンバーカードを読み取れませんでした。カードをスマートフォンの読み取り位置に当て直して、もう一度かざしてください。',
  certificateExpired:
    'スマホ用電子証明書の有効期限が切れています。マイナポータルアプリで電子証明書を更新するか、マイナンバーカードでログインしてください。',
  loginRequestExpired:
    'このコードは有効期限が切れています。パソコンのログイン画面で「コードを更新」を押し、新しいコードで初めからやり直してください。',
  loginRequestUsed:
    'このコードは別のスマートフォンで読み取られたため使えません。パソコンのログイン画面で「コードを更新」を押し、新しいコードを読み取ってください。',
  loginRequestReplaced:
    'ログイン画面が開き直されたため、このコードは使えなくなりました。いま画面に表示されている新しいコードを読み取ってください。',
  loginRequestUnknown:
    'マイナポータルのログイン用のコードではありません。パソコンのログイン画面に表示されたコードを読み取ってください。',
  biometricRequired: '顔認証（生体認証）を行ってください。',
  loginRequestPending:
    'スマートフォンでの操作がまだ終わっていません。スマートフォンの画面を進めてください。',
  emailRequired: 'メールアドレスを入力してください。',
  emailFormat: 'メールアドレスの形式が正しくありません。',
  passwordRequired: 'パスワードを入力してください。',
  credentialsInvalid: 'メールアドレスまたはパスワードが正しくありません。',
  /** credentialsInvalid plus what to do and how many tries are left (the same for any address). */
  credentialsIncorrect: (remaining: number) =>
    `メールアドレスまたはパスワードが正しくありません。入力内容を確かめて、もう一度入力してください。あと${remaining}回続けて間違えると、アカウントが${ACCOUNT_LOCK_MINUTES}分間ロックされます。`,
  accountLocked:
    'ログインに一定回数失敗したため、アカウントをロックしています。しばらくしてから再度お試しください。',
  otpRequired: 'ワンタイムパスワードを入力してください。',
  otpFormat: 'ワンタイムパスワードは数字6桁で入力してください。',
  otpIncorrect: (remaining: number) =>
    `ワンタイムパスワードが正しくありません。メールに記載された6桁の数字を確かめて、もう一度入力してください。あと${remaining}回続けて間違えると、アカウントが${ACCOUNT_LOCK_MINUTES}分間ロックされます。`,
  otpExpired:
    'ワンタイムパスワードの有効期限が切れました。もう一度ログインして、新しいワンタイムパスワードを受け取ってください。',
  linkedElsewhere: 'このアカウントは既に別のマイナポータル利用者とつながっています。',
  flowInvalid:
    '有効期限が切れたか、正しくない手順で画面が表示されました。マイナポータルからやり直してください。',
  loginRequired:
    'マイナポータルにログインしていないため、ハローワークインターネットサービスにログインできませんでした。マイナポータルにログインしてから、「もっとつながる」の「利用する」をもう一度押してください。',
  consentRequired:
    'マイナポータルとハローワークインターネットサービスがまだつながっていないため、ログインできませんでした。マイナポータルの「もっとつながる」で「つなぐ」を押して、つながりを設定してください。',
  interactionRequired:
    'マイナポータルで「利用する」が押されていないため、ログインしませんでした。ご自身で操作した覚えがない場合は、この画面を閉じてください。ログインするには、マイナポータルの「もっとつながる」で「利用する」を押してください。',
  alreadyConnected: 'このウェブサイトとは既につながっています。',
  notConnected: 'このウェブサイトとはつながっていません。',
  siteNotSimulated:
    'このシミュレーターでは、厚生労働省ハローワークインターネットサービスとのつながりだけを体験できます。',
  unauthenticated: 'ログインしてください。',
  sessionExpired: '一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。',
  csrfInvalid: '画面の有効期限が切れました。画面を開き直してから、もう一度操作してください。',
  invalidRequest: '連携の要求が正しくありません。連携元のウェブサイトからやり直してください。',
  invalidClient: '連携元のウェブサイトを確認できませんでした。',
  invalidGrant: '認可コードが無効です。',
  invalidToken: 'アクセストークンが無効です。',
  invalidTicket: 'つながりの確認情報が無効です。',
  ticketMismatch: 'つながりの確認情報が、ログイン中の利用者のものではありません。',
  /** ⑤ after another tab's ④ replaced this tab's link, or its やめる removed it. */
  linkSuperseded:
    '別の画面でつなぐ手続きがやり直されたため、この画面の手続きは無効になりました。つながったかどうかは「もっとつながる」で確かめてください。',
  linkCancelled:
    '別の画面で「やめる」が行われたため、つながりは完了していません。つなぐときは、「もっとつながる」の「つなぐ」ボタンからもう一度手続きしてください。',
  notFound: 'お探しの情報が見つかりませんでした。',
  unknownScenario: (name: string) => `シナリオ「${name}」はありません。一覧から選んでください。`,
  controlRequestInvalid:
    'シミュレーターへの要求の形式が正しくありません。コンソールを開き直してから、もう一度操作してください。',
  unknownFlow: (name: string) => `手順の一覧に「${name}」はありません。一覧から選んでください。`,
  clockFormat: '日時の形式が正しくありません。「2021-09-22T10:00」の形で入力してください。',
  clockNoSuchDate: (date: string) =>
    `${date}という日付はありません。カレンダーにある日付を入力してください。`,
  counterRange: (label: string, max: number) =>
    `${label}は0から${max}までの整数で入力してください。`,
  clockWindow: CLOCK_WINDOW,
  clockOutOfRange: `シミュレーター内の日時は、${CLOCK_WINDOW}の範囲で指定してください。`,
  clockAdvanceInvalid: '時計を進める時間は、分単位の数で指定してください。',
  clockAdvanceOutOfRange: `そこまで進めると、シミュレーター内の日時が${CLOCK_WINDOW}の範囲を外れます。日時を設定し直してください。`,
  clockFrozenInvalid: '時計を止めるかどうかは、true か false で指定してください。',
  storageReset: (names: readonly string[]) =>
    `保存データの一部が読めなかったため、${names.join('、')}を初期状態に戻しました。ほかのデータはそのままです。すべてをそろえて始め直すには「データを初期状態に戻す」を押してください。`,
  upstream: (site: string) =>
    `${site}との通信に失敗しました。変更は行われていません。しばらくしてから再試行してください。`,
  storageFull:
    'ブラウザーの保存領域がいっぱいのため、保存できませんでした。変更は行われていません。トレーナー用コンソールの「画面の裏側」で記録を消去するか、最初の画面の「データを初期状態に戻す」を押してから、もう一度お試しください。',
  serverError: (site: string) =>
    `${site}でエラーが発生しました。変更は行われていません。再試行してください。`,
  maintenance: (site: string) =>
    `${site}はただいまメンテナンス中です。しばらくしてから再試行してください。`,
  timeout: (site: string) =>
    `${site}から応答がありませんでした。変更は行われていません。再試行してください。`,
  network: '通信できませんでした。再試行してください。',
  validationSummary: '入力内容に誤りがあります',
} as const
