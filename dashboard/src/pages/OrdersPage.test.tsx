import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import type { Order, Page } from '../api/types'
import { fakeServices, json, queryOf, signIn } from '../test/fakeServices'
import { OrdersPage } from './OrdersPage'
import { renderRoutes } from '../test/renderRoutes'

const ORDERS = 'GET http://orders.test/api/v1/orders'

function order(id: number, overrides: Partial<Order> = {}): Order {
  return {
    id, customer_email: `customer${id}@example.co.jp`, customer_name: `顧客${id}`, status: 'paid', status_reason: null,
    total_amount: 183100, currency: 'JPY', batch_id: null, items: [], status_history: [],
    created_at: '2026-03-01T00:00:00Z', updated_at: '2026-03-01T00:00:01Z', ...overrides,
  }
}

/** The order service answering every list request with this page (its skip and limit echoed). */
function serveOrders(page: Omit<Page<Order>, 'skip' | 'limit'>) {
  return fakeServices({
    [ORDERS]: (call) => json(200, { ...page, skip: Number(call.url.searchParams.get('skip')), limit: Number(call.url.searchParams.get('limit')) }),
  })
}

function renderAt(url: string) {
  return renderRoutes(<Route path="/orders" element={<OrdersPage />} />, url)
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

beforeAll(() => {
  // Midnight of a day, and the times shown, in the platform's home zone on every machine.
  vi.stubEnv('TZ', 'Asia/Tokyo')
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(() => {
  signIn('sato', 'viewer')
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.sessionStorage.clear()
})

describe('orders page: the view state in the URL', () => {
  it('asks the order service for what the shared URL says, and shows the filters it applied', async () => {
    await i18n.changeLanguage('en')
    const services = serveOrders({ items: [order(42)], total: 1 })

    renderAt('/orders?status=paid&email=a%40example.co.jp&batch=job-1&from=2026-03-01&to=2026-03-31&skip=40&limit=50&sort=-total')

    expect(await screen.findByRole('link', { name: '#42' })).toHaveAttribute('href', '/orders/42')
    expect(services.callsTo(ORDERS)).toHaveLength(1)
    expect(queryOf(services.callsTo(ORDERS)[0])).toEqual({
      skip: '40',
      limit: '50',
      status: 'paid',
      customer_email: 'a@example.co.jp',
      batch_id: 'job-1',
      // 00:00 in Tokyo (UTC+9) is 15:00 UTC the day before; "to" is inclusive, so the
      // period ends where April 1 starts.
      created_from: '2026-02-28T15:00:00.000Z',
      created_to: '2026-03-31T15:00:00.000Z',
      sort: '-total_amount',
    })
    expect(screen.getByLabelText('Status')).toHaveValue('paid')
    expect(screen.getByLabelText('Customer email')).toHaveValue('a@example.co.jp')
    expect(screen.getByLabelText('Import batch')).toHaveValue('job-1')
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01')
    expect(screen.getByLabelText('To (inclusive)')).toHaveValue('2026-03-31')
    expect(screen.getByLabelText('Rows per page')).toHaveValue('50')
    expect(screen.getByRole('columnheader', { name: 'Total' })).toHaveAttribute('aria-sort', 'descending')
  })

  it('falls back to the defaults for missing or invalid values', async () => {
    await i18n.changeLanguage('en')
    const services = serveOrders({ items: [], total: 0 })

    renderAt('/orders?status=lost&limit=7&skip=-3&sort=price')

    expect(await screen.findByText('No orders match these filters.')).toBeInTheDocument()
    expect(queryOf(services.callsTo(ORDERS)[0])).toEqual({ skip: '0', limit: '20' })
    expect(screen.getByLabelText('Status')).toHaveValue('')
    expect(screen.getByLabelText('Rows per page')).toHaveValue('20')
    // The service sorts by its default; no column claims an order it was not asked for.
    expect(screen.getAllByRole('columnheader').map((header) => header.getAttribute('aria-sort'))).toEqual(['none', 'none', 'none', 'none', 'none'])
    expect(screen.getByText('0–0 of 0')).toBeInTheDocument()
  })
})

describe('orders page: the table', () => {
  it('shows each order with its customer, status, total and time, and the page, in English', async () => {
    await i18n.changeLanguage('en')
    serveOrders({
      items: [order(42), order(43, { customer_name: 'Suzuki Hanako', status: 'payment_processing', total_amount: 3500, created_at: '2026-03-01T15:07:00Z' })],
      total: 1234,
    })

    renderAt('/orders?skip=40')

    const table = await screen.findByTestId('orders-table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(cells(rows[1])).toEqual(['#42', '顧客42customer42@example.co.jp', 'Paid', '¥183,100', 'Mar 1, 2026, 9:00 AM'])
    expect(cells(rows[2])).toEqual(['#43', 'Suzuki Hanakocustomer43@example.co.jp', 'Payment processing', '¥3,500', 'Mar 2, 2026, 12:07 AM'])
    expect(screen.getByText('41–60 of 1,234')).toBeInTheDocument()
    expect(screen.getByText('Matching orders: 1,234 (one row per item)')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled()
  })

  it('shows the same orders in Japanese', async () => {
    await i18n.changeLanguage('ja')
    serveOrders({ items: [order(42), order(44, { status: 'cancelled', total_amount: 45000, created_at: '2026-02-28T20:30:00Z' })], total: 1234 })

    renderAt('/orders?skip=40')

    const rows = within(await screen.findByTestId('orders-table')).getAllByRole('row')
    expect(within(rows[0]).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      '注文↕', '顧客↕', 'ステータス↕', '合計↕', '作成日時▼',
    ])
    expect(cells(rows[1])).toEqual(['#42', '顧客42customer42@example.co.jp', '支払済', '￥183,100', '2026/03/01 9:00'])
    expect(cells(rows[2])).toEqual(['#44', '顧客44customer44@example.co.jp', 'キャンセル済', '￥45,000', '2026/03/01 5:30'])
    expect(screen.getByText('1,234 件中 41–60 件')).toBeInTheDocument()
    expect(screen.getByText('条件に合う注文: 1,234 件（明細ごとに 1 行）')).toBeInTheDocument()
  })

  it('says so when no order matches, in Japanese', async () => {
    await i18n.changeLanguage('ja')
    serveOrders({ items: [], total: 0 })

    renderAt('/orders?status=shipped')

    expect(await screen.findByText('条件に一致する注文はありません。')).toBeInTheDocument()
    expect(screen.getByText('0 件中 0–0 件')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '次へ' })).toBeDisabled()
  })

  it('says the order service is unreachable instead of showing an empty table', async () => {
    await i18n.changeLanguage('en')
    fakeServices({})

    renderAt('/orders')

    expect(await screen.findByRole('alert')).toHaveTextContent('Order service is not reachable right now. Try again in a moment.')
    expect(screen.queryByTestId('orders-table')).toBeNull()
  })
})

describe('orders page: changing the view', () => {
  it('sorts by a column, ascending first, then descending', async () => {
    await i18n.changeLanguage('en')
    const user = userEvent.setup()
    const services = serveOrders({ items: [order(42)], total: 1 })
    renderAt('/orders')
    await screen.findByRole('link', { name: '#42' })

    await user.click(screen.getByRole('button', { name: 'Sort by Total' }))
    await user.click(await screen.findByRole('button', { name: 'Sort by Total' }))

    expect(services.callsTo(ORDERS).map((call) => call.url.searchParams.get('sort'))).toEqual([null, 'total_amount', '-total_amount'])
    expect(screen.getByRole('columnheader', { name: 'Total' })).toHaveAttribute('aria-sort', 'descending')
  })

  it('applies the typed filters from the first page, and pages on with Next', async () => {
    await i18n.changeLanguage('en')
    const user = userEvent.setup()
    const services = serveOrders({ items: [order(42)], total: 45 })
    renderAt('/orders?skip=20')
    await screen.findByText('21–40 of 45')

    await user.selectOptions(screen.getByLabelText('Status'), 'shipped')
    await user.type(screen.getByLabelText('Customer email'), 'tanaka@example.co.jp')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await screen.findByText('1–20 of 45')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await screen.findByText('21–40 of 45')

    expect(services.callsTo(ORDERS).map(queryOf)).toEqual([
      { skip: '20', limit: '20' },
      { skip: '0', limit: '20', status: 'shipped', customer_email: 'tanaka@example.co.jp' },
      { skip: '20', limit: '20', status: 'shipped', customer_email: 'tanaka@example.co.jp' },
    ])
  })
})
