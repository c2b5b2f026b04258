import { delay, http, type HttpHandler } from 'msw'
import * as v from 'valibot'
import type { ParamsOf, RequestOf, Route } from '@/contracts/endpoint'
import { HELLOWORK_ROUTES } from '@/contracts/helloworkEndpoints'
import { MYNAPORTAL_ROUTES } from '@/contracts/mynaportalEndpoints'
import { MESSAGES } from '@/contracts/errors'
import type { SiteKey } from '@/contracts/sites'
import type { AuditEvent } from './audit'
import { faultFor } from './faults'
import { StorageFullError } from './persistence'
import { readJsonObject } from './jsonBody'
import { asRefusal, Refusal, refuse } from './refusal'
import { recordExchange, type ExchangeRecording } from './recorder'
import type { ServerFetch } from './serverFetch'

/**
 * Every endpoint of both servers is declared through `defineEndpoint`, which gives them the same
 * habits: seed the data on first use, apply injected latency and failures before the handler
 * runs (so an injected failure never changes anything), turn a thrown Refusal into the one
 * error shape, write one audit event per request, and leave the exchange in the sequence
 * recorder (shared/recorder.ts) that the console's 「画面の裏側」 shows.
 */
export interface EndpointContext<Params, Body> {
  request: Request
  params: Params
  /**
   * The JSON body as the endpoint's schema reads it; a body that is not a JSON object is a 400.
   * Read when the handler asks, so checks it makes first (a credential) still come first.
   */
  readBody(): Promise<Body>
  /** Adds fields to this request's audit event (never secrets). */
  note(detail: AuditEvent['detail']): void
  /** Requests to the other server, answered by the handlers of this endpoint's own set. */
  serverFetch: ServerFetch
}

/**
 * A handler not yet given its set's back channel: `createHandlers()` (mocks/handlers.ts) binds
 * each one, so every set of servers built answers its server-to-server calls itself.
 */
export type ServerHandler = (serverFetch: ServerFetch) => HttpHandler

export interface ServerDefinition {
  site: SiteKey
  siteName: string
  apiRoot: string
  prepare(): Promise<void>
  audit(event: Omit<AuditEvent, 'at'>): Promise<void>
}

/**
 * What a body schema may read of a request: the fields the table names, as text where the handler
 * checks the value itself (input is checked last, after session, CSRF and existence).
 */
type Readable<Request> = { [K in keyof Request]?: Request[K] | string }

interface EndpointOptions<Body> {
  /** Audit event type, e.g. "link.authenticate". */
  event: string
  /** Reads that change nothing audit their failures only. */
  auditSuccess?: boolean
  /** Served outside the API root (the discovery document sits under the issuer). */
  root?: string
  /** What the JSON body must be; its output is checked against the table's request type. */
  body?: v.GenericSchema<unknown, Body>
}

export type Resolver<Params, Body> = (context: EndpointContext<Params, Body>) => Promise<Response>

const ROUTES: Record<SiteKey, readonly Route[]> = {
  mynaportal: MYNAPORTAL_ROUTES,
  hellowork: HELLOWORK_ROUTES,
}

/** Every path of a server's table, in its order: what a fault can be injected into. */
export function declaredEndpoints(site: SiteKey): string[] {
  return [...new Set(ROUTES[site].map((route) => route.slice(route.indexOf(' ') + 1)))]
}

/**
 * `defineEndpoint(route, options, resolver)` for one server, whose table (src/contracts) is
 * `Table`: the route must be one of its routes, the body schema must read what its request
 * names, and the path's params are typed from the route.
 */
export function endpointFactory<Table>(server: ServerDefinition) {
  return function defineEndpoint<
    R extends keyof Table & Route,
    Body extends Readable<RequestOf<Table[R]>> = never,
  >(
    route: R,
    options: EndpointOptions<Body>,
    resolver: Resolver<ParamsOf<R>, Body>,
  ): ServerHandler {
    // The path keeps its `:name` parameters: MSW matches them, the recorder names the endpoint.
    const path = route.slice(route.indexOf(' ') + 1)
    const method = route.startsWith('GET ') ? 'get' : 'post'
    const readBody = async (request: Request): Promise<Body> => {
      const parsed = v.safeParse(options.body ?? NO_BODY, await readJsonBody(request))
      return parsed.success
        ? (parsed.output as Body)
        : refuse(400, 'invalid_request', MESSAGES.invalidRequest)
    }
    return (serverFetch) =>
      http[method](`${options.root ?? server.apiRoot}${path}`, async ({ request, params }) => {
        const recording = recordExchange(request, {
          site: server.site,
          endpoint: path,
          event: options.event,
        })
        const endpointParams = params as ParamsOf<R>
        return recording.finish(await respond(request, endpointParams, recording, serverFetch))
      })

    async function respond(
      request: Request,
      params: ParamsOf<R>,
      recording: ExchangeRecording,
      serverFetch: ServerFetch,
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
          readBody: () => readBody(request),
          note: (extra) => void (detail = { ...detail, ...extra }),
          serverFetch,
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

const NO_BODY = v.unknown()

/** Reads a JSON object body (shared/jsonBody.ts); anything else is a 400 in the server's words. */
async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  return (await readJsonObject(request)) ?? refuse(400, 'invalid_request', MESSAGES.invalidRequest)
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? ''
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined
}
