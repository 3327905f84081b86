// @vitest-environment node
// The real preview server (`vite preview`, as ./oms run serves the dashboard) with the real
// vite.config.ts, on a throw-away build: every answer carries exactly these headers.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import { securityHeaders, serviceUrls } from './dashboardServer.ts'

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self' http://127.0.0.1:18000 http://127.0.0.1:18001 http://127.0.0.1:18002; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

const EXPECTED = {
  'content-security-policy': POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
}

describe('the dashboard server', () => {
  let dist: string
  let server: PreviewServer
  let base: string

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'dashboard-dist-'))
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>')
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app")')
    writeFileSync(join(dist, 'config.json'), '{}')
    process.env.OMS_ORDER_URL = 'http://127.0.0.1:18000'
    process.env.OMS_PAYMENT_URL = 'http://127.0.0.1:18001/'
    process.env.OMS_NOTIFICATION_URL = 'http://127.0.0.1:18002'
    server = await preview({
      configFile: join(import.meta.dirname, '..', 'vite.config.ts'),
      root: join(import.meta.dirname, '..'),
      logLevel: 'silent',
      build: { outDir: dist },
      preview: { port: 0, host: '127.0.0.1' },
    })
    const address = server.httpServer.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })

  afterAll(async () => {
    await server?.close()
    delete process.env.OMS_ORDER_URL
    delete process.env.OMS_PAYMENT_URL
    delete process.env.OMS_NOTIFICATION_URL
    rmSync(dist, { recursive: true, force: true })
  })

  it.each(['/', '/imports/42', '/assets/app.js', '/config.json'])('sends the security headers with %s', async (path) => {
    const response = await fetch(base + path)

    expect(response.status).toBe(200)
    const headers = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, response.headers.get(name)]))
    expect(headers).toEqual(EXPECTED)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('serves config.json naming exactly the services the policy allows', async () => {
    const response = await fetch(`${base}/config.json`)

    expect(await response.json()).toEqual({
      order_url: 'http://127.0.0.1:18000',
      payment_url: 'http://127.0.0.1:18001',
      notification_url: 'http://127.0.0.1:18002',
    })
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  })
})

describe('the security headers', () => {
  it('default to the services on localhost, ports 8000 to 8002', () => {
    expect(serviceUrls({})).toEqual({
      order_url: 'http://localhost:8000',
      payment_url: 'http://localhost:8001',
      notification_url: 'http://localhost:8002',
    })
    expect(securityHeaders(serviceUrls({}))['Content-Security-Policy']).toContain(
      "connect-src 'self' http://localhost:8000 http://localhost:8001 http://localhost:8002;",
    )
  })

  it('name a service origin once however many services share it', () => {
    const urls = { order_url: 'https://api.example.jp/orders', payment_url: 'https://api.example.jp/payments', notification_url: 'https://api.example.jp' }

    expect(securityHeaders(urls)['Content-Security-Policy']).toContain("connect-src 'self' https://api.example.jp;")
  })
})
