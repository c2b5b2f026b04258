import { delay, http } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { SiteKey } from '@/contracts/sites'
import type { AuditEvent } from './audit'
import { faultFor } from './faults'
import { StorageFullError } from './persistence'
import { ownField, readJsonObject } from './jsonBody'
import { asRefusal, Refusal, refuse } from './refusal'
import { recordExchange, type ExchangeRecording } from './recorder'

/**
 * Every endpoint of both servers is declared through `defineEndpoint`, which gives them the same
 * habits: seed the data on first use, apply injected latency and failures before the handler
 * runs (so an injected failure never changes anything), turn a thrown Refusal into the one
 * error shape, write one audit event per request, and leave the exchange in the sequence
 * recorder (shared/recorder.ts) that the console's 「画面の裏側」 shows.
 */
export interface EndpointContext<Params> {
  request: Request
  params: Params
  /** Adds fields to this request's audit event (never secrets). */
  note(detail: AuditEvent['detail']): void
}

export interface ServerDefinition {
  site: SiteKey
  siteName: string
  apiRoot: string
  prepare(): Promise<void>
  audit(event: Omit<AuditEvent, 'at'>): Promise<void>
}

interface EndpointOptions {
  /** Audit event type, e.g. "link.authenticate". */
  event: string
  /** Reads that change nothing audit their failures only. */
  auditSuccess?: boolean
  /** Served outside the API root (the discovery document sits under the issuer). */
  root?: string
}

type Resolver<Params> = (context: EndpointContext<Params>) => Promise<Response>

const declared: Record<SiteKey, string[]> = { mynaportal: [], hellowork: [] }

/** Every path a server declares, in declaration order: what a fault can be injected into. */
export function declaredEndpoints(site: SiteKey): string[] {
  return [...declared[site]]
}

export function endpointFactory(server: ServerDefinition) {
  return function defineEndpoint<Params extends Record<string, string> = Record<string, never>>(
    method: 'get' | 'post',
    path: string,
    options: EndpointOptions,
    resolver: Resolver<Params>,
  ) {
    if (!declared[server.site].includes(path)) declared[server.site].push(path)
    return http[method](`${options.root ?? server.apiRoot}${path}`, async ({ request, params }) => {
      const recording = recordExchange(request, {
        site: server.site,
        endpoint: path,
        event: options.event,
      })
      return recording.finish(await respond(request, params as Params, recording))
    })

    async function respond(
      request: Request,
      params: Params,
      recording: ExchangeRecording,
    ): Promise<Response> {
      const label = `[${server.site}] ${method.toUpperCase()} ${path}`
      try {
        await server.prepare()
      } catch (error) {
        if (error instanceof StorageFullError) {
          return asRefusal(error, server.siteName, label).toResponse()
        }
        throw error
      }
      let detail: AuditEvent['detail'] = {}
      // With the browser's storage full the audit cannot be written; the answer still goes out.
      const record = (outcome: AuditEvent['outcome'], code?: string) =>
        server.audit({ type: options.event, outcome, code, detail }).catch((error: unknown) => {
          if (!(error instanceof StorageFullError)) throw error
        })

      const fault = faultFor(server.site, path)
      recording.injected(fault.latencyMs, fault.mode !== 'none')
      if (fault.latencyMs > 0) await delay(fault.latencyMs)
      if (fault.mode !== 'none') {
        detail = { injected: true }
        const injected = injectedFailure(fault.mode, server.siteName)
        await record('failure', injected.code)
        return injected.toResponse()
      }

      try {
        const response = await resolver({
          request,
          params,
          note: (extra) => void (detail = { ...detail, ...extra }),
        })
        if (options.auditSuccess !== false) await record('success')
        return response
      } catch (error) {
        const refusal = asRefusal(error, server.siteName, label)
        if (!(error instanceof StorageFullError)) await record('failure', refusal.code)
        return refusal.toResponse()
      }
    }
  }
}

function injectedFailure(mode: 'error' | 'timeout' | 'maintenance', siteName: string) {
  switch (mode) {
    case 'error':
      return new Refusal(500, 'server_error', MESSAGES.serverError(siteName))
    case 'timeout':
      return new Refusal(504, 'timeout', MESSAGES.timeout(siteName))
    case 'maintenance':
      return new Refusal(503, 'maintenance', MESSAGES.maintenance(siteName))
  }
}

/** Reads a JSON object body (shared/jsonBody.ts); anything else is a 400 in the server's words. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  return (await readJsonObject(request)) ?? refuse(400, 'invalid_request', MESSAGES.invalidRequest)
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = ownField(body, name)
  return typeof value === 'string' ? value : ''
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? ''
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined
}
