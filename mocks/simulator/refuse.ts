import { HttpResponse } from 'msw'
import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'

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

/** Runs a handler body; a Refusal becomes its answer, anything else propagates. */
export async function answering(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof Refusal) return refusalResponse(error)
    throw error
  }
}
