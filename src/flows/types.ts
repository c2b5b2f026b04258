import type { ScreenName } from '@/contracts/screens'
import type { ScenarioName } from '@/contracts/simulator'

/**
 * The manual's steps as data. The guide, the screenshot generator, the tests and the simulator's
 * preparation of a step all read these definitions: change a step here and all of them follow.
 * They are shared with mocks/, so they import nothing but src/contracts (a lint rule says so).
 */

/** The element a person acts on, found the way a person finds it: by role and visible name. */
export interface FlowTarget {
  role: 'button' | 'link'
  name: string
  /** Accessible name of the list row that holds it, when the name alone is ambiguous. */
  within?: string
  /** Accessible name of the open dialog that holds it (a confirmation with the same button). */
  inDialog?: string
}

/** A value typed into a field, found by its label. */
export interface FlowInput {
  label: string
  value: string
  /**
   * When the value is only known at run time (a one-time password): the accessible name of the
   * region on the screen that shows it; the first run of digits as long as `value` is typed.
   */
  readFrom?: string
}

/**
 * One screen a step passes through. Its site and its h1 are the route's (`screenOf`), so a
 * renamed screen is renamed once, in the screen table.
 */
export interface FlowScreen {
  /** Stable, sortable file-name part, e.g. "doui-kakunin". */
  slug: string
  routeName: ScreenName
  /** What to do on this screen, in the manual's words where the manual has them. */
  instruction: string
  inputs?: FlowInput[]
  /** Text that must be on the screen before anything is done there (an outcome, a message). */
  shows?: string
  /** What to click to move on; absent on the last screen. */
  target?: FlowTarget
  /**
   * How the figure is cut: the first screenful, or a taller crop where the heading and the
   * target need it (default); or the whole page, for a screen the manual shows entire.
   */
  figure?: 'viewport' | 'full'
}

/** A part of the manual that numbers its own steps, as the manual cites it. */
export interface ManualPart {
  /** 「3.1.(2)」 */
  number: string
  /** 「マイナポータルからログインする場合」 */
  title: string
}

export interface FlowStep {
  /**
   * The step's place in its flow, from 1: what a reset to a step (`?step=`) names and what the
   * guide counts. Also the manual's number for the step (① = 1), unless `manualNumber` says other.
   */
  number: number
  /**
   * The manual's number for the step where that is not `number`: in a flow that goes on from the
   * middle of another part's steps (「手順③から進めてください」).
   */
  manualNumber?: number
  /**
   * The part of the manual whose step this is, in a flow whose steps the manual numbers in more
   * than one part (属性連携不整合確認: 3.1.(2)'s sign-in, then 3.4.(1)'s ③ onwards).
   */
  part?: ManualPart
  /** The manual's text for the whole step, word for word. */
  manualText: string
  screens: FlowScreen[]
}

export type FlowId = 'link' | 'unlink' | 'sso' | 'mismatch'

/**
 * Paths around the manual's flows: each failing scenario's message screen, Hello Work's own login
 * with and without a one-time password, and both sites' logouts.
 */
export type SituationId =
  | 'hw-login'
  | 'hw-login-otp'
  | 'hw-logout'
  | 'myna-logout'
  | 'pin-wrong'
  | 'pin-locked'
  | 'hw-locked'
  | 'linked-elsewhere'
  | 'expired-registration'

export interface FlowDefinition {
  id: FlowId
  /** As the manual titles it, e.g. 「(1) マイナポータルとつなぐ」. */
  title: string
  /** Short name for progress, e.g. "つなぐ". */
  shortName: string
  manualSection: string
  /** The situation the flow starts from. */
  scenario: ScenarioName
  /** The app path the flow starts at (before `?scenario=`). */
  startPath: string
  steps: FlowStep[]
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'

export function circled(stepNumber: number): string {
  return CIRCLED[stepNumber - 1] ?? String(stepNumber)
}

/** The step's number as the manual numbers it. */
export function manualNumberOf(step: FlowStep): number {
  return step.manualNumber ?? step.number
}

/** The step as the manual cites it: 「③」, or with its part 「3.1.(2)①」. */
export function stepLabel(step: FlowStep): string {
  return `${step.part?.number ?? ''}${circled(manualNumberOf(step))}`
}

/**
 * The step's part of a figure's file name, sortable in the flow's order and the same from run to
 * run: 「03」, or with its part 「3-1-2-01」 (no dots or brackets, which file names trip on).
 */
export function stepFileStem(step: FlowStep): string {
  const number = String(manualNumberOf(step)).padStart(2, '0')
  const part = step.part?.number.match(/\d+/g)?.join('-')
  return part ? `${part}-${number}` : number
}

/** A path around the manual's flows; walked and captured like a manual flow. */
export interface SituationDefinition extends Omit<FlowDefinition, 'id'> {
  id: SituationId
}

/** Anything the walkers and the screenshot generator can follow screen by screen. */
export type WalkableFlow = FlowDefinition | SituationDefinition
