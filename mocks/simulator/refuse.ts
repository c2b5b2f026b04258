import { HttpResponse } from 'msw'
import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'
import { MESSAGES } from '@/contracts/errors'
import { StorageFullError } from '../shared/persistence'

/**
 * The control surface answers in the servers' one error shape. Its checks throw a Refusal and the
 * handler turns it into the answer, so every check runs before anything is changed.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
  }
}

export function refuse(
  status: number,
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): never {
  throw new Refusal(status, code, message, fields)
}

export function refusalResponse(refusal: Refusal): Response {
  const body: ApiErrorBody = {
    error: {
      code: refusal.code,
      message: refusal.message,
      ...(refusal.fields ? { fields: refusal.fields } : {}),
    },
  }
  return HttpResponse.json(body, { status: refusal.status })
}

/** A name the request sent, as a message repeats it: a megabyte of it is not worth echoing. */
export function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name
}

/**
 * Runs a handler body; a Refusal becomes its answer. Anything else is a bug, answered in the one
 * error shape (never MSW's stack trace) so the console still shows a sentence.
 */
export async function answering(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof Refusal) return refusalResponse(error)
    if (error instanceof StorageFullError) {
      return refusalResponse(new Refusal(507, 'storage_full', MESSAGES.storageFull))
    }
    console.error('[simulator] control request failed', error)
    return refusalResponse(new Refusal(500, 'server_error', MESSAGES.serverError('シミュレーター')))
  }
}
