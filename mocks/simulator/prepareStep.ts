/**
 * Reset to a step: the simulator walks the flow up to that step through the real endpoints, as
 * the browser would, so the step finds exactly the state it needs (for つなぐ ③: a Mynaportal
 * session holding a pending authorization, and Hello Work's open transaction). Each request says
 * which screen's action it replays, so 「画面の裏側」 shows the preparation step by step.
 * 1. the flow's definition (src/flows) gives its scenario and steps; action k here leads from
 *    step k's screen to step k+1's, sending what those screens send (browserSide.ts)
 * 2. the answer: the `location` of the prepared step's first screen, on one of the two sites
 */
import type { ErrorCode } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { CALLER_HEADER, SCREEN_HEADER, type ScenarioName } from '@/contracts/simulator'
import {
  HELLOWORK_INITIATE_LOGIN_URI,
  HELLOWORK_SITE_ID,
  MYNAPORTAL_ISSUER,
  MYNAPORTAL_ORIGIN,
} from '@/contracts/sites'
import { FLOWS, type FlowId } from '@/flows'
import { browserSide, locationOf, type Answer } from './browserSide'
import { currentPersona } from './persona'
import type { ServerFetch } from '../shared/serverFetch'

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
  /** The requests a screen sends, through the set's own handlers. */
  browser: ReturnType<typeof browserSide>
  location: URL
  csrfToken: string
}

type Action = (walk: Walk) => Promise<void>

/** Each request says which screen's action it replays; the first refusal ends the walk. */
const sender = (serverFetch: ServerFetch) =>
  async function send<T>(screen: string, url: string, body?: unknown): Promise<Answer<T>> {
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
    return { status: response.status, body: answer }
  }

/** Hello Work's initiation, Mynaportal's authorize screen, and where that leads. */
async function followInitiation(walk: Walk, initiation: URL, screen?: string): Promise<void> {
  walk.location = await walk.browser.authorize(await walk.browser.initiate(initiation, screen))
  // Single sign-on answers at once with a code: the callback screen hands it to Hello Work.
  if (walk.location.pathname === '/auth/callback') {
    walk.location = locationOf(await walk.browser.callback(walk.location))
  }
}

const signIn: Action = async (walk) => {
  walk.csrfToken = await walk.browser.mynaLogin('card-ashita', PRACTICE_PERSONA.pin)
  walk.location = new URL(`${MYNAPORTAL_ORIGIN}/connections`)
}

const pressSiteButton =
  (button: 'start' | 'use', screen: string): Action =>
  async (walk) => {
    await followInitiation(walk, await walk.browser.pressSiteButton(button, walk.csrfToken, screen))
  }

const consent: Action = async (walk) => {
  walk.location = locationOf(await walk.browser.callback(await walk.browser.decide('allow')))
}

const authenticateLink: Action = async (walk) => {
  // The persona's e-mail as the console may have changed it; the password is the practice one.
  const answer = await walk.browser.authenticateLink(
    currentPersona().email,
    PRACTICE_PERSONA.password,
  )
  walk.location = locationOf(answer)
}

const completeAndUse: Action = async (walk) => {
  await walk.browser.complete(walk.location, walk.csrfToken)
  await pressSiteButton('use', 'myna-connection-complete')(walk)
}

/** 属性連携不整合確認's マイナポータル連携開始: the link again, started from Hello Work. */
const restartLink: Action = (walk) => {
  const initiation = new URL(
    `${HELLOWORK_INITIATE_LOGIN_URI}?${new URLSearchParams({
      iss: MYNAPORTAL_ISSUER,
      target_link_uri: HELLOWORK_TARGETS.link,
    })}`,
  )
  // The mismatch screen itself asks Hello Work to initiate: no initiation screen in between.
  return followInitiation(walk, initiation, 'hw-link-mismatch')
}

/** やめる only opens つながりの解除; nothing is sent until its 同意. */
const openDisconnect: Action = async (walk) => {
  walk.location = new URL(`${MYNAPORTAL_ORIGIN}/connections/${HELLOWORK_SITE_ID}/disconnect`)
}

const stopConnection: Action = async (walk) => {
  await walk.browser.stopConnection(walk.csrfToken)
  walk.location = new URL(
    `${MYNAPORTAL_ORIGIN}/connections/${HELLOWORK_SITE_ID}/disconnect/complete`,
  )
}

/** What each flow's steps do: actions[k - 1] leads from step k to step k + 1. */
const STEP_ACTIONS: Record<FlowId, Action[]> = {
  link: [
    signIn,
    pressSiteButton('start', 'myna-connections'),
    consent,
    authenticateLink,
    completeAndUse,
  ],
  unlink: [signIn, openDisconnect, stopConnection],
  sso: [signIn, pressSiteButton('use', 'myna-connections')],
  mismatch: [
    signIn,
    pressSiteButton('use', 'myna-connections'),
    restartLink,
    consent,
    authenticateLink,
    completeAndUse,
  ],
}

interface PreparableFlow {
  /** The flow's own scenario: its steps are walked from there. */
  scenario: ScenarioName
  steps: number
  actions: Action[]
}

/** The flow of that id; compared by value, so "constructor" or "__proto__" names no flow. */
export function preparableFlow(flowId: string): PreparableFlow | undefined {
  const flow = FLOWS.find((candidate) => candidate.id === flowId)
  if (!flow) return undefined
  return { scenario: flow.scenario, steps: flow.steps.length, actions: STEP_ACTIONS[flow.id] }
}

export function stepCount(flowId: string): number | undefined {
  return preparableFlow(flowId)?.steps
}

/** Walks the loaded scenario up to `step` (1 = the flow's first screen); answers its location. */
export async function prepareStep(
  flowId: string,
  step: number,
  serverFetch: ServerFetch,
): Promise<string> {
  const flow = preparableFlow(flowId)
  if (!flow) throw new Error(`no such flow: ${flowId}`)
  const actions = flow.actions.slice(0, step - 1)
  if (actions.length !== step - 1) throw new Error(`${flowId} has no way to step ${step}`)
  const walk: Walk = {
    browser: browserSide(sender(serverFetch)),
    location: new URL(`${MYNAPORTAL_ORIGIN}/`),
    csrfToken: '',
  }
  for (const action of actions) await action(walk)
  return walk.location.href
}
