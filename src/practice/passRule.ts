import type { PassRule } from './results'

/** The trainer's 合格 rule, kept in this browser for the next learner. */
const RULE_KEY = 'mhsim:assessment-rule:v1'
export const DEFAULT_RULE: PassRule = { maxHints: 2, maxMistakes: 3 }
const LIMIT = 99

const isLimit = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LIMIT

export function loadRule(): PassRule {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RULE_KEY) ?? 'null')
    if (typeof value === 'object' && value !== null) {
      const { maxHints, maxMistakes } = value as Record<string, unknown>
      if (isLimit(maxHints) && (maxMistakes === null || isLimit(maxMistakes))) {
        return { maxHints, maxMistakes }
      }
    }
  } catch {
    // Unreadable or blocked: the default rule.
  }
  return DEFAULT_RULE
}

export function saveRule(rule: PassRule): void {
  try {
    localStorage.setItem(RULE_KEY, JSON.stringify(rule))
  } catch {
    // Blocked storage: the rule holds for this attempt only.
  }
}

/**
 * A limit typed by the trainer (or given in the URL): a whole number 0–99; empty means no limit
 * where that is allowed. A message in Japanese when it is neither.
 */
export function parseLimit(
  text: string,
  label: string,
  emptyAllowed: boolean,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (trimmed === '' && emptyAllowed) return { ok: true, value: null }
  if (/^\d{1,2}$/.test(trimmed)) return { ok: true, value: Number(trimmed) }
  const empty = emptyAllowed ? '（数えない場合は空欄）' : ''
  return {
    ok: false,
    message: `「${label}」は 0 から ${LIMIT} までの数字で入力してください${empty}。`,
  }
}
