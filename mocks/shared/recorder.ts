import type { SequenceEntry, SequenceParty } from '@/contracts/sequence'
import { CALLER_HEADER, SCREEN_HEADER } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { isoAt, now } from './clock'
import { maskFields } from './mask'
import { defineDocument } from './persistence'
import { randomToken } from './secrets'

/**
 * The sequence recorder behind 「画面の裏側」: every request either server answers, as that server
 * saw it — who sent it (the browser, the other server's back channel, or the simulator preparing
 * a step), the endpoint, the key parameters with secrets masked, and the answer. It is written by
 * the endpoint factory itself, so nothing can reach a server without appearing here.
 */
interface SequenceLog {
  /** A new one each time the log starts (first use, after a reset). */
  epoch: string
  nextId: number
  entries: SequenceEntry[]
}

const SEQUENCE_LIMIT = 300
const sequenceDocument = defineDocument<SequenceLog>('sequence')

/** Recordings still being written: the answer went out first, so the recorder never delays it. */
const pending = new Set<Promise<void>>()

/** The entries after `afterId` of the log `epoch`; of a log started since, all of them. */
export async function sequenceEntries(
  afterId = 0,
  epoch = '',
): Promise<{ epoch: string; entries: SequenceEntry[] }> {
  await Promise.all([...pending])
  const log = sequenceDocument.load()
  if (!log) return { epoch: '', entries: [] }
  const after = log.epoch === epoch ? afterId : 0
  return { epoch: log.epoch, entries: log.entries.filter((entry) => entry.id > after) }
}

function startLog(): SequenceLog {
  const log = { epoch: randomToken(8), nextId: 1, entries: [] }
  sequenceDocument.save(log)
  return log
}

export function clearSequence(): void {
  sequenceDocument.clear()
}

/** Host time with sub-millisecond resolution, so a back-channel call sorts inside its request. */
function hostNow(): number {
  return performance.timeOrigin + performance.now()
}

function senderOf(request: Request, to: SiteKey): SequenceParty {
  const caller = request.headers.get(CALLER_HEADER)
  if (caller === 'simulator') return 'simulator'
  if (caller === 'back-channel') return to === 'mynaportal' ? 'hellowork' : 'mynaportal'
  return 'browser'
}

async function requestFields(request: Request): Promise<Record<string, unknown>> {
  const url = new URL(request.url)
  const fields: Record<string, unknown> = Object.fromEntries(url.searchParams)
  const bearer = request.headers.get('authorization')
  if (bearer?.startsWith('Bearer ')) fields.authorization = bearer.slice('Bearer '.length)
  if (request.method !== 'GET' && request.headers.get('content-type')?.includes('json')) {
    const body: unknown = await request.json().catch(() => null)
    if (body && typeof body === 'object') Object.assign(fields, body)
  }
  return fields
}

async function responseFields(copy: Response): Promise<{
  fields: Record<string, unknown>
  code?: string
}> {
  const body: unknown = await copy.json().catch(() => null)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { fields: {} }
  const error = (body as { error?: { code?: unknown } }).error
  if (error && typeof error === 'object') {
    return { fields: {}, code: typeof error.code === 'string' ? error.code : undefined }
  }
  return { fields: body as Record<string, unknown> }
}

export interface ExchangeRecording {
  /** Marks the answer as an injected failure or delay. */
  injected(latencyMs: number, failed: boolean): void
  /** Records the answer in the background; call before the answer's body is read. */
  finish(response: Response): void
}

/** Starts recording one request; call before anything reads its body. */
export function recordExchange(
  request: Request,
  target: { site: SiteKey; endpoint: string; event: string },
): ExchangeRecording {
  const startedAt = hostNow()
  const at = isoAt(now())
  // A request that began before a reset must not appear in the log started after it.
  const epoch = (sequenceDocument.load() ?? startLog()).epoch
  const copy = request.clone()
  let injection: Pick<SequenceEntry, 'injected' | 'latencyMs'> = {}
  return {
    injected(latencyMs, failed) {
      injection = {
        ...(failed ? { injected: true } : {}),
        ...(latencyMs > 0 ? { latencyMs } : {}),
      }
    },
    finish(response) {
      const written = write(response.clone()).catch(() => {
        // A recording must never turn an answer the server gave into a failure.
      })
      pending.add(written)
      void written.finally(() => pending.delete(written))
    },
  }

  async function write(answer: Response): Promise<void> {
    const [sent, answered] = await Promise.all([requestFields(copy), responseFields(answer)])
    const [requestMasked, responseMasked] = await Promise.all([
      maskFields(sent),
      maskFields(answered.fields),
    ])
    const screen = request.headers.get(SCREEN_HEADER)
    const entry: Omit<SequenceEntry, 'id'> = {
      startedAt,
      at,
      from: senderOf(request, target.site),
      to: target.site,
      method: request.method,
      endpoint: target.endpoint,
      path: new URL(request.url).pathname.replace(/^\/api/, ''),
      ...(screen ? { screen } : {}),
      status: answer.status,
      event: target.event,
      outcome: answer.ok ? 'success' : 'failure',
      ...(answered.code ? { code: answered.code } : {}),
      ...injection,
      request: requestMasked,
      response: responseMasked,
    }
    // Cleared meanwhile, the update throws (and finish drops it); restarted, the epoch differs.
    await sequenceDocument.update((log) => {
      if (log.epoch !== epoch) return
      log.entries.push({ id: log.nextId++, ...entry })
      if (log.entries.length > SEQUENCE_LIMIT) {
        log.entries.splice(0, log.entries.length - SEQUENCE_LIMIT)
      }
    })
  }
}
