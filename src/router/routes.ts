import type { Component } from 'vue'
import type { NavigationGuardWithThis, RouteMeta, RouteRecordRaw } from 'vue-router'
import { SCREEN_TABLE, type ScreenName, type ScreenRecord } from '@/contracts/screens'
import type { SiteName } from '@/contracts/sites'
import HelloworkLayout from '@/views/hellowork/HelloworkLayout.vue'
import HwTopView from '@/views/hellowork/HwTopView.vue'
import MynaportalLayout from '@/views/mynaportal/MynaportalLayout.vue'
import MynaTopView from '@/views/mynaportal/MynaTopView.vue'
import LauncherView from '@/views/simulator/LauncherView.vue'

type View = Component | (() => Promise<Component>)

/**
 * The view of each screen. The launcher and each site's chrome and top page are in the entry, so
 * a first screen is drawn without waiting for a second download (on a slow connection, a round
 * trip after the entry script); the other screens load on demand.
 */
const VIEWS: Record<ScreenName, View> = {
  launcher: LauncherView,
  'not-found': () => import('@/views/simulator/NotFoundView.vue'),
  'sim-phone': () => import('@/views/simulator/PhoneWindowView.vue'),
  'myna-top': MynaTopView,
  'myna-login': () => import('@/views/mynaportal/MynaLoginView.vue'),
  'myna-home': () => import('@/views/mynaportal/MynaHomeView.vue'),
  'myna-connections': () => import('@/views/mynaportal/MynaConnectionsView.vue'),
  'myna-authorize': () => import('@/views/mynaportal/MynaAuthorizeView.vue'),
  'myna-consent': () => import('@/views/mynaportal/MynaConsentView.vue'),
  'myna-connection-complete': () => import('@/views/mynaportal/MynaConnectionCompleteView.vue'),
  'myna-disconnect': () => import('@/views/mynaportal/MynaDisconnectView.vue'),
  'myna-disconnect-complete': () => import('@/views/mynaportal/MynaDisconnectCompleteView.vue'),
  'hw-top': HwTopView,
  'hw-login': () => import('@/views/hellowork/HwLoginView.vue'),
  'hw-login-otp': () => import('@/views/hellowork/HwLoginOtpView.vue'),
  'hw-auth-initiate': () => import('@/views/hellowork/HwAuthInitiateView.vue'),
  'hw-auth-callback': () => import('@/views/hellowork/HwAuthCallbackView.vue'),
  'hw-link-authenticate': () => import('@/views/hellowork/HwLinkAuthenticateView.vue'),
  'hw-link-mismatch': () => import('@/views/hellowork/HwLinkMismatchView.vue'),
  'hw-mypage-home': () => import('@/views/hellowork/HwMypageHomeView.vue'),
  'hw-job-search': () => import('@/views/hellowork/HwJobSearchView.vue'),
  'hw-job-detail': () => import('@/views/hellowork/HwJobDetailView.vue'),
  'hw-job-list': () => import('@/views/hellowork/HwJobListView.vue'),
  'hw-applications': () => import('@/views/hellowork/HwApplicationsView.vue'),
  'hw-messages': () => import('@/views/hellowork/HwMessagesView.vue'),
  'hw-message': () => import('@/views/hellowork/HwMessageView.vue'),
  'hw-profile': () => import('@/views/hellowork/HwProfileView.vue'),
  'hw-external': () => import('@/views/hellowork/HwExternalView.vue'),
  'practice-assessment': () => import('@/views/practice/AssessmentStartView.vue'),
  'practice-assessment-result': () => import('@/views/practice/AssessmentResultView.vue'),
  'practice-results': () => import('@/views/practice/ResultsView.vue'),
}

/** A record that names a site holds that site's screens, drawn inside the site's chrome. */
const LAYOUTS: Partial<Record<SiteName, Component>> = {
  mynaportal: MynaportalLayout,
  hellowork: HelloworkLayout,
}

export type ScreenGuards = Partial<Record<ScreenName, NavigationGuardWithThis<undefined>>>

function toRoute(record: ScreenRecord, guards: ScreenGuards): RouteRecordRaw {
  // A record's own meta is partial; the meta vue-router merges for a screen is whole (SCREENS
  // checks that every screen inherits a site and a title).
  const meta = record.meta as RouteMeta | undefined
  if (record.children) {
    const layout = record.meta?.site && LAYOUTS[record.meta.site]
    const children = record.children.map((child) => toRoute(child, guards))
    return layout
      ? { path: record.path, meta, component: layout, children }
      : { path: record.path, meta, children }
  }
  const name = record.name as ScreenName
  return { path: record.path, name, meta, component: VIEWS[name], beforeEnter: guards[name] }
}

/** The routes of the screen table, each screen with its view and its own guard, if it has one. */
export function createRoutes(guards: ScreenGuards = {}): RouteRecordRaw[] {
  return SCREEN_TABLE.map((record) => toRoute(record, guards))
}
