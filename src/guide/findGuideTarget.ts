import type { FlowTarget } from '@/flows'

/**
 * Finds the element a flow step points at the way a person (and the tests' getByRole) finds it:
 * by role and accessible name, inside the named row when the name alone is ambiguous. A small
 * subset of the accessible-name rules is enough, because the sites' markup is ours.
 */
const ROLE_SELECTORS: Record<FlowTarget['role'], string> = {
  button: 'button, [role="button"], input[type="submit"], input[type="button"]',
  link: 'a[href], [role="link"]',
}

/** Marks what the guide itself draws, so it is never mistaken for the page's own elements. */
export const GUIDE_ATTRIBUTE = 'data-guide'

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')
  if (label) return squash(label)
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy) {
    const ids = labelledBy.split(/\s+/)
    return squash(ids.map((id) => document.getElementById(id)?.textContent).join(' '))
  }
  if (element instanceof HTMLInputElement) return squash(element.value)
  return squash(element.textContent)
}

function isShown(element: Element): boolean {
  return !element.closest(`[hidden], [aria-hidden="true"], [${GUIDE_ATTRIBUTE}]`)
}

function byName(scope: ParentNode, selector: string, name: string): HTMLElement | null {
  const match = [...scope.querySelectorAll<HTMLElement>(selector)].find(
    (element) => isShown(element) && accessibleName(element) === name,
  )
  return match ?? null
}

export function findGuideTarget(
  target: FlowTarget,
  root: ParentNode = document,
): HTMLElement | null {
  const scope = target.within ? byName(root, 'li, [role="listitem"]', target.within) : root
  return scope ? byName(scope, ROLE_SELECTORS[target.role], target.name) : null
}
