import { FLOWS, SITUATIONS, type WalkableFlow } from '@/flows'

/** What a learner is asked to do, in plain words, without the manual's steps. */
export interface PracticeTask {
  id: WalkableFlow['id']
  text: string
  flow: WalkableFlow
}

const TEXTS: Record<WalkableFlow['id'], string> = {
  link: 'マイナポータルと求職者マイページをつないでください。',
  unlink: 'マイナポータルと求職者マイページのつながりをやめてください。',
  sso: 'マイナポータルから求職者マイページにログインしてください。',
  mismatch: 'つながりの食い違いを解消して、求職者マイページをつなぎ直してください。',
  'hw-login':
    'ハローワークのサイトから、メールアドレスとパスワードで求職者マイページにログインしてください。',
  'hw-login-otp': 'ワンタイムパスワードを使って、求職者マイページにログインしてください。',
  'hw-logout': '求職者マイページにログインしてから、ログアウトしてください。',
  'myna-logout': 'マイナポータルにログインしてから、ログアウトしてください。',
  'pin-wrong': '暗証番号を 9999 と入力してログインし、まちがえた場合の案内を確かめてください。',
  'pin-locked': 'マイナポータルにログインしようとして、ロックされた場合の案内を確かめてください。',
  'hw-locked':
    'ハローワークとつなごうとして、アカウントがロックされた場合の案内を確かめてください。',
  'linked-elsewhere':
    'ハローワークとつなごうとして、別の利用者とつながっている場合の案内を確かめてください。',
  'expired-registration':
    'ハローワークとつないで、求職登録が無効な場合に求職者マイページに出る案内を確かめてください。',
}

export const PRACTICE_TASKS: PracticeTask[] = [...FLOWS, ...SITUATIONS].map((flow) => ({
  id: flow.id,
  text: TEXTS[flow.id],
  flow,
}))

/** The task an id names, or undefined for anything else (a URL parameter, a stored document). */
export function findTask(id: unknown): PracticeTask | undefined {
  return PRACTICE_TASKS.find((task) => task.id === id)
}
