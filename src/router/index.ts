import {
  createRouter,
  type RouteLocationRaw,
  type Router,
  type RouterHistory,
  type RouteRecordRaw,
} from 'vue-router'
import type { Pinia } from 'pinia'
import { tagRequestsWithScreen } from '@/api/screenTag'
import HelloworkLayout from '@/views/hellowork/HelloworkLayout.vue'
import HwTopView from '@/views/hellowork/HwTopView.vue'
import MynaportalLayout from '@/views/mynaportal/MynaportalLayout.vue'
import MynaTopView from '@/views/mynaportal/MynaTopView.vue'
import LauncherView from '@/views/simulator/LauncherView.vue'
import { applyCaptureParameter } from './captureParameter'
import { forwardWithoutDrawing } from './forwardingHops'
import { appHistory, withoutForwardingScreens } from './history'
import { applyScenarioParameter } from './scenarioParameter'
import { requireSignedIn, sendLapsedSessionsToLogin } from './sessionGuard'

declare module 'vue-router' {
  interface RouteMeta {
    site: 'simulator' | 'mynaportal' | 'hellowork'
    /** The page's name, for the document title and the route announcement. */
    title: string
    /** Screens that show a signed-in user's data: without a session, that site's login. */
    requiresSession?: boolean
    /** Hello Work pages inside 求職者マイページ (header with ログアウト and the MyPage nav). */
    mypage?: boolean
    /** Screens that only forward a request or a code: they replace themselves in the history. */
    transitional?: boolean
  }
}

/**
 * Every route of the simulator, in one file. Paths are a stable contract (screens.md §0): `/`,
 * `/myna/`, `/hw/`, and the rest as listed here. The launcher and each site's chrome and top page
 * are in the entry, so a first screen is drawn without waiting for a second download (on a slow
 * connection, a round trip after the entry script); the other screens load on demand.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'launcher',
    component: LauncherView,
    meta: { site: 'simulator', title: 'シミュレーター' },
  },
  {
    path: '/myna',
    component: MynaportalLayout,
    meta: { site: 'mynaportal', title: 'マイナポータル' },
    children: [
      {
        path: '',
        name: 'myna-top',
        component: MynaTopView,
        meta: { site: 'mynaportal', title: 'マイナポータル' },
      },
      {
        path: 'login',
        name: 'myna-login',
        component: () => import('@/views/mynaportal/MynaLoginView.vue'),
        meta: { site: 'mynaportal', title: 'ログイン' },
      },
      {
        path: 'home',
        name: 'myna-home',
        component: () => import('@/views/mynaportal/MynaHomeView.vue'),
        meta: { site: 'mynaportal', title: 'トップページ', requiresSession: true },
      },
      {
        path: 'connections',
        name: 'myna-connections',
        component: () => import('@/views/mynaportal/MynaConnectionsView.vue'),
        meta: { site: 'mynaportal', title: 'もっとつながる', requiresSession: true },
      },
      {
        path: 'authorize',
        name: 'myna-authorize',
        component: () => import('@/views/mynaportal/MynaAuthorizeView.vue'),
        meta: { site: 'mynaportal', title: '連携の確認中', transitional: true },
      },
      {
        path: 'connections/consent',
        name: 'myna-consent',
        component: () => import('@/views/mynaportal/MynaConsentView.vue'),
        meta: { site: 'mynaportal', title: '同意確認', requiresSession: true },
      },
      {
        path: 'connections/complete',
        name: 'myna-connection-complete',
        component: () => import('@/views/mynaportal/MynaConnectionCompleteView.vue'),
        meta: { site: 'mynaportal', title: 'つながり完了', requiresSession: true },
      },
      {
        path: 'connections/:siteId/disconnect',
        name: 'myna-disconnect',
        component: () => import('@/views/mynaportal/MynaDisconnectView.vue'),
        meta: { site: 'mynaportal', title: 'つながりの解除', requiresSession: true },
      },
      {
        path: 'connections/:siteId/disconnect/complete',
        name: 'myna-disconnect-complete',
        component: () => import('@/views/mynaportal/MynaDisconnectCompleteView.vue'),
        meta: { site: 'mynaportal', title: 'つながりの解除完了', requiresSession: true },
      },
    ],
  },
  {
    path: '/hw',
    component: HelloworkLayout,
    meta: { site: 'hellowork', title: 'ハローワークインターネットサービス' },
    children: [
      {
        path: '',
        name: 'hw-top',
        component: HwTopView,
        meta: { site: 'hellowork', title: 'ハローワークインターネットサービス' },
      },
      {
        path: 'login',
        name: 'hw-login',
        component: () => import('@/views/hellowork/HwLoginView.vue'),
        meta: { site: 'hellowork', title: 'ログイン' },
      },
      {
        path: 'login/otp',
        name: 'hw-login-otp',
        component: () => import('@/views/hellowork/HwLoginOtpView.vue'),
        meta: { site: 'hellowork', title: 'ワンタイムパスワード' },
      },
      {
        path: 'auth/initiate',
        name: 'hw-auth-initiate',
        component: () => import('@/views/hellowork/HwAuthInitiateView.vue'),
        meta: { site: 'hellowork', title: 'マイナポータルと連携しています', transitional: true },
      },
      {
        path: 'auth/callback',
        name: 'hw-auth-callback',
        component: () => import('@/views/hellowork/HwAuthCallbackView.vue'),
        meta: { site: 'hellowork', title: 'マイナポータルと連携しています', transitional: true },
      },
      {
        path: 'link/authenticate',
        name: 'hw-link-authenticate',
        component: () => import('@/views/hellowork/HwLinkAuthenticateView.vue'),
        meta: { site: 'hellowork', title: 'マイページ属性連携認証' },
      },
      {
        path: 'link/mismatch',
        name: 'hw-link-mismatch',
        component: () => import('@/views/hellowork/HwLinkMismatchView.vue'),
        meta: { site: 'hellowork', title: '属性連携不整合確認' },
      },
      {
        path: 'mypage',
        name: 'hw-mypage-home',
        component: () => import('@/views/hellowork/HwMypageHomeView.vue'),
        meta: {
          site: 'hellowork',
          title: '求職者マイページホーム',
          requiresSession: true,
          mypage: true,
        },
      },
      // The MyPage screens behind the nav and the home's links (screens.md §4).
      {
        path: 'mypage/jobs',
        name: 'hw-job-search',
        component: () => import('@/views/hellowork/HwJobSearchView.vue'),
        meta: { site: 'hellowork', title: '求人検索', requiresSession: true, mypage: true },
      },
      {
        path: 'mypage/jobs/:jobNumber(\\d{5}-\\d{8})',
        name: 'hw-job-detail',
        component: () => import('@/views/hellowork/HwJobDetailView.vue'),
        meta: { site: 'hellowork', title: '求人詳細', requiresSession: true, mypage: true },
      },
      {
        path: 'mypage/job-lists/:section(online|requested)',
        name: 'hw-job-list',
        component: () => import('@/views/hellowork/HwJobListView.vue'),
        meta: { site: 'hellowork', title: '求人一覧', requiresSession: true, mypage: true },
      },
      {
        path: 'mypage/applications',
        name: 'hw-applications',
        component: () => import('@/views/hellowork/HwApplicationsView.vue'),
        meta: { site: 'hellowork', title: '求職活動状況', requiresSession: true, mypage: true },
      },
      {
        path: 'mypage/messages',
        name: 'hw-messages',
        component: () => import('@/views/hellowork/HwMessagesView.vue'),
        meta: { site: 'hellowork', title: 'メッセージ', requiresSession: true, mypage: true },
      },
      {
        path: 'mypage/messages/:messageId',
        name: 'hw-message',
        component: () => import('@/views/hellowork/HwMessageView.vue'),
        meta: { site: 'hellowork', title: 'メッセージ詳細', requiresSession: true, mypage: true },
      },
      {
        path: 'mypage/profile',
        name: 'hw-profile',
        component: () => import('@/views/hellowork/HwProfileView.vue'),
        meta: { site: 'hellowork', title: '求職者情報・設定', requiresSession: true, mypage: true },
      },
      {
        path: 'external/:target(training|events)',
        name: 'hw-external',
        component: () => import('@/views/hellowork/HwExternalView.vue'),
        meta: { site: 'hellowork', title: '求職者マイページ外のページ' },
      },
    ],
  },
  {
    path: '/:unknown(.*)*',
    name: 'not-found',
    component: () => import('@/views/simulator/NotFoundView.vue'),
    meta: { site: 'simulator', title: 'ページが見つかりません' },
  },
]

/** A router factory, so tests build their own with memory history and their own Pinia. */
export function createAppRouter(history: RouterHistory = appHistory(), pinia?: Pinia) {
  const router: Router = createRouter({
    history: withoutForwardingScreens(
      history,
      (path) => router.resolve(path).meta.transitional === true,
    ),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
  tagRequestsWithScreen(router)
  router.beforeEach((to): Promise<RouteLocationRaw | true> | RouteLocationRaw | true =>
    applyScenarioParameter(to, pinia),
  )
  router.beforeEach((to) => applyCaptureParameter(to))
  router.beforeEach((to) => requireSignedIn(to, pinia))
  sendLapsedSessionsToLogin(router, pinia)
  // Last: a forwarding screen's request is made once the navigation is otherwise allowed.
  router.beforeEach((to) => forwardWithoutDrawing(to, pinia))
  return router
}
