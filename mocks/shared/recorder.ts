import type { SequenceEntry } from '@/contracts/sequence'
import { SCREEN_HEADER } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { cutText } from './audit'
import { isoAt, now } from './clock'
import { requestFields, responseFields, senderOf } from './exchangeFields'
import { maskFields } from './mask'
import { defineDocument, MissingDocumentError, StorageFullError } from './persistence'
import { randomToken } from './secrets'
import { epochSchema, sequenceLogSchema } from './sequenceSchema'
import { writeLater } from './writeLater'

/**
 * The sequence recorder behind 「画面の裏側」: every request either server answers, as that server
 * saw it — who sent it (the browser, the other server's back channel, or the simulator preparing
 * a step), the endpoint, the key parameters with secrets masked, and the answer. It is written by
 * the endpoint factory itself, so nothing can reach a server without appearing here.
 */
const SEQUENCE_LIMIT = 300
/** And at most this many characters of JSON, whatever the entries hold (localStorage is ~5 MB). */
const SEQUENCE_MAX_CHARS = 500_000
/** Exported for tests that check when the log is written. */
export const sequenceDocument = defineDocument('sequence', sequenceLogSchema, 'sequence')
/** The log's epoch on its own, so that each request can note it without reading the whole log. */
const epochDocument = defineDocument('sequence-epoch', epochSchema)

/** One answer, described, with the log it belongs to. */
type Recorded = { epoch: string; entry: Omit<SequenceEntry, 'id'> }

/**
 * Answers are described and written after the step, together (writeLater.ts says why it pays);
 * whoever reads the log writes them first.
 */
// Process-wide on purpose: one stored log, which every set of servers appends to in order.
const recordings = writeLater(appendToLog, 250)

/** The entries after `afterId` of the log `epoch`; of a log started since, all of them. */
export async function sequenceEntries(
  afterId = 0,
  epoch = '',
): Promise<{ epoch: string; entries: SequenceEntry[] }> {
  await recordings.flush()
  const log = sequenceDocument.load()
  if (!log) return { epoch: '', entries: [] }
  const after = log.epoch === epoch ? afterId : 0
  return { epoch: log.epoch, entries: log.entries.filter((entry) => entry.id > after) }
}

/** Read on every request: only the small document, never the log (up to 300 entries). */
function currentEpoch(): string {
  const epoch = epochDocument.load()
  if (epoch !== undefined) return epoch
  const log = sequenceDocument.load() ?? { epoch: randomToken(8), nextId: 1, entries: [] }
  sequenceDocument.save(log)
  epochDocument.save(log.epoch)
  return log.epoch
}

export function clearSequence(): void {
  sequenceDocument.clear()
  epochDocument.clear()
}

/** Appends a batch of answers, in the order they were given, in one update of the log. */
async function appendToLog(batch: Array<() => Promise<Recorded>>): Promise<void> {
  const written = await Promise.all(batch.map((describe) => describe().catch(() => undefined)))
  // Cleared meanwhile, the update throws and the batch is dropped; restarted, the epoch differs.
  await sequenceDocument
    .update((log) => {
      for (const recorded of written) {
        if (recorded?.epoch !== log.epoch) continue
        log.entries.push({ id: log.nextId++, ...recorded.entry })
      }
      if (log.entries.length > SEQUENCE_LIMIT) {
        log.entries.splice(0, log.entries.length - SEQUENCE_LIMIT)
      }
      while (log.entries.length > 1 && JSON.stringify(log).length > SEQUENCE_MAX_CHARS) {
        log.entries.splice(0, Math.ceil(log.entries.length / 4))
      }
    })
    .catch((error: unknown) => {
      // A recording must never turn an answer the server gave into a failure, nor fill the
      // storage the servers need: a full browser storage drops the log's older half.
      if (error instanceof MissingDocumentError) epochDocument.clear()
      if (error instanceof StorageFullError) return dropOlderHalf()
    })
}

async function dropOlderHalf(): Promise<void> {
  await sequenceDocument
    .update((log) => void log.entries.splice(0, Math.ceil(log.entries.length / 2)))
    .catch(() => undefined)
}

/** Host time with sub-millisecond resolution, so a back-channel call sorts inside its request. */
function hostNow(): number {
  return performance.timeOrigin + performance.now()
}

export interface ExchangeRecording {
  /** Marks the answer as an injected failure or delay. */
  injected(latencyMs: number, failed: boolean): void
  /**
   * Records the answer in the background and gives back the one to send: the same status,
   * headers and body, read once here. A clone would tee the body, and in Chromium a teed body
   * takes about 1 ms longer to read, on every request.
   */
  finish(response: Response): Promise<Response>
}

/** Starts recording one request; call before anything reads its body. */
export function recordExchange(
  request: Request,
  target: { site: SiteKey; endpoint: string; event: string },
): ExchangeRecording {
  const startedAt = hostNow()
  const at = isoAt(now())
  // A request that began before a reset must not appear in the log started after it.
  const epoch = currentEpoch()
  const copy = request.clone()
  let injection: Pick<SequenceEntry, 'injected' | 'latencyMs'> = {}
  return {
    injected(latencyMs, failed) {
      injection = {
        ...(failed ? { injected: true } : {}),
        ...(latencyMs > 0 ? { latencyMs } : {}),
      }
    },
    async finish(response) {
      const body = response.body === null ? null : await response.text()
      recordings.keep(async () => ({ epoch, entry: await describe(response, body) }))
      const { status, statusText, headers } = response
      return new Response(body, { status, statusText, headers })
    },
  }

  async function describe(
    answer: Response,
    body: string | null,
  ): Promise<Omit<SequenceEntry, 'id'>> {
    const sent = await requestFields(copy)
    const answered = responseFields(body)
    const [requestMasked, responseMasked] = await Promise.all([
      maskFields(sent),
      maskFields(answered.fields),
    ])
    const screen = request.headers.get(SCREEN_HEADER)
    return {
      startedAt,
      at,
      from: senderOf(request, target.site),
      to: target.site,
      method: request.method,
      endpoint: target.endpoint,
      path: cutText(new URL(request.url).pathname.replace(/^\/api/, '')),
      ...(screen ? { screen } : {}),
      status: answer.status,
      event: target.event,
      outcome: answer.ok ? 'success' : 'failure',
      ...(answered.code ? { code: answered.code } : {}),
      ...injection,
      request: requestMasked,
      response: responseMasked,
    }
  }
}
