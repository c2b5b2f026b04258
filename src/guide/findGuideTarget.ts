import { computeAccessibleName, getRole } from 'dom-accessibility-api'
import type { FlowTarget } from '@/flows'

/**
 * Finds the element a flow step points at the way a person (and a screen reader) finds it: by
 * role and accessible name, inside the named list row or the named open dialog when the name
 * alone is ambiguous. The guide points at it; the jsdom walkers click it.
 */

/** Marks what the guide itself draws, so it is never mistaken for the page's own elements. */
export const GUIDE_ATTRIBUTE = 'data-guide'

type Role = FlowTarget['role'] | 'listitem' | 'dialog'

/** Where each role can be, so that only those elements are asked their role and name. */
const CANDIDATES: Record<Role, string> = {
  button: 'button, input, summary, [role]',
  link: 'a, area, [role]',
  listitem: 'li, [role]',
  dialog: 'dialog, [role]',
}

/**
 * What is hidden is passed over by its attributes, as the sites hide things, before any name is
 * read. The names are then read without computed styles: the guide searches on every change of
 * the page, and in jsdom, where the walkers and the guide's tests run, each element's computed
 * style costs milliseconds.
 */
const SKIPPED = `[${GUIDE_ATTRIBUTE}], [hidden], [aria-hidden="true"]`

function byRoleAndName(scope: ParentNode, role: Role, name: string): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(CANDIDATES[role])].filter(
    (element) =>
      getRole(element) === role &&
      !element.closest(SKIPPED) &&
      computeAccessibleName(element, { hidden: true }) === name,
  )
}

function scopesOf(target: FlowTarget, root: ParentNode): ParentNode[] {
  if (target.within) return byRoleAndName(root, 'listitem', target.within)
  if (target.inDialog) return byRoleAndName(root, 'dialog', target.inDialog)
  return [root]
}

/** Every element that answers to the target; the walkers insist on exactly one. */
export function findFlowTargets(target: FlowTarget, root: ParentNode = document): HTMLElement[] {
  return scopesOf(target, root).flatMap((scope) => byRoleAndName(scope, target.role, target.name))
}

export function findGuideTarget(
  target: FlowTarget,
  root: ParentNode = document,
): HTMLElement | null {
  return findFlowTargets(target, root)[0] ?? null
}
