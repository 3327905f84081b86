import { describe, expect, it } from 'vitest'
import { queryFromParams } from './OrdersPage'
import { startOfLocalDay } from '../format'

describe('orders view state in the URL', () => {
  it('turns the shared URL into the order service query', () => {
    const query = queryFromParams(
      new URLSearchParams('status=paid&email=a%40example.co.jp&batch=job-1&from=2026-03-01&to=2026-03-31&skip=40&limit=50&sort=-total'),
    )
    expect(query).toEqual({
      skip: 40,
      limit: 50,
      status: 'paid',
      customer_email: 'a@example.co.jp',
      batch_id: 'job-1',
      created_from: startOfLocalDay('2026-03-01').toISOString(),
      created_to: startOfLocalDay('2026-04-01').toISOString(),
      sort: '-total_amount',
    })
  })

  it('falls back to the defaults for missing or invalid values', () => {
    expect(queryFromParams(new URLSearchParams('status=lost&limit=7&skip=-3&sort=price'))).toEqual({
      skip: 0,
      limit: 20,
      status: undefined,
      customer_email: undefined,
      batch_id: undefined,
      created_from: undefined,
      created_to: undefined,
      sort: undefined,
    })
  })
})
