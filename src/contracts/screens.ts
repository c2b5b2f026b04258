import type { SiteName } from './sites'

/** What a screen is, apart from how it is drawn. */
export interface ScreenMeta {
  site: SiteName
  /** The page's name: the document title, the route announcement and the h1 the screen shows. */
  title: string
  /** Shows a signed-in user's data: without that site's session, the site's login instead. */
  requiresSession?: boolean
  /** Hello Work pages inside 求職者マイページ (header with ログアウト and the MyPage nav). */
  mypage?: boolean
  /** Only forwards a request or a code: never left in the address bar or the history. */
  transitional?: boolean
}

/**
 * A named record is a screen; an unnamed one holds screens that share its meta. A record's meta
 * holds for every record under it, as vue-router merges the meta of a route's matched records.
 */
export interface ScreenRecord {
  path: string
  name?: string
  meta?: Partial<ScreenMeta>
  children?: readonly ScreenRecord[]
}

/**
 * Every screen of the app and its address. The addresses are a stable contract: manuals, shared
 * situation URLs and bookmarks name them. The router draws each screen with its component; the
 * flows and the mock side read the same records without Vue.
 */
export const SCREEN_TABLE = [
  { path: '/', name: 'launcher', meta: { site: 'simulator', title: 'シミュレーター' } },
  // The simulated smartphone alone, opened from its panel in a second window.
  {
    path: '/phone',
    name: 'sim-phone',
    meta: { site: 'simulator', title: 'スマートフォン（練習用）' },
  },
  {
    path: '/myna',
    meta: { site: 'mynaportal' },
    children: [
      { path: '', name: 'myna-top', meta: { title: 'マイナポータル' } },
      { path: 'login', name: 'myna-login', meta: { title: 'ログイン' } },
      {
        path: 'authorize',
        name: 'myna-authorize',
        meta: { title: '連携の確認中', transitional: true },
      },
      {
        path: '',
        meta: { requiresSession: true },
        children: [
          { path: 'home', name: 'myna-home', meta: { title: 'トップページ' } },
          { path: 'connections', name: 'myna-connections', meta: { title: 'もっとつながる' } },
          { path: 'connections/consent', name: 'myna-consent', meta: { title: '同意確認' } },
          {
            path: 'connections/complete',
            name: 'myna-connection-complete',
            meta: { title: 'つながり完了' },
          },
          {
            path: 'connections/:siteId/disconnect',
            name: 'myna-disconnect',
            meta: { title: 'つながりの解除' },
          },
          {
            path: 'connections/:siteId/disconnect/complete',
            name: 'myna-disconnect-complete',
            meta: { title: 'つながりの解除完了' },
          },
        ],
      },
    ],
  },
  {
    path: '/hw',
    meta: { site: 'hellowork' },
    children: [
      { path: '', name: 'hw-top', meta: { title: 'ハローワークインターネットサービス' } },
      { path: 'login', name: 'hw-login', meta: { title: 'ログイン' } },
      { path: 'login/otp', name: 'hw-login-otp', meta: { title: 'ワンタイムパスワード' } },
      {
        path: 'auth/initiate',
        name: 'hw-auth-initiate',
        meta: { title: 'マイナポータルと連携しています', transitional: true },
      },
      {
        path: 'auth/callback',
        name: 'hw-auth-callback',
        meta: { title: 'マイナポータルと連携しています', transitional: true },
      },
      {
        path: 'link/authenticate',
        name: 'hw-link-authenticate',
        meta: { title: 'マイページ属性連携認証' },
      },
      { path: 'link/mismatch', name: 'hw-link-mismatch', meta: { title: '属性連携不整合確認' } },
      {
        // 求職者マイページ: its home, and the screens behind the nav and the home's links.
        path: 'mypage',
        meta: { requiresSession: true, mypage: true },
        children: [
          { path: '', name: 'hw-mypage-home', meta: { title: '求職者マイページホーム' } },
          { path: 'jobs', name: 'hw-job-search', meta: { title: '求人検索' } },
          {
            path: 'jobs/:jobNumber(\\d{5}-\\d{8})',
            name: 'hw-job-detail',
            meta: { title: '求人詳細' },
          },
          {
            path: 'job-lists/:section(online|requested)',
            name: 'hw-job-list',
            meta: { title: '求人一覧' },
          },
          { path: 'applications', name: 'hw-applications', meta: { title: '求職活動状況' } },
          { path: 'messages', name: 'hw-messages', meta: { title: 'メッセージ' } },
          { path: 'messages/:messageId', name: 'hw-message', meta: { title: 'メッセージ詳細' } },
          { path: 'profile', name: 'hw-profile', meta: { title: '求職者情報・設定' } },
        ],
      },
      {
        path: 'external/:target(training|events)',
        name: 'hw-external',
        meta: { title: '求職者マイページ外のページ' },
      },
    ],
  },
  {
    // The simulator's own practice pages: 確認テスト and its results, loaded when opened.
    path: '/practice',
    meta: { site: 'simulator' },
    children: [
      { path: 'assessment', name: 'practice-assessment', meta: { title: '確認テスト' } },
      {
        path: 'assessment/result',
        name: 'practice-assessment-result',
        meta: { title: '確認テストの結果' },
      },
      { path: 'results', name: 'practice-results', meta: { title: '確認テストの記録' } },
    ],
  },
  {
    path: '/:unknown(.*)*',
    name: 'not-found',
    meta: { site: 'simulator', title: 'ページが見つかりません' },
  },
] as const satisfies readonly ScreenRecord[]

/** A child's path is under its parent's unless it starts with `/` (vue-router's rule). */
type JoinPath<Parent extends string, Path extends string> = Path extends `/${string}`
  ? Path
  : Path extends ''
    ? Parent
    : `${Parent}/${Path}`

type EntriesOf<Record, Parent extends string = ''> = Record extends {
  readonly path: infer Path extends string
}
  ? | (Record extends { readonly name: infer Name extends string }
        ? { name: Name; path: JoinPath<Parent, Path> }
        : never)
    | (Record extends { readonly children: readonly (infer Child)[] }
        ? EntriesOf<Child, JoinPath<Parent, Path>>
        : never)
  : never

/** Each screen's name with its full path pattern, e.g. `{ name: 'myna-home', path: '/myna/home' }`. */
export type ScreenEntry = EntriesOf<(typeof SCREEN_TABLE)[number]>
export type ScreenName = ScreenEntry['name']

export interface Screen extends ScreenMeta {
  name: ScreenName
  /** The path pattern, as vue-router reads it (`:siteId` and the like are parameters). */
  path: string
}

function joinPath(parent: string, path: string): string {
  if (path.startsWith('/')) return path
  return `${parent.replace(/\/$/, '')}${path && `/${path}`}`
}

function* screensIn(
  records: readonly ScreenRecord[],
  parentPath: string,
  inherited: Partial<ScreenMeta>,
): Generator<Screen> {
  for (const record of records) {
    const path = joinPath(parentPath, record.path)
    const meta = { ...inherited, ...record.meta }
    if (record.name !== undefined) {
      const { site, title } = meta
      if (site === undefined || title === undefined) {
        throw new Error(`screen ${record.name} needs a site and a title`)
      }
      yield { ...meta, site, title, name: record.name as ScreenName, path }
    }
    if (record.children) yield* screensIn(record.children, path, meta)
  }
}

/** Every screen by route name, with the meta it inherits: what `route.meta` holds on it. */
export const SCREENS = Object.fromEntries(
  [...screensIn(SCREEN_TABLE, '', {})].map((screen) => [screen.name, screen]),
) as Record<ScreenName, Screen>

/** The screen a route name names, or undefined for any other value. */
export function screenNamed(name: unknown): Screen | undefined {
  return typeof name === 'string' && Object.hasOwn(SCREENS, name)
    ? SCREENS[name as ScreenName]
    : undefined
}

/** Each site's name, after the page's in the document title. */
export const SITE_TITLES: Record<SiteName, string> = {
  simulator: 'マイナポータル連携シミュレーター',
  mynaportal: 'マイナポータル',
  hellowork: 'ハローワークインターネットサービス',
}
