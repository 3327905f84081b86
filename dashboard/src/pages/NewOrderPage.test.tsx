import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import { ApiError } from '../api/client'
import type { Order } from '../api/types'
import { NewOrderPage } from './NewOrderPage'
import { renderRoutes } from '../test/renderRoutes'

vi.mock('../api/endpoints', () => ({ placeOrder: vi.fn() }))
const mocked = vi.mocked(await import('../api/endpoints'))

const pending: Order = {
  id: 77, customer_email: 'tanaka@example.co.jp', customer_name: '田中太郎', status: 'pending',
  status_reason: 'Payment failed: card declined', total_amount: 183100, currency: 'JPY', batch_id: null,
  items: [], status_history: [], created_at: '2026-03-01T00:00:00Z', updated_at: '2026-03-01T00:00:00Z',
}

function renderPage() {
  return renderRoutes(<Route path="/orders/new" element={<NewOrderPage />} />, '/orders/new', { auth: false })
}

async function fillTwoItems(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email'), 'tanaka@example.co.jp')
  await user.type(screen.getByLabelText('Customer name'), '田中太郎')
  await user.type(screen.getByLabelText('Product (item 1)'), 'ノートPC')
  await user.clear(screen.getByLabelText('Quantity (item 1)'))
  await user.type(screen.getByLabelText('Quantity (item 1)'), '2')
  await user.type(screen.getByLabelText('Unit price (item 1)'), '89800')
  await user.type(screen.getByLabelText('Notes (item 1)'), '法人割引適用')
  await user.click(screen.getByRole('button', { name: 'Add an item' }))
  await user.type(screen.getByLabelText('Product (item 2)'), 'USBハブ')
  await user.type(screen.getByLabelText('Unit price (item 2)'), '3500')
}

beforeAll(async () => {
  await i18n.changeLanguage('en')
})

beforeEach(() => {
  vi.resetAllMocks()
})

describe('new order form', () => {
  it('sends every item and shows the payment outcome with its reason', async () => {
    const user = userEvent.setup()
    mocked.placeOrder.mockResolvedValue(pending)
    renderPage()

    await fillTwoItems(user)
    expect(screen.getByTestId('new-order-total')).toHaveTextContent('Total: ¥183,100')
    await user.click(screen.getByRole('button', { name: 'Place and charge the order' }))

    expect(mocked.placeOrder).toHaveBeenCalledWith({
      customer_email: 'tanaka@example.co.jp',
      customer_name: '田中太郎',
      items: [
        { product_name: 'ノートPC', quantity: 2, unit_price: 89800, notes: '法人割引適用' },
        { product_name: 'USBハブ', quantity: 1, unit_price: 3500 },
      ],
    })
    const placed = await screen.findByTestId('placed-order')
    expect(within(placed).getByText('Pending')).toBeInTheDocument()
    expect(screen.getByTestId('placed-reason')).toHaveTextContent('Reason: Payment failed: card declined')
    expect(screen.getByRole('link', { name: 'Open order #77' })).toHaveAttribute('href', '/orders/77')
  })

  it("shows the service's messages next to the fields they name, and keeps what was typed", async () => {
    const user = userEvent.setup()
    mocked.placeOrder.mockRejectedValue(
      new ApiError('order', 400, 'http', {
        detail: 'customer_email: must be a valid email address; items[1].unit_price: must be greater than 0',
        field: 'customer_email',
        errors: [
          { field: 'customer_email', message: 'must be a valid email address' },
          { field: 'items[1].unit_price', message: 'must be greater than 0' },
        ],
      }),
    )
    renderPage()

    await fillTwoItems(user)
    await user.click(screen.getByRole('button', { name: 'Place and charge the order' }))

    expect(await screen.findByTestId('field-error-customer_email')).toHaveTextContent('must be a valid email address')
    expect(screen.getByTestId('field-error-items[1].unit_price')).toHaveTextContent('must be greater than 0')
    expect(screen.getByLabelText('Unit price (item 2)')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Product (item 1)')).toHaveAttribute('aria-invalid', 'false')
    expect(screen.getByLabelText('Product (item 2)')).toHaveValue('USBハブ')
  })

  it('removes an item but never the last one', async () => {
    const user = userEvent.setup()
    renderPage()

    expect(screen.getByRole('button', { name: 'Remove item 1' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Add an item' }))
    await user.type(screen.getByLabelText('Product (item 2)'), 'マウス')
    await user.click(screen.getByRole('button', { name: 'Remove item 1' }))

    expect(screen.getByLabelText('Product (item 1)')).toHaveValue('マウス')
    expect(screen.queryByLabelText('Product (item 2)')).toBeNull()
  })
})
