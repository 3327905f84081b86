// What the server of the built dashboard sends (`vite preview`, as `./oms run` and the browser
// tests serve it): the security headers of security-headers.json, whose Content-Security-Policy
// lets the page call exactly the three services, and config.json naming those services. Both
// come from the same URLs (OMS_ORDER_URL, OMS_PAYMENT_URL, OMS_NOTIFICATION_URL), so the page
// is never pointed at a service its policy blocks.
import type { Plugin } from 'vite'
import HEADERS from '../security-headers.json' with { type: 'json' }

/** Where the three services are, as the dashboard's config.json names them. */
export interface ServiceUrls {
  order_url: string
  payment_url: string
  notification_url: string
}

/** The services' URLs from the environment; by default on localhost, ports 8000 to 8002. */
export function serviceUrls(env: Record<string, string | undefined>): ServiceUrls {
  const url = (name: string, port: number) => (env[name] || `http://localhost:${port}`).replace(/\/$/, '')
  return {
    order_url: url('OMS_ORDER_URL', 8000),
    payment_url: url('OMS_PAYMENT_URL', 8001),
    notification_url: url('OMS_NOTIFICATION_URL', 8002),
  }
}

/** The security headers, the policy's connect-src naming the services' origins. */
export function securityHeaders(urls: ServiceUrls): Record<string, string> {
  const origins = [...new Set(Object.values(urls).map((url) => new URL(url).origin))].join(' ')
  return Object.fromEntries(
    Object.entries(HEADERS as Record<string, string>).map(([name, value]) => [name, value.replace('{service-origins}', origins)]),
  )
}

/** Serves config.json with the services' URLs, with the same headers as every other file. */
export function runtimeConfig(urls: ServiceUrls): Plugin {
  const body = JSON.stringify(urls)
  const headers = securityHeaders(urls)
  return {
    name: 'oms-runtime-config',
    configurePreviewServer(server) {
      server.middlewares.use('/config.json', (_request, response) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        response.setHeader('Content-Type', 'application/json; charset=utf-8')
        response.setHeader('Cache-Control', 'no-store')
        response.end(body)
      })
    },
  }
}
