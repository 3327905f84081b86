import { ORDER_STATUSES, type Order, type OrderStatus } from './api/types'
import { localDay } from './format'

export const PAID_LIKE: OrderStatus[] = ['paid', 'shipped', 'delivered']

export interface DayRow {
  day: string
  revenue: number
  [status: string]: number | string
}

/** The last `days` local calendar days, oldest first (yyyy-mm-dd). */
export function lastDays(days: number, now = new Date()): string[] {
  const result: string[] = []
  for (let i = days - 1; i >= 0; i--) {
    result.push(localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i)))
  }
  return result
}

/** Orders per day by status, and revenue per day (orders paid, shipped or delivered). */
export function perDay(orders: Order[], days: string[]): DayRow[] {
  const rows = new Map<string, DayRow>()
  for (const day of days) {
    const row: DayRow = { day, revenue: 0 }
    for (const status of ORDER_STATUSES) row[status] = 0
    rows.set(day, row)
  }
  for (const order of orders) {
    const row = rows.get(localDay(order.created_at))
    if (!row) continue
    row[order.status] = (row[order.status] as number) + 1
    if (PAID_LIKE.includes(order.status)) row.revenue += Number(order.total_amount)
  }
  return days.map((day) => rows.get(day)!)
}

export function sharePaid(orders: Order[]): number | null {
  if (orders.length === 0) return null
  return orders.filter((o) => PAID_LIKE.includes(o.status)).length / orders.length
}
