import { ApiError } from './api/client'
import type { PlaceOrderRequest } from './api/types'

/** One item row of the order form, as typed. */
export interface ItemDraft {
  product_name: string
  quantity: string
  unit_price: string
  notes: string
}

/** The order form, as typed. */
export interface OrderDraft {
  customer_email: string
  customer_name: string
  items: ItemDraft[]
}

export const emptyItem = (): ItemDraft => ({ product_name: '', quantity: '1', unit_price: '', notes: '' })

export const emptyOrder = (): OrderDraft => ({ customer_email: '', customer_name: '', items: [emptyItem()] })

const PLAIN_NUMBER = /^\s*-?\d+(\.\d+)?\s*$/

/**
 * A typed amount as the API takes it: empty is null, a plain number a number, anything else
 * ("１２", "1,000") is sent as typed, so the order service judges every value and its message
 * is the one the form shows.
 */
function amount(value: string): number | string | null {
  if (value.trim() === '') return null
  return PLAIN_NUMBER.test(value) ? Number(value) : value
}

/** The request the form sends: text as typed (the service trims), notes left out when empty. */
export function toRequest(draft: OrderDraft): PlaceOrderRequest {
  return {
    customer_email: draft.customer_email,
    customer_name: draft.customer_name,
    items: draft.items.map((item) => ({
      product_name: item.product_name,
      quantity: amount(item.quantity),
      unit_price: amount(item.unit_price),
      ...(item.notes.trim() ? { notes: item.notes } : {}),
    })),
  }
}

/**
 * The service's validation messages by field (`customer_email`, `items`, `items[1].quantity`),
 * from a 400 problem's `errors[]`, or from its `field` and `detail` when it names one field.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  if (!(error instanceof ApiError) || error.status !== 400) return {}
  const byField: Record<string, string[]> = {}
  for (const { field, message } of error.errors) {
    if (!field || !message) continue
    ;(byField[field] ??= []).push(message)
  }
  if (Object.keys(byField).length === 0 && error.field && error.detail) {
    const prefix = `${error.field}: `
    byField[error.field] = [error.detail.startsWith(prefix) ? error.detail.slice(prefix.length) : error.detail]
  }
  return byField
}

/** Quantity × unit price of a row when both are whole positive numbers, for the form's preview. */
export function subtotal(item: ItemDraft): number | null {
  if (!/^\s*\d+\s*$/.test(item.quantity) || !/^\s*\d+\s*$/.test(item.unit_price)) return null
  return Number(item.quantity) * Number(item.unit_price)
}
