import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import { OrdersPage } from './OrdersPage'
import { renderRoutes } from '../test/renderRoutes'

vi.mock('../api/endpoints', () => ({ listOrders: vi.fn(), exportOrders: vi.fn(), login: vi.fn() }))
const mocked = vi.mocked(await import('../api/endpoints'))

function renderAt(url: string) {
  sessionStorage.setItem('oms.session', JSON.stringify({ token: 't', username: 'u', role: 'viewer', expiresAt: Date.now() + 60_000 }))
  return renderRoutes(<Route path="/orders" element={<OrdersPage />} />, url)
}

beforeAll(async () => {
  // Local midnight, and so the period's bounds, in the platform's home zone on every machine.
  vi.stubEnv('TZ', 'Asia/Tokyo')
  await i18n.changeLanguage('en')
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(() => {
  vi.resetAllMocks()
  mocked.listOrders.mockResolvedValue({ items: [], total: 1234, skip: 40, limit: 20 })
  mocked.exportOrders.mockResolvedValue('orders-20260301-140705.csv')
})

describe('orders export', () => {
  it('exports what the applied filters show, every page, in the chosen encoding', async () => {
    const user = userEvent.setup()
    renderAt('/orders?status=paid&batch=job-1&from=2026-03-01&to=2026-03-31&skip=40&sort=-total')
    expect(await screen.findByText('Matching orders: 1,234 (one row per item)')).toBeInTheDocument()

    await user.type(screen.getByLabelText('Customer email'), 'not-applied@example.co.jp')
    await user.selectOptions(screen.getByLabelText('Encoding'), 'windows-31j')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))

    expect(mocked.exportOrders).toHaveBeenCalledTimes(1)
    const [query, encoding, lang, tz] = mocked.exportOrders.mock.calls[0]
    expect(query).toMatchObject({
      status: 'paid',
      batch_id: 'job-1',
      customer_email: undefined,
      // 00:00 in Tokyo (UTC+9) is 15:00 UTC the day before; "to" is inclusive.
      created_from: '2026-02-28T15:00:00.000Z',
      created_to: '2026-03-31T15:00:00.000Z',
    })
    expect([encoding, lang, tz]).toEqual(['windows-31j', 'en', 'Asia/Tokyo'])
    expect(await screen.findByText('Downloaded orders-20260301-140705.csv.')).toBeInTheDocument()
  })

  it('offers a new order only to roles that may place one', async () => {
    renderAt('/orders')
    expect(await screen.findByText('Matching orders: 1,234 (one row per item)')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'New order' })).toBeNull()
  })
})
