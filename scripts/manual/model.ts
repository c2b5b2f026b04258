import {
  type FlowScreen,
  type FlowStep,
  type FlowTarget,
  type WalkableFlow,
  screenOf,
  stepLabel,
} from '../../src/flows'
import { MANUAL_SECTION, MANUAL_STEP_HEADS } from '../../src/flows/manualSection'
import type { Shot } from '../lib/gallery'

/**
 * The manual as data, built from the flows and the figures a run took: every word comes from
 * src/flows; this file only numbers the figures and puts the words in the manual's order.
 * The HTML, Word and CSV writers each print this one model.
 */

export type Viewport = Shot['viewport']

export interface Figure {
  /** 「図3.4-3」 */
  label: string
  /** 「同意確認画面」 */
  caption: string
  /** Image paths relative to the manual's folder, by width. */
  files: Partial<Record<Viewport, string>>
  /** By width: what the screen is and what is framed, for a reader who cannot see the image. */
  alts: Partial<Record<Viewport, string>>
}

export interface ScreenEntry {
  flow: WalkableFlow
  step: FlowStep
  screen: FlowScreen
  /** The step as the manual numbers it, e.g. 「③」, or 「3.1.(2)①」 for another part's. */
  stepLabel: string
  /** The element acted on, e.g. 「「同意」ボタン」; empty on a screen where nothing is. */
  element: string
  figure: Figure
}

export interface Part {
  flow: WalkableFlow
  title: string
  lead?: string
  notes: string[]
  steps: { step: FlowStep; label: string; screens: ScreenEntry[] }[]
}

export interface Manual {
  title: string
  lead: string[]
  contents: string[]
  heads: typeof MANUAL_STEP_HEADS
  parts: Part[]
}

/** Text and bold runs: the manual writes button names in bold, without the brackets. */
export type Run = { text: string; bold: boolean }

export function runs(text: string): Run[] {
  return text
    .split(/「([^「」]+)」(?=ボタン)/)
    .map((piece, i) => ({ text: piece, bold: i % 2 === 1 }))
    .filter((run) => run.text !== '')
}

const ROLE_WORD: Record<FlowTarget['role'], string> = { button: 'ボタン', link: 'リンク' }

export function elementOf(target: FlowTarget | undefined): string {
  return target ? `「${target.name}」${ROLE_WORD[target.role]}` : ''
}

function altText(screen: FlowScreen, annotated: boolean, viewport: Viewport): string {
  const framed =
    annotated && screen.target ? `${elementOf(screen.target)}を赤枠で囲んでいます。` : ''
  return `${screenOf(screen).title}画面${viewport === 'sp' ? '（スマートフォン）' : ''}。${framed}`
}

export interface ManualOptions {
  /** Figure numbers are 「図<prefix>-<n>」. */
  figurePrefix: string
  annotated: boolean
}

export function buildManual(shots: Shot[], options: ManualOptions): Manual {
  let figureCount = 0
  const flows = [...new Set(shots.map((s) => s.flow))]
  const parts = flows.map((flow): Part => {
    const steps = flow.steps.map((step) => ({
      step,
      label: stepLabel(step),
      screens: step.screens.flatMap((screen): ScreenEntry[] => {
        const taken = shots.filter((s) => s.flow === flow && s.step === step && s.screen === screen)
        if (taken.length === 0) return []
        figureCount += 1
        const files: Figure['files'] = {}
        const alts: Figure['alts'] = {}
        for (const shot of taken) {
          files[shot.viewport] = `figures/${shot.file}`
          alts[shot.viewport] = altText(screen, options.annotated, shot.viewport)
        }
        return [
          {
            flow,
            step,
            screen,
            stepLabel: stepLabel(step),
            element: elementOf(screen.target),
            figure: {
              label: `図${options.figurePrefix}-${figureCount}`,
              caption: `${screenOf(screen).title}画面`,
              files,
              alts,
            },
          },
        ]
      }),
    }))
    return {
      flow,
      title: flow.title,
      lead: (MANUAL_SECTION.partLead as Record<string, string | undefined>)[flow.id],
      notes: (MANUAL_SECTION.partNotes as Record<string, string[] | undefined>)[flow.id] ?? [],
      steps: steps.filter((s) => s.screens.length > 0),
    }
  })
  return {
    title: `${MANUAL_SECTION.number} ${MANUAL_SECTION.title}`,
    lead: MANUAL_SECTION.lead,
    contents: MANUAL_SECTION.parts,
    heads: MANUAL_STEP_HEADS,
    parts,
  }
}

/** Every screen of the manual in order, for the step list and the comparisons. */
export const entriesOf = (manual: Manual) =>
  manual.parts.flatMap((part) => part.steps.flatMap((step) => step.screens))
