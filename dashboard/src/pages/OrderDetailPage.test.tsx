import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import { ApiError } from '../api/client'
import type { Order, Role } from '../api/types'
import { OrderDetailPage } from './OrderDetailPage'
import { renderRoutes } from '../test/renderRoutes'

vi.mock('../api/endpoints', () => ({
  getOrder: vi.fn(),
  paymentForOrder: vi.fn(),
  notificationsForOrder: vi.fn(),
  updateOrderStatus: vi.fn(),
  cancelOrder: vi.fn(),
  login: vi.fn(),
}))
const mocked = vi.mocked(await import('../api/endpoints'))

const order: Order = {
  id: 42, customer_email: 'tanaka@example.co.jp', customer_name: '田中太郎', status: 'paid', status_reason: null,
  total_amount: 183100, currency: 'JPY', batch_id: null,
  items: [{ id: 1, product_name: 'ノートPC', quantity: 2, unit_price: 89800, subtotal: 179600, notes: '法人割引適用' },
    { id: 2, product_name: 'USBハブ', quantity: 1, unit_price: 3500, subtotal: 3500, notes: null }],
  status_history: [{ from_status: null, to_status: 'pending', reason: null, changed_at: '2026-03-01T00:00:00Z' },
    { from_status: 'pending', to_status: 'paid', reason: null, changed_at: '2026-03-01T00:00:01Z' }],
  created_at: '2026-03-01T00:00:00Z', updated_at: '2026-03-01T00:00:01Z',
}

function renderAs(role: Role) {
  sessionStorage.setItem('oms.session', JSON.stringify({ token: 't', username: 'u', role, expiresAt: Date.now() + 60_000 }))
  return renderRoutes(<Route path="/orders/:id" element={<OrderDetailPage />} />, '/orders/42')
}

beforeAll(async () => {
  await i18n.changeLanguage('en')
})

beforeEach(() => {
  vi.resetAllMocks()
  mocked.getOrder.mockResolvedValue(order)
})

describe('order detail', () => {
  it('shows items and totals, and says so when the payment and notification services are down', async () => {
    mocked.paymentForOrder.mockRejectedValue(new ApiError('payment', 0, 'network'))
    mocked.notificationsForOrder.mockRejectedValue(new ApiError('notification', 503, 'http', {}))
    renderAs('operator')
    expect(await screen.findByRole('heading', { name: 'Order #42' })).toBeInTheDocument()
    expect(screen.getByTestId('order-total')).toHaveTextContent('¥183,100')
    expect(await within(screen.getByTestId('payment-panel')).findByRole('alert')).toHaveTextContent(
      'Payment service is not reachable right now.',
    )
    expect(await within(screen.getByTestId('notifications-panel')).findByRole('alert')).toHaveTextContent(
      'Notification service is not reachable right now.',
    )
    expect(screen.getByRole('button', { name: 'Ship' })).toBeInTheDocument()
  })

  it("shows each item's notes, and a dash for an item without", async () => {
    mocked.paymentForOrder.mockResolvedValue(undefined as never)
    mocked.notificationsForOrder.mockResolvedValue([])
    renderAs('viewer')
    expect(await screen.findByRole('columnheader', { name: 'Notes' })).toBeInTheDocument()
    expect(screen.getAllByTestId('item-notes').map((cell) => cell.textContent)).toEqual(['法人割引適用', '—'])
  })

  it('ships after confirmation and shows the new status', async () => {
    const user = userEvent.setup()
    mocked.paymentForOrder.mockRejectedValue(new ApiError('payment', 404, 'http', { detail: 'No payment' }))
    mocked.notificationsForOrder.mockResolvedValue([])
    mocked.updateOrderStatus.mockResolvedValue({ ...order, status: 'shipped' })
    renderAs('operator')
    await user.click(await screen.findByRole('button', { name: 'Ship' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    expect(dialog).toHaveTextContent('Ship order #42? The customer is told it is on its way.')
    await user.click(within(dialog).getByRole('button', { name: 'Confirm', hidden: true }))
    expect(mocked.updateOrderStatus).toHaveBeenCalledWith(42, 'shipped')
    expect(await screen.findByText('Order #42 is now Shipped.')).toBeInTheDocument()
    expect(screen.getByText('No payment recorded for this order.')).toBeInTheDocument()
  })

  it('does not cancel without a reason, and shows why the service refused', async () => {
    const user = userEvent.setup()
    mocked.paymentForOrder.mockRejectedValue(new ApiError('payment', 404, 'http', {}))
    mocked.notificationsForOrder.mockResolvedValue([])
    mocked.cancelOrder.mockRejectedValue(
      new ApiError('order', 503, 'http', { detail: 'The payment service cannot be reached: order 42 was not cancelled' }),
    )
    renderAs('operator')
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order', hidden: true }))
    expect(within(dialog).getByText('Please give a reason.')).toBeInTheDocument()
    expect(mocked.cancelOrder).not.toHaveBeenCalled()
    await user.type(within(dialog).getByRole('textbox', { hidden: true }), 'customer request')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order', hidden: true }))
    expect(mocked.cancelOrder).toHaveBeenCalledWith(42, 'customer request')
    expect(await within(dialog).findByRole('alert', { hidden: true })).toHaveTextContent(
      'The payment service cannot be reached: order 42 was not cancelled',
    )
  })

  it('offers a viewer no actions', async () => {
    mocked.paymentForOrder.mockRejectedValue(new ApiError('payment', 404, 'http', {}))
    mocked.notificationsForOrder.mockResolvedValue([])
    renderAs('viewer')
    expect(await screen.findByText('Your role can only read orders.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ship' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument()
  })
})
