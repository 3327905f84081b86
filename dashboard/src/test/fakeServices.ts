import { vi } from 'vitest'
import { setServiceUrls } from '../config'

/** Where the fake services listen; requests to any other address fail like an unreachable service. */
export const SERVICES = { order: 'http://orders.test', payment: 'http://payments.test', notification: 'http://notify.test' }

/** A request as it reached the network: method, address (with its query), headers and JSON body. */
export interface Call {
  method: string
  url: URL
  headers: Record<string, string>
  body: unknown
}

type Handler = (call: Call) => Response | Promise<Response>

/** A JSON answer, or an RFC 9457 problem detail with `contentType` set so. */
export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

/**
 * Stands in for the three services at the network boundary: `fetch` is replaced by a router
 * from "METHOD http://host/path" (no query) to a handler, and every request is recorded. A
 * request no route answers is recorded in `unexpected` and fails as a network error would.
 * Undo it with `vi.unstubAllGlobals()`.
 */
export function fakeServices(routes: Record<string, Handler>) {
  const calls: Call[] = []
  const unexpected: string[] = []
  setServiceUrls(SERVICES)
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input)
      const method = init.method ?? 'GET'
      const call: Call = {
        method,
        url,
        headers: (init.headers ?? {}) as Record<string, string>,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      }
      calls.push(call)
      const handler = routes[`${method} ${url.origin}${url.pathname}`]
      if (!handler) {
        unexpected.push(`${method} ${url.href}`)
        throw new TypeError('Failed to fetch')
      }
      return handler(call)
    }),
  )
  return {
    calls,
    unexpected,
    /** The requests made to one route, in order. */
    callsTo: (route: string) => calls.filter((call) => `${call.method} ${call.url.origin}${call.url.pathname}` === route),
  }
}

/** The query of a request as a plain object, to compare whole. */
export function queryOf(call: Call): Record<string, string> {
  return Object.fromEntries(call.url.searchParams.entries())
}

/** Signs a user in for the tab, as a login would have. */
export function signIn(username: string, role: 'admin' | 'operator' | 'viewer', token = 'test-token') {
  window.sessionStorage.setItem('oms.session', JSON.stringify({ token, username, role, expiresAt: Date.now() + 3_600_000 }))
}
