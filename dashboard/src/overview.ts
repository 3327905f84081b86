import { ORDER_STATUSES, type OrderStats, type OrderStatus } from './api/types'
import { localDay } from './format'

/** Charged and not refunded: what the order service counts as revenue. */
export const PAID_LIKE: OrderStatus[] = ['paid', 'shipped', 'delivered']

/** The periods the overview offers, in days (today included). */
export const PERIODS = [7, 30, 90] as const
export type Period = (typeof PERIODS)[number]

export interface DayRow {
  day: string
  revenue: number
  [status: string]: number | string
}

/** The browser's time zone, in which the order service counts the overview's days. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** The first and last local day (yyyy-mm-dd) of the `days` days up to today. */
export function periodEnding(days: number, now = new Date()): { from: string; to: string } {
  return {
    from: localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1))),
    to: localDay(now),
  }
}

/** The server's days as chart rows: orders per status, and revenue. */
export function chartRows(stats: OrderStats): DayRow[] {
  return stats.days.map((day) => {
    const row: DayRow = { day: day.date, revenue: Number(day.revenue) }
    for (const status of ORDER_STATUSES) row[status] = day.status_counts[status]
    return row
  })
}

/** The share of the period's orders that are paid, shipped or delivered; null without orders. */
export function sharePaid(stats: OrderStats): number | null {
  if (stats.orders === 0) return null
  return PAID_LIKE.reduce((sum, status) => sum + stats.status_counts[status], 0) / stats.orders
}

/** Orders placed on the period's last day (today). */
export function ordersToday(stats: OrderStats): number {
  return stats.days.length > 0 ? stats.days[stats.days.length - 1].orders : 0
}
