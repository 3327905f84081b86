import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError, configureAuth, errorMessage, filenameFrom } from './client'
import { setServiceUrls } from '../config'

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key)

function respond(status: number, body: unknown, contentType = 'application/problem+json') {
  return vi.fn().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  )
}

describe('api client', () => {
  beforeEach(() => {
    setServiceUrls({ order: 'http://orders.test', payment: 'http://payments.test', notification: 'http://notify.test' })
    configureAuth(() => 'token-1', () => {})
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends the bearer token and the query to the right service', async () => {
    const fetchMock = respond(200, { items: [], total: 0, skip: 0, limit: 20 }, 'application/json')
    vi.stubGlobal('fetch', fetchMock)
    await api('order', '/api/v1/orders', { query: { status: 'paid', batch_id: undefined, skip: 0 } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('http://orders.test/api/v1/orders?status=paid&skip=0')
    expect((init as RequestInit).headers).toMatchObject({ Authorization: 'Bearer token-1' })
  })

  it('turns a problem detail into an ApiError carrying its detail and code', async () => {
    vi.stubGlobal(
      'fetch',
      respond(409, { title: 'Conflict', detail: 'Order 42 cannot be cancelled in state shipped', code: 'ILLEGAL_TRANSITION' }),
    )
    const error = await api('order', '/api/v1/orders/42', { method: 'DELETE' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(409)
    expect((error as ApiError).code).toBe('ILLEGAL_TRANSITION')
    expect(errorMessage(error, t)).toBe('Order 42 cannot be cancelled in state shipped')
  })

  it('says which service is unreachable when the connection fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const error = await api('payment', '/api/v1/payments/order/1').catch((e: unknown) => e)
    expect((error as ApiError).kind).toBe('network')
    expect(errorMessage(error, t)).toBe('errors.unreachable {"service":"services.payment"}')
  })

  it('logs out on a 401 to an authenticated call and says the session expired', async () => {
    const unauthorized = vi.fn()
    configureAuth(() => 'expired', unauthorized)
    vi.stubGlobal('fetch', respond(401, { title: 'Unauthorized', detail: 'Authentication required: expired' }))
    const error = await api('order', '/api/v1/orders').catch((e: unknown) => e)
    expect(unauthorized).toHaveBeenCalledTimes(1)
    expect(errorMessage(error, t)).toBe('errors.unauthorized')
  })

  it('uses the role message for a 403 and the status for an empty error body', async () => {
    vi.stubGlobal('fetch', respond(403, ''))
    expect(errorMessage(await api('order', '/api/v1/imports').catch((e: unknown) => e), t)).toBe('errors.forbidden')
    vi.stubGlobal('fetch', respond(500, ''))
    expect(errorMessage(await api('order', '/api/v1/imports').catch((e: unknown) => e), t)).toBe('errors.status {"status":500}')
  })

  it('answers a 503 without a body as the service being unreachable', async () => {
    vi.stubGlobal('fetch', respond(503, ''))
    const error = await api('notification', '/api/v1/notifications/order/1').catch((e: unknown) => e)
    expect((error as ApiError).unreachable).toBe(true)
    expect(errorMessage(error, t)).toBe('errors.unreachable {"service":"services.notification"}')
  })

  it('reads the UTF-8 file name of a download', () => {
    expect(filenameFrom(`attachment; filename="=?UTF-8?Q?x?="; filename*=UTF-8''%E6%B3%A8%E6%96%87-errors.csv`, 'x.csv')).toBe('注文-errors.csv')
    expect(filenameFrom('attachment; filename="orders-errors.csv"', 'x.csv')).toBe('orders-errors.csv')
    expect(filenameFrom(null, 'x.csv')).toBe('x.csv')
  })
})
