import { describe, expect, it } from 'vitest'
import { ApiError } from './api/client'
import { fieldErrors, subtotal, toRequest } from './newOrder'

describe('order form', () => {
  it('sends plain numbers as numbers, empty as null and anything else as typed for the service to judge', () => {
    expect(
      toRequest({
        customer_email: 'tanaka@example.co.jp',
        customer_name: '田中太郎',
        items: [
          { product_name: 'ノートPC', quantity: '2', unit_price: '89800', notes: ' 法人割引適用 ' },
          { product_name: 'マウス', quantity: '', unit_price: '1,000', notes: '  ' },
          { product_name: 'USBハブ', quantity: '1.5', unit_price: '１２', notes: '' },
        ],
      }),
    ).toEqual({
      customer_email: 'tanaka@example.co.jp',
      customer_name: '田中太郎',
      items: [
        { product_name: 'ノートPC', quantity: 2, unit_price: 89800, notes: ' 法人割引適用 ' },
        { product_name: 'マウス', quantity: null, unit_price: '1,000' },
        { product_name: 'USBハブ', quantity: 1.5, unit_price: '１２' },
      ],
    })
  })

  it("puts the service's messages under the fields it names", () => {
    const problem = new ApiError('order', 400, 'http', {
      detail: 'customer_email: must be a valid email address; items[1].quantity: must be greater than 0',
      field: 'customer_email',
      errors: [
        { field: 'customer_email', message: 'must be a valid email address' },
        { field: 'items[1].quantity', message: 'must be greater than 0' },
        { field: 'items[1].quantity', message: 'must not be null' },
      ],
    })
    expect(fieldErrors(problem)).toEqual({
      customer_email: ['must be a valid email address'],
      'items[1].quantity': ['must be greater than 0', 'must not be null'],
    })
  })

  it('uses the field and detail of a problem without errors, and nothing for other failures', () => {
    const typeError = new ApiError('order', 400, 'http', {
      detail: 'items[0].quantity: has a value of the wrong type or format',
      field: 'items[0].quantity',
    })
    expect(fieldErrors(typeError)).toEqual({ 'items[0].quantity': ['has a value of the wrong type or format'] })
    expect(fieldErrors(new ApiError('order', 503, 'http', { detail: 'down', field: 'x' }))).toEqual({})
    expect(fieldErrors(new Error('boom'))).toEqual({})
  })

  it('previews a line only for whole numbers', () => {
    expect(subtotal({ product_name: 'x', quantity: '3', unit_price: '45000', notes: '' })).toBe(135000)
    expect(subtotal({ product_name: 'x', quantity: '1.5', unit_price: '100', notes: '' })).toBeNull()
    expect(subtotal({ product_name: 'x', quantity: '2', unit_price: '', notes: '' })).toBeNull()
  })
})
