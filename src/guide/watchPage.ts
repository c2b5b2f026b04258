import { GUIDE_ATTRIBUTE } from './findGuideTarget'

/**
 * One observer of the page for the guide: every change lets it look for its target again (views
 * render after their data arrives), and every newly shown error (role="alert") outside the guide
 * is reported once, with its text, as the screen's refusal of what the learner did.
 */
export function watchPage(onChange: (newAlerts: string[]) => void): () => void {
  const observer = new MutationObserver((records) => {
    const alerts: string[] = []
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) alerts.push(...alertTexts(node))
      }
    }
    onChange(alerts)
  })
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'aria-hidden'],
  })
  return () => observer.disconnect()
}

function alertTexts(node: Element): string[] {
  const found = node.matches('[role="alert"]') ? [node] : []
  found.push(...node.querySelectorAll('[role="alert"]'))
  return found
    .filter((alert) => !alert.closest(`[${GUIDE_ATTRIBUTE}]`))
    .map(messageOf)
    .filter((text) => text.length > 0)
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()

/** The messages themselves (an error summary's entries, an alert's paragraphs), not its heading. */
function messageOf(alert: Element): string {
  const parts = [...alert.querySelectorAll('li, p')].map((part) => squash(part.textContent))
  const messages = parts.filter((part) => part.length > 0)
  return messages.length > 0 ? messages.join(' ') : squash(alert.textContent)
}
