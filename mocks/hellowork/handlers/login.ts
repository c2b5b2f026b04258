/**
 * Hello Work's own sign-in: メールアドレス + パスワード, and in scenario otp a one-time password
 * mailed after the right password (./otp.ts).
 * GET  /login    the login form's CSRF token. There is no session yet, so the token lives in a
 *                cookie of its own and must come back in each POST body (double submit): another
 *                site can make the browser send the cookie, but cannot read it.
 * POST /login    CSRF (403), input (422), then e-mail + password on the lockout every password
 *                screen shares (../lockout.ts: 401 with the tries left, 423). No OTP: a new
 *                session, 前回のログイン日時 moves on → ホーム. OTP: the code is mailed first.
 * GET  /session  who is signed in, with the session's CSRF token
 * POST /logout   ends the session
 */
import { HttpResponse } from 'msw'
import type { HwSessionBody, LoginBody, LoginFormBody } from '@/contracts/hellowork'
import { HELLOWORK_ORIGIN } from '@/contracts/sites'
import { credentialErrors } from '@/contracts/validation'
import { readCookie, writeCookie } from '../../shared/cookies'
import { requireCsrf } from '../../shared/csrf'
import { requireValid } from '../../shared/refusal'
import { randomToken } from '../../shared/secrets'
import { helloworkDb, LOGIN_CSRF_COOKIE, SESSION_COOKIE } from '../db'
import { verifyCredentials } from '../lockout'
import { HELLOWORK_BODIES } from '../requests'
import { defineEndpoint, practiceAccount, requireAccount, signIn } from '../server'
import { mailOtp } from './otp'

const MYPAGE = `${HELLOWORK_ORIGIN}/mypage`

export const loginHandlers = [
  defineEndpoint(
    'GET /login',
    { event: 'login.form.read', auditSuccess: false },
    async ({ request }) => {
      let csrfToken = readCookie(request, LOGIN_CSRF_COOKIE)
      if (!csrfToken) {
        csrfToken = randomToken()
        writeCookie(request, LOGIN_CSRF_COOKIE, csrfToken)
      }
      return HttpResponse.json<LoginFormBody>({
        csrfToken,
        practice: practiceAccount(helloworkDb.read()),
      })
    },
  ),

  defineEndpoint(
    'POST /login',
    { event: 'login', body: HELLOWORK_BODIES['POST /login'] },
    async ({ request, note, readBody }) => {
      const body = await readBody()
      requireCsrf(readCookie(request, LOGIN_CSRF_COOKIE), body.csrfToken)
      const email = body.email.trim()
      const password = body.password
      requireValid(credentialErrors(email, password))
      const accountId = await verifyCredentials(email, password)
      note({ accountId })
      const account = helloworkDb.read().accounts.find((a) => a.id === accountId)!

      if (!account.otpRequired) {
        await helloworkDb.update((data) => signIn(request, data, accountId))
        return HttpResponse.json<LoginBody>({ location: MYPAGE })
      }

      const otp = await mailOtp(request, account)
      note({ otp: true })
      return HttpResponse.json<LoginBody>({ otp })
    },
  ),

  defineEndpoint(
    'GET /session',
    { event: 'session.read', auditSuccess: false },
    async ({ request }) => {
      const { session, account } = requireAccount(request, helloworkDb.read())
      return HttpResponse.json<HwSessionBody>({
        account: { displayName: account.displayName },
        csrfToken: session.csrfToken,
      })
    },
  ),

  defineEndpoint(
    'POST /logout',
    { event: 'logout', body: HELLOWORK_BODIES['POST /logout'] },
    async ({ request, readBody }) => {
      const body = await readBody()
      await helloworkDb.update((data) => {
        const { session } = requireAccount(request, data)
        requireCsrf(session.csrfToken, body.csrfToken)
        data.sessions = data.sessions.filter((s) => s.id !== session.id)
      })
      writeCookie(request, SESSION_COOKIE, undefined)
      return new HttpResponse(null, { status: 204 })
    },
  ),
]
