import { describe, expect, it } from 'vitest'
import type { OrderStats } from './api/types'
import { chartRows, ordersToday, periodEnding, sharePaid } from './overview'

const counts = (paid: number, pending: number, cancelled: number) => ({
  pending,
  payment_processing: 0,
  paid,
  shipped: 0,
  delivered: 0,
  cancelled,
})

const stats: OrderStats = {
  from: '2026-03-01',
  to: '2026-03-02',
  time_zone: 'Asia/Tokyo',
  currency: 'JPY',
  orders: 244625,
  total_amount: 3_000_000,
  revenue: 2_000_000,
  status_counts: counts(200000, 40000, 4625),
  days: [
    { date: '2026-03-01', orders: 125, total_amount: 1_000_000, revenue: 900_000, status_counts: counts(100, 20, 5) },
    { date: '2026-03-02', orders: 244500, total_amount: 2_000_000, revenue: 1_100_000, status_counts: counts(199900, 39980, 4620) },
  ],
}

describe('overview figures from the order service', () => {
  it('charts every day the service counted, per status and revenue', () => {
    expect(chartRows(stats)).toEqual([
      { day: '2026-03-01', revenue: 900_000, pending: 20, payment_processing: 0, paid: 100, shipped: 0, delivered: 0, cancelled: 5 },
      { day: '2026-03-02', revenue: 1_100_000, pending: 39980, payment_processing: 0, paid: 199900, shipped: 0, delivered: 0, cancelled: 4620 },
    ])
  })

  it('takes today and the share paid from the figures, not from a sample', () => {
    expect(ordersToday(stats)).toBe(244500)
    expect(sharePaid(stats)).toBeCloseTo(200000 / 244625, 10)
    expect(sharePaid({ ...stats, orders: 0 })).toBeNull()
  })

  it('asks for the local days of a period ending today', () => {
    expect(periodEnding(7, new Date(2026, 2, 5, 23, 59))).toEqual({ from: '2026-02-27', to: '2026-03-05' })
    expect(periodEnding(30, new Date(2026, 0, 1, 0, 0))).toEqual({ from: '2025-12-03', to: '2026-01-01' })
  })
})
