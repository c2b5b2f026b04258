/**
 * Reset to a step: the simulator walks the flow up to that step through the real endpoints, as
 * the browser would, so the step finds exactly the state it needs (for つなぐ ③: a Mynaportal
 * session holding a pending authorization, and Hello Work's open transaction). Each request says
 * which screen's action it replays, so 「画面の裏側」 shows the preparation step by step.
 * 1. the flow's actions, in order: action k leads from step k's screen to step k+1's
 * 2. the answer: the `location` of the prepared step's first screen, on one of the two sites
 */
import type { ErrorCode } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import type { MynaLoginBody, PendingAuthorizationBody } from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { CALLER_HEADER, SCREEN_HEADER, type ScenarioName } from '@/contracts/simulator'
import {
  HELLOWORK_API,
  HELLOWORK_INITIATE_LOGIN_URI,
  HELLOWORK_SITE_ID,
  MYNAPORTAL_API,
  MYNAPORTAL_ISSUER,
  MYNAPORTAL_ORIGIN,
} from '@/contracts/sites'
import { currentPersona } from './persona'
import { serverFetch } from '../shared/serverFetch'

export class PreparationError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number,
    readonly code: ErrorCode | undefined,
  ) {
    super(`${endpoint} answered ${status}`)
  }
}

/** The simulated browser's place in the flow while the simulator walks it. */
interface Walk {
  location: string
  csrfToken: string
}

type Action = (walk: Walk) => Promise<void>

async function send<T>(screen: string, url: string, body?: unknown): Promise<T> {
  const response = await serverFetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      [CALLER_HEADER]: 'simulator',
      [SCREEN_HEADER]: screen,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => null)) as
    (T & { error?: { code?: ErrorCode } }) | null
  if (!response.ok || answer === null) {
    throw new PreparationError(
      new URL(url).pathname.replace(/^\/api/, ''),
      response.status,
      answer?.error?.code,
    )
  }
  return answer
}

const query = (location: string) => Object.fromEntries(new URL(location).searchParams)

/** Hello Work's initiation screen, Mynaportal's authorize screen, and where that leads. */
async function followInitiation(walk: Walk, initiatingScreen = 'hw-auth-initiate'): Promise<void> {
  const authorize = await send<RedirectBody>(
    initiatingScreen,
    `${HELLOWORK_API}/auth/initiate`,
    query(walk.location),
  )
  const answer = await send<RedirectBody>(
    'myna-authorize',
    `${MYNAPORTAL_API}/authorize${new URL(authorize.location).search}`,
  )
  walk.location = answer.location
  // Single sign-on answers at once with a code: the callback screen hands it to Hello Work.
  if (new URL(answer.location).pathname === '/auth/callback') {
    const next = await send<RedirectBody>(
      'hw-auth-callback',
      `${HELLOWORK_API}/auth/callback`,
      query(answer.location),
    )
    walk.location = next.location
  }
}

const signIn: Action = async (walk) => {
  const body = await send<MynaLoginBody>('myna-login', `${MYNAPORTAL_API}/login`, {
    cardId: 'card-ashita',
    pin: PRACTICE_PERSONA.pin,
  })
  walk.csrfToken = body.csrfToken
  walk.location = `${MYNAPORTAL_ORIGIN}/connections`
}

const pressSiteButton =
  (button: 'start' | 'use', screen: string): Action =>
  async (walk) => {
    const answer = await send<RedirectBody>(
      screen,
      `${MYNAPORTAL_API}/connections/${HELLOWORK_SITE_ID}/${button}`,
      { csrfToken: walk.csrfToken },
    )
    walk.location = answer.location
    await followInitiation(walk)
  }

const consent: Action = async (walk) => {
  const pending = await send<PendingAuthorizationBody>(
    'myna-consent',
    `${MYNAPORTAL_API}/authorize/pending`,
  )
  const answer = await send<RedirectBody>('myna-consent', `${MYNAPORTAL_API}/authorize/decision`, {
    requestId: pending.requestId,
    decision: 'allow',
    csrfToken: pending.csrfToken,
  })
  const next = await send<RedirectBody>(
    'hw-auth-callback',
    `${HELLOWORK_API}/auth/callback`,
    query(answer.location),
  )
  walk.location = next.location
}

const authenticateLink: Action = async (walk) => {
  const tx = await send<{ csrfToken: string }>(
    'hw-link-authenticate',
    `${HELLOWORK_API}/link/transaction`,
  )
  const answer = await send<RedirectBody>(
    'hw-link-authenticate',
    `${HELLOWORK_API}/link/authenticate`,
    // The persona's e-mail as the console may have changed it; the password is the practice one.
    { email: currentPersona().email, password: PRACTICE_PERSONA.password, csrfToken: tx.csrfToken },
  )
  walk.location = answer.location
}

const completeAndUse: Action = async (walk) => {
  await send('myna-connection-complete', `${MYNAPORTAL_API}/connections/complete`, {
    ticket: new URL(walk.location).searchParams.get('ticket') ?? '',
    csrfToken: walk.csrfToken,
  })
  await pressSiteButton('use', 'myna-connection-complete')(walk)
}

/** 属性連携不整合確認's マイナポータル連携開始: the link again, started from Hello Work. */
const restartLink: Action = async (walk) => {
  walk.location = `${HELLOWORK_INITIATE_LOGIN_URI}?${new URLSearchParams({
    iss: MYNAPORTAL_ISSUER,
    target_link_uri: HELLOWORK_TARGETS.link,
  })}`
  // The mismatch screen itself asks Hello Work to initiate: no initiation screen in between.
  await followInitiation(walk, 'hw-link-mismatch')
}

/** やめる only opens つながりの解除; nothing is sent until its 同意. */
const openDisconnect: Action = async (walk) => {
  walk.location = `${MYNAPORTAL_ORIGIN}/connections/${HELLOWORK_SITE_ID}/disconnect`
}

const stopConnection: Action = async (walk) => {
  await send('myna-disconnect', `${MYNAPORTAL_API}/connections/${HELLOWORK_SITE_ID}/stop`, {
    csrfToken: walk.csrfToken,
  })
  walk.location = `${MYNAPORTAL_ORIGIN}/connections/${HELLOWORK_SITE_ID}/disconnect/complete`
}

interface PreparableFlow {
  scenario: ScenarioName
  /** actions[k - 1] leads from step k to step k + 1. */
  actions: Action[]
}

/** Keyed by the flow ids of src/flows; a test checks both agree on scenarios and step counts. */
export const PREPARABLE_FLOWS: Record<string, PreparableFlow> = {
  link: {
    scenario: 'unlinked',
    actions: [
      signIn,
      pressSiteButton('start', 'myna-connections'),
      consent,
      authenticateLink,
      completeAndUse,
    ],
  },
  unlink: { scenario: 'linked', actions: [signIn, openDisconnect, stopConnection] },
  sso: { scenario: 'linked', actions: [signIn, pressSiteButton('use', 'myna-connections')] },
  mismatch: {
    scenario: 'mismatch',
    actions: [
      signIn,
      pressSiteButton('use', 'myna-connections'),
      restartLink,
      consent,
      authenticateLink,
      completeAndUse,
    ],
  },
}

/** The flow of that id; own keys only, so "constructor" or "__proto__" names no flow. */
export function preparableFlow(flowId: string): PreparableFlow | undefined {
  return Object.hasOwn(PREPARABLE_FLOWS, flowId) ? PREPARABLE_FLOWS[flowId] : undefined
}

export function stepCount(flowId: string): number | undefined {
  const flow = preparableFlow(flowId)
  return flow ? flow.actions.length + 1 : undefined
}

/** Walks the loaded scenario up to `step` (1 = the flow's first screen); answers its location. */
export async function prepareStep(flowId: string, step: number): Promise<string> {
  const flow = preparableFlow(flowId)
  if (!flow) throw new Error(`no such flow: ${flowId}`)
  const walk: Walk = { location: `${MYNAPORTAL_ORIGIN}/`, csrfToken: '' }
  for (const action of flow.actions.slice(0, step - 1)) await action(walk)
  return walk.location
}
