import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import type { ImportJob, NotificationQueue, OrderStats, StatusCounts } from '../api/types'
import { fakeServices, json, queryOf, signIn } from '../test/fakeServices'
import { OverviewPage } from './OverviewPage'
import { renderRoutes } from '../test/renderRoutes'

const STATS = 'GET http://orders.test/api/v1/orders/stats'
const IMPORTS = 'GET http://orders.test/api/v1/imports'
const QUEUE = 'GET http://notify.test/api/v1/notifications/queue'

/** "Now" for every test: Thursday 5 March 2026, 10:00 in Tokyo. */
const NOW = new Date('2026-03-05T10:00:00+09:00')

const counts = (paid: number, shipped: number, delivered: number, pending: number, cancelled: number): StatusCounts => ({
  pending, payment_processing: 0, paid, shipped, delivered, cancelled,
})

/**
 * The service's figures for a period: 200 orders, of which 120 paid, 30 shipped and 10
 * delivered (160, 80.0% "paid"), 12 of them today; revenue 3,600,000 yen.
 */
function stats(from: string, to: string): OrderStats {
  return {
    from, to, time_zone: 'Asia/Tokyo', currency: 'JPY', orders: 200, total_amount: 5_000_000, revenue: 3_600_000,
    status_counts: counts(120, 30, 10, 25, 15),
    days: [
      { date: '2026-03-04', orders: 188, total_amount: 4_800_000, revenue: 3_500_000, status_counts: counts(112, 30, 10, 22, 14) },
      { date: to, orders: 12, total_amount: 200_000, revenue: 100_000, status_counts: counts(8, 0, 0, 3, 1) },
    ],
  }
}

const QUEUED: NotificationQueue = {
  pending: 29_883, sent_last_minute: 600, failed: 0, oldest_pending_age_seconds: 61, estimated_drain_seconds: 3019,
  lanes: [], active_batches: 0, batches: [],
}

function job(id: string, status: ImportJob['status']): Partial<ImportJob> {
  return { id, filename: `${id}.csv`, status }
}

function platform(overrides: Record<string, () => Response> = {}) {
  return fakeServices({
    [STATS]: (call) => json(200, stats(call.url.searchParams.get('from')!, call.url.searchParams.get('to')!)),
    [IMPORTS]: () => json(200, {
      items: [job('a', 'processing'), job('b', 'queued'), job('c', 'completed'), job('d', 'failed')], total: 4, skip: 0, limit: 100,
    }),
    [QUEUE]: () => json(200, QUEUED),
    ...overrides,
  })
}

function renderPage() {
  return renderRoutes(<Route path="/" element={<OverviewPage />} />)
}

/** The KPI cards as a user reads them: label, value and hint. */
function kpi(testId: string): string {
  return screen.getByTestId(testId).parentElement!.textContent!
}

beforeAll(() => {
  // The overview counts days in the browser's zone: make it the platform's home on every machine.
  vi.stubEnv('TZ', 'Asia/Tokyo')
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(() => {
  // The test's own clock: only Date is fake, so the page's timers and queries run as usual.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  window.sessionStorage.clear()
})

describe('overview in Japanese', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja')
  })

  it("asks for the last seven local days and shows the service's figures", async () => {
    signIn('admin', 'admin')
    const services = platform()

    renderPage()

    expect(await screen.findByText('数値は注文サービスが全注文から集計しています（日付は Asia/Tokyo）。')).toBeInTheDocument()
    expect(services.callsTo(STATS).map(queryOf)).toEqual([{ from: '2026-02-27', to: '2026-03-05', tz: 'Asia/Tokyo' }])
    expect(screen.getByRole('heading', { name: '概要' })).toBeInTheDocument()
    expect(kpi('kpi-today')).toBe('本日の注文12')
    expect(kpi('kpi-week')).toBe('過去7日間の注文200')
    expect(kpi('kpi-revenue')).toBe('過去7日間の売上￥3,600,000')
    expect(kpi('kpi-share')).toBe('支払済の割合80.0%支払済・発送済・配達済（過去7日間）')
    await waitFor(() => expect(kpi('kpi-imports')).toBe('実行中のインポート2'))
    await waitFor(() => expect(kpi('kpi-queue')).toBe('通知キュー29,883送信待ち'))
  })

  it('says which figures are not available when the order service is down, and still shows the queue', async () => {
    signIn('viewer1', 'viewer')
    platform({ [STATS]: () => json(503, { status: 503, title: 'Service Unavailable' }, 'application/problem+json') })

    renderPage()

    expect(await screen.findByText('Service Unavailable')).toBeInTheDocument()
    expect(kpi('kpi-today')).toBe('本日の注文取得できません')
    expect(kpi('kpi-week')).toBe('過去7日間の注文取得できません')
    expect(kpi('kpi-revenue')).toBe('過去7日間の売上取得できません')
    expect(screen.getByTestId('kpi-share')).toHaveTextContent(/^取得できません$/)
    await waitFor(() => expect(kpi('kpi-queue')).toBe('通知キュー29,883送信待ち'))
  })
})

describe('overview in English', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en')
  })

  it("shows the service's figures, and the running imports to an admin", async () => {
    signIn('admin', 'admin')
    platform()

    renderPage()

    expect(await screen.findByText('Figures are counted by the order service over all orders (days in Asia/Tokyo).')).toBeInTheDocument()
    expect(kpi('kpi-today')).toBe('Orders today12')
    expect(kpi('kpi-week')).toBe('Orders, last 7 days200')
    expect(kpi('kpi-revenue')).toBe('Revenue, last 7 days¥3,600,000')
    expect(kpi('kpi-share')).toBe('Share paid80.0%paid, shipped or delivered, last 7 days')
    await waitFor(() => expect(kpi('kpi-imports')).toBe('Imports running2'))
    await waitFor(() => expect(kpi('kpi-queue')).toBe('Notification queue29,883waiting to be sent'))
  })

  it('asks for thirty days when that period is chosen', async () => {
    signIn('admin', 'admin')
    const user = userEvent.setup()
    const services = platform()
    renderPage()
    await screen.findByText('Orders, last 7 days')

    await user.selectOptions(screen.getByTestId('overview-period'), '30')

    expect(await screen.findByText('Orders, last 30 days')).toBeInTheDocument()
    // 30 days up to 5 March, both ends counted: from 4 February (2026 is not a leap year).
    expect(services.callsTo(STATS).map(queryOf)).toEqual([
      { from: '2026-02-27', to: '2026-03-05', tz: 'Asia/Tokyo' },
      { from: '2026-02-04', to: '2026-03-05', tz: 'Asia/Tokyo' },
    ])
    expect(kpi('kpi-revenue')).toBe('Revenue, last 30 days¥3,600,000')
    expect(screen.getByRole('option', { name: 'Last 90 days' })).toBeInTheDocument()
  })

  it('shows a viewer no imports and does not ask for them', async () => {
    signIn('viewer1', 'viewer')
    const services = platform()

    renderPage()

    await waitFor(() => expect(kpi('kpi-queue')).toBe('Notification queue29,883waiting to be sent'))
    await waitFor(() => expect(kpi('kpi-week')).toBe('Orders, last 7 days200'))
    expect(screen.queryByTestId('kpi-imports')).toBeNull()
    expect(services.callsTo(IMPORTS)).toHaveLength(0)
  })
})
