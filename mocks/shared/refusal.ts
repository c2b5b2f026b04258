import { HttpResponse } from 'msw'
import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'
import { MESSAGES } from '@/contracts/errors'
import { StorageFullError } from './persistence'

/**
 * The one error shape of both servers and the simulator's control surface,
 * `{ error: { code, message, ... } }`. Checks throw a Refusal and the endpoint turns it into the
 * answer, so every check runs before anything is changed.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<ApiErrorBody['error'], 'code' | 'message'> = {},
  ) {
    super(message)
  }

  /** The answer this refusal gives; the OAuth endpoints give the standard shape instead. */
  toResponse(): Response {
    const body: ApiErrorBody = { error: { code: this.code, message: this.message, ...this.extra } }
    return HttpResponse.json(body, { status: this.status })
  }
}

export function refuse(
  status: number,
  code: ErrorCode,
  message: string,
  extra?: Refusal['extra'],
): never {
  throw new Refusal(status, code, message, extra)
}

/** 422 naming each refused field with its message, when there is one. */
export function requireValid(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) {
    refuse(422, 'validation', MESSAGES.validationSummary, { fields })
  }
}

/**
 * What any error thrown by an endpoint answers: a Refusal itself, a write the browser refused as
 * 507 (nothing was saved), and anything else, a bug, as a 500 in the one shape (never MSW's stack
 * trace), so the screen and the console still show a sentence.
 */
export function asRefusal(error: unknown, siteName: string, label: string): Refusal {
  if (error instanceof Refusal) return error
  if (error instanceof StorageFullError) {
    return new Refusal(507, 'storage_full', MESSAGES.storageFull)
  }
  console.error(`${label} failed`, error)
  return new Refusal(500, 'server_error', MESSAGES.serverError(siteName))
}

/** A name the request sent, as a message repeats it: a megabyte of it is not worth echoing. */
export function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name
}
