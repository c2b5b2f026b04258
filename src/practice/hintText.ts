import { circled, screenOf, type FlowScreen, type FlowStep } from '@/flows'
import type { ScreenName } from '@/contracts/screens'

/**
 * The 確認テスト's hints, by degree: first what the step is for, in general words; then where
 * on the screen to act; the third degree also outlines the element (the guide's highlight).
 */

const PURPOSE: Partial<Record<ScreenName, string>> = {
  'myna-top': 'まず、マイナポータルにログインします。',
  'myna-login': 'マイナンバーカードでログインします。画面の案内にしたがって進めます。',
  'myna-home': 'ほかのサービスとつなぐためのメニューを探します。',
  'myna-connections': 'つなぎたいサービスを一覧から探して、つなぐ操作をします。',
  'myna-consent': '求職者マイページに渡す情報を確かめて、よければ先へ進みます。',
  'hw-link-authenticate': 'ハローワークのアカウントで、本人であることを確かめます。',
  'myna-connection-complete': 'つながりができました。続けて求職者マイページを使います。',
  'myna-disconnect': 'つながりをやめる内容を確かめて、先へ進みます。',
  'hw-top': 'ハローワークのサイトから、求職者マイページにログインします。',
  'hw-login': 'ハローワークのアカウントでログインします。',
  'hw-login-otp': 'メールで届いた番号を入力します。',
  'hw-link-mismatch': 'つながりの食い違いを直す操作をします。',
  'hw-mypage-home': '求職者マイページの画面から、次の操作を探します。',
}

export function hintWords(step: FlowStep, flowScreen: FlowScreen): string {
  const heading = screenOf(flowScreen).title
  const purpose = PURPOSE[flowScreen.routeName] ?? '画面の説明を読んで、次へ進む操作を探します。'
  return `手順${circled(step.number)}「${heading}」画面です。${purpose}`
}

/** Where the element is in the page, in thirds, as a person would point at it. */
export function placeOf(rect: DOMRect, page: { width: number; height: number }): string {
  const top = rect.top + window.scrollY + rect.height / 2
  const left = rect.left + rect.width / 2
  const vertical =
    top < page.height / 3 ? '上のほう' : top < (page.height * 2) / 3 ? '中ほど' : '下のほう'
  const horizontal = left < page.width / 3 ? '左寄り' : left < (page.width * 2) / 3 ? '' : '右寄り'
  return `画面の${vertical}${horizontal && `の${horizontal}`}`
}

export function hintWhere(flowScreen: FlowScreen, place: string | null): string {
  const { target, inputs } = flowScreen
  if (!target) return '画面のメッセージを読んでください。'
  const kind = target.role === 'link' ? 'リンク' : 'ボタン'
  const fields = inputs?.length
    ? `${inputs.map((input) => `「${input.label}」`).join('と')}を入力してから、`
    : ''
  const row = target.within ? `「${target.within}」の段にある` : ''
  const dialog = target.inDialog ? `「${target.inDialog}」の確認の中の` : ''
  return `${fields}${place ? `${place}、` : ''}${row}${dialog}「${target.name}」${kind}を押します。`
}

export const HINT_OUTLINED = '押すところを枠で囲みました。'
