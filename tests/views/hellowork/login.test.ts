import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { REGISTRATION_INVALID_MESSAGE } from '@/contracts/hellowork'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { HELLOWORK_ORIGIN } from '@/contracts/sites'
import type { ScenarioName } from '@/contracts/simulator'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, settle, userEvent, waitFor, within } from '../../support/app'
import { advanceClock, hwPasswordLogin, loadScenario } from '../../support/protocol'
import { countRequests, settleRequests } from './support'

// The badge 必須 is part of each label's text, so labels are matched from their start.
const emailField = () => screen.getByLabelText(/^メールアドレス/)
const passwordField = () => screen.getByLabelText(/^パスワード/)
const codeField = () => screen.getByLabelText(/^ワンタイムパスワード/)
const h1 = () => screen.getByRole('heading', { level: 1 }).textContent
const mail = () => screen.getByRole('region', { name: 'メール通知（シミュレーション）' })
const mailedCode = () => within(mail()).getByText(/^\d{6}$/).textContent!
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

async function openLogin(scenario: ScenarioName = 'unlinked') {
  await loadScenario(scenario)
  const app = await mountApp('/hw/login')
  await screen.findByRole('button', { name: 'ログイン' }, { timeout: 3000 })
  return app
}

async function signIn(email: string, password: string) {
  const user = userEvent.setup()
  await user.clear(emailField())
  if (email) await user.type(emailField(), email)
  await user.clear(passwordField())
  if (password) await user.type(passwordField(), password)
  await user.click(screen.getByRole('button', { name: 'ログイン' }))
  await settle()
}

async function enterCode(code: string) {
  const user = userEvent.setup()
  await user.clear(codeField())
  if (code) await user.type(codeField(), code)
  await user.click(screen.getByRole('button', { name: '認証する' }))
  await settle()
}

/** Scenario otp, the right password typed in: ends on the ワンタイムパスワード screen. */
async function reachOtp() {
  const app = await openLogin('otp')
  await signIn(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)
  await waitFor(() => expect(app.router.currentRoute.value.name).toBe('hw-login-otp'))
  return app
}

/** The design system's error pattern: under the field, aria-wired, and in a focused summary. */
async function expectFieldError(field: () => HTMLElement, message: string) {
  await waitFor(() => expect(field().getAttribute('aria-invalid')).toBe('true'))
  const describedBy = (field().getAttribute('aria-describedby') ?? '').split(' ')
  expect(describedBy.map((id) => document.getElementById(id)?.textContent?.trim())).toContain(
    message,
  )
  const summary = screen.getByRole('alert', { name: MESSAGES.validationSummary })
  expect(document.activeElement).toBe(summary)
  expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe(
    `#${field().id}`,
  )
}

describe('ログイン (Hello Work’s own sign-in)', () => {
  it('is reached from the Hello Work top by 「ログイン」, with its labels and the practice account', async () => {
    const { router } = await mountApp('/hw/')
    await userEvent.setup().click(await screen.findByRole('link', { name: 'ログイン' }))
    await screen.findByRole('button', { name: 'ログイン' }, { timeout: 3000 })

    expect(router.currentRoute.value.name).toBe('hw-login')
    expect(h1()).toBe('ログイン')
    expect(emailField().getAttribute('type')).toBe('email')
    expect(emailField().getAttribute('autocomplete')).toBe('username')
    expect(passwordField().getAttribute('type')).toBe('password')
    expect(passwordField().getAttribute('autocomplete')).toBe('current-password')
    expect(screen.getByText(PRACTICE_PERSONA.email)).toBeTruthy()
    expect(screen.getByText(PRACTICE_PERSONA.password)).toBeTruthy()
  })

  it('points out empty fields under each field, without sending anything', async () => {
    await openLogin()
    const sent = await countRequests(HELLOWORK_ORIGIN, () => signIn('', ''))

    expect(sent).toBe(0)
    await expectFieldError(emailField, MESSAGES.emailRequired)
    expect(passwordField().getAttribute('aria-invalid')).toBe('true')
  })

  it('shows a wrong password under パスワード with the tries left, and signs nobody in', async () => {
    const { router } = await openLogin()
    await signIn(PRACTICE_PERSONA.email, 'wrong-password')

    await expectFieldError(passwordField, MESSAGES.credentialsIncorrect(4))
    expect(router.currentRoute.value.name).toBe('hw-login')
    expect(helloworkDb.read().sessions).toEqual([])
  })

  it('locks the account on the fifth failure, then refuses the right password with the lock message', async () => {
    await openLogin()
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(PRACTICE_PERSONA.email, `wrong-${attempt}`)
      await expectFieldError(passwordField, MESSAGES.credentialsIncorrect(5 - attempt))
    }
    await signIn(PRACTICE_PERSONA.email, 'wrong-5')
    await waitFor(() => expect(screen.getByText(MESSAGES.accountLocked)).toBeTruthy())

    await signIn(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(MESSAGES.accountLocked),
    )
    expect(passwordField().getAttribute('aria-invalid')).toBeNull()
    expect(helloworkDb.read().sessions).toEqual([])
  })

  it('signs in with the right password and opens 求職者マイページホーム', async () => {
    const { router } = await openLogin()
    await signIn(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)

    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-mypage-home'))
    expect(
      await screen.findByText('前回のログイン日時: 2021年09月21日 10時00分', {}, { timeout: 3000 }),
    ).toBeTruthy()
    expect(h1()).toBe('求職者マイページホーム')
    await settleRequests()
  })

  it('shows the 求職登録 無効 banner on the home after a login in scenario expired-registration', async () => {
    const { router } = await openLogin('expired-registration')
    await signIn(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)

    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-mypage-home'))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(REGISTRATION_INVALID_MESSAGE),
    )
    await settleRequests()
  })
})

describe('ワンタイムパスワード (scenario otp)', () => {
  it('shows the mailed code as a simulated mail after the right password, and signs in with it', async () => {
    const { router } = await reachOtp()

    expect(h1()).toBe('ワンタイムパスワード')
    expect(within(mail()).getByText(PRACTICE_PERSONA.email)).toBeTruthy()
    expect(within(mail()).getByText('有効期限: 2021年9月22日 10時05分')).toBeTruthy()
    expect(helloworkDb.read().sessions).toEqual([])

    await enterCode(mailedCode())
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-mypage-home'))
    expect(helloworkDb.read().sessions).toHaveLength(1)
    await settleRequests()
  })

  it('checks the code’s format without sending anything', async () => {
    await reachOtp()
    const sent = await countRequests(HELLOWORK_ORIGIN, async () => {
      await enterCode('')
      await expectFieldError(codeField, MESSAGES.otpRequired)
      await enterCode('12345')
      await expectFieldError(codeField, MESSAGES.otpFormat)
    })
    expect(sent).toBe(0)
  })

  it('shows a wrong code under the field with the tries left, and still takes the right one', async () => {
    const { router } = await reachOtp()
    const code = mailedCode()
    await enterCode(otherCode(code))

    await expectFieldError(codeField, MESSAGES.otpIncorrect(4))
    expect(router.currentRoute.value.name).toBe('hw-login-otp')

    await enterCode(code)
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-mypage-home'))
    await settleRequests()
  })

  it('says the code expired after 5 simulated minutes, and leads back to ログイン', async () => {
    const { router } = await reachOtp()
    const code = mailedCode()
    await advanceClock(5)
    await enterCode(code)

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(MESSAGES.otpExpired),
    )
    expect(screen.queryByLabelText(/^ワンタイムパスワード/)).toBeNull()
    expect(screen.queryByRole('region', { name: 'メール通知（シミュレーション）' })).toBeNull()
    await userEvent.setup().click(screen.getByRole('link', { name: 'ログイン画面へ戻る' }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-login'))
    expect(helloworkDb.read().sessions).toEqual([])
  })

  it('locks the account when wrong codes reach the limit, and takes the form away', async () => {
    await reachOtp()
    const wrong = otherCode(mailedCode())
    for (let attempt = 1; attempt <= 4; attempt++) {
      await enterCode(wrong)
      await expectFieldError(codeField, MESSAGES.otpIncorrect(5 - attempt))
    }
    await enterCode(wrong)

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(MESSAGES.accountLocked),
    )
    expect(screen.queryByLabelText(/^ワンタイムパスワード/)).toBeNull()
    expect(screen.getByRole('link', { name: 'ログイン画面へ戻る' })).toBeTruthy()
    expect(helloworkDb.read().sessions).toEqual([])
  })

  it('opened directly, shows no form and the way back to ログイン', async () => {
    await loadScenario('otp')
    await mountApp('/hw/login/otp')

    expect(h1()).toBe('ワンタイムパスワード')
    expect(screen.getByText(/ログイン画面からやり直してください。/)).toBeTruthy()
    expect(screen.queryByLabelText(/^ワンタイムパスワード/)).toBeNull()
    expect(screen.getByRole('link', { name: 'ログイン画面へ戻る' })).toBeTruthy()
  })

  it('leaves the ログイン of other scenarios without a code step', async () => {
    const { router } = await openLogin('linked')
    await signIn(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-mypage-home'))
    expect(screen.queryByRole('region', { name: 'メール通知（シミュレーション）' })).toBeNull()
    await settleRequests()
  })
})

describe('ログアウト and screens without a session', () => {
  it('ends the server session from the MyPage header; MyPage then shows ログイン', async () => {
    await loadScenario('unlinked')
    expect((await hwPasswordLogin()).status).toBe(200)
    const { router } = await mountApp('/hw/mypage')
    await screen.findByText(/前回のログイン日時/, {}, { timeout: 3000 })

    await userEvent.setup().click(screen.getByRole('button', { name: 'ログアウト' }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-top'))
    expect(screen.getByText('ログアウトしました')).toBeTruthy()
    expect(helloworkDb.read().sessions).toEqual([])

    await router.push('/hw/mypage')
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-login'))
    expect(h1()).toBe('ログイン')
    expect(screen.queryByText(/明日 勇気/)).toBeNull()
    expect(screen.queryByRole('button', { name: 'ログアウト' })).toBeNull()
  })

  it.each([
    '/hw/mypage',
    '/hw/mypage/profile',
    '/hw/mypage/applications',
    '/hw/mypage/jobs/13010-09999999',
  ])(
    'opens ログイン instead of %s without a session, showing nothing of the user',
    async (path) => {
      await loadScenario('linked')
      const { router } = await mountApp(path)

      await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-login'))
      await screen.findByRole('button', { name: 'ログイン' }, { timeout: 3000 })
      expect(screen.queryByText(/明日 勇気|13010-01234567|介護福祉士/)).toBeNull()
      expect(screen.queryByRole('navigation', { name: '求職者マイページ' })).toBeNull()
    },
  )
})
