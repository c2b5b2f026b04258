import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { SIGN_IN_METHODS } from '@/contracts/mynaSignIn'
import { parseSignInMethod, setSignInMethod } from '@/simulator/signInMethod'
import { useConsoleStore } from '@/stores/console'

/**
 * `?signin=reader|qr|phone|phone-card` on any URL chooses how Mynaportal's ログイン signs in, for
 * the tab's session; like `?capture=`, the parameter is then dropped. A value it does not know
 * changes nothing and is said in Japanese.
 */
export function applySignInParameter(
  to: RouteLocationNormalized,
  pinia?: Pinia,
): RouteLocationRaw | true {
  if (!('signin' in to.query)) return true
  const method = parseSignInMethod(to.query.signin)
  if (method) setSignInMethod(method)
  else {
    useConsoleStore(pinia).reportProblem(
      `ログインの方法「${String(to.query.signin).slice(0, 40)}」はありません。signin= には ${SIGN_IN_METHODS.join('、')} のどれかを指定してください。`,
    )
  }
  const { signin: _dropped, ...query } = to.query
  return { path: to.path, query, hash: to.hash, replace: true }
}
