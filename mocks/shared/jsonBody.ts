import * as v from 'valibot'

/**
 * The one reader of request bodies, for both servers and the control surface. A body is taken
 * only as a JSON object (not null, an array, a string or broken JSON), and copied field by field:
 * valibot's record keeps own keys only and drops `__proto__`, `constructor` and `prototype`, so
 * no body can reach Object.prototype or make a lookup find one of its members.
 */
const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const JSON_OBJECT = v.pipe(
  v.custom<Record<string, unknown>>(isJsonObject),
  v.record(v.string(), v.unknown()),
)

/** The body's own fields, or undefined when it is not a JSON object. */
export async function readJsonObject(
  request: Request,
): Promise<Record<string, unknown> | undefined> {
  let value: unknown
  try {
    value = await request.json()
  } catch {
    return undefined
  }
  const parsed = v.safeParse(JSON_OBJECT, value)
  // Without a prototype, a schema's `key in body` cannot find a field Object.prototype lends.
  return parsed.success ? Object.assign(Object.create(null), parsed.output) : undefined
}

/** A field of a parsed body, never one inherited from Object.prototype. */
export function ownField(body: object, name: string): unknown {
  return Object.hasOwn(body, name) ? (body as Record<string, unknown>)[name] : undefined
}

/**
 * A text field of a request body. Anything but a string reads as '', so the handler's own checks
 * refuse it in their words, as they refuse an empty field.
 */
export const textField = v.fallback(v.string(), '')
