import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { listImports, listOrders, notificationQueue } from '../api/endpoints'
import { ACTIVE_IMPORT_STATUSES, ORDER_STATUSES, type Order } from '../api/types'
import { can, useAuth } from '../auth/auth'
import { formatDate, formatNumber, formatPercent, formatYen, startOfLocalDay } from '../format'
import { lastDays, perDay, sharePaid } from '../overview'
import { Card, ErrorNotice, Loading } from '../components/ui'
import { NotificationQueuePanel } from '../components/NotificationQueuePanel'
import type { ReactNode } from 'react'

const SAMPLE_PAGES = 10
const STATUS_COLOURS: Record<string, string> = {
  pending: '#b45309',
  payment_processing: '#0369a1',
  paid: '#15803d',
  shipped: '#4338ca',
  delivered: '#047857',
  cancelled: '#64748b',
}

/** Up to 1,000 of the newest orders since `from`, and how many there are in all. */
async function ordersSince(from: Date): Promise<{ orders: Order[]; total: number }> {
  const created_from = from.toISOString()
  const first = await listOrders({ skip: 0, limit: 100, created_from })
  const orders = [...first.items]
  const pages = Math.min(SAMPLE_PAGES, Math.ceil(first.total / 100))
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => listOrders({ skip: (i + 1) * 100, limit: 100, created_from })),
  )
  rest.forEach((page) => orders.push(...page.items))
  return { orders, total: first.total }
}

function Kpi({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-700">{label}</p>
      <p className="mt-1 text-2xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </p>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
    </div>
  )
}

export function OverviewPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { session } = useAuth()
  const days = lastDays(7)
  const week = useQuery({ queryKey: ['overview', 'week', days[0]], queryFn: () => ordersSince(startOfLocalDay(days[0])), refetchInterval: 30_000 })
  const today = useQuery({
    queryKey: ['overview', 'today', days[6]],
    queryFn: () => listOrders({ skip: 0, limit: 1, created_from: startOfLocalDay(days[6]).toISOString() }),
    refetchInterval: 30_000,
  })
  const imports = useQuery({ queryKey: ['imports', 'overview'], queryFn: () => listImports(0, 100), enabled: can.import(session?.role), refetchInterval: 10_000 })
  const queue = useQuery({ queryKey: ['notification-queue'], queryFn: notificationQueue, refetchInterval: 10_000, retry: false })

  const rows = week.data ? perDay(week.data.orders, days) : []
  const revenue = rows.reduce((sum, row) => sum + row.revenue, 0)
  const share = week.data ? sharePaid(week.data.orders) : null
  const running = imports.data?.items.filter((job) => ACTIVE_IMPORT_STATUSES.includes(job.status)).length
  const chartRows = rows.map((row) => ({ ...row, label: formatDate(startOfLocalDay(row.day), lang) }))
  const unavailable = t('overview.unavailable')

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('overview.title')}</h1>
      {week.isError && <ErrorNotice error={week.error} onRetry={() => void week.refetch()} />}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Kpi testId="kpi-today" label={t('overview.ordersToday')} value={today.data ? formatNumber(today.data.total, lang) : today.isError ? unavailable : '…'} />
        <Kpi testId="kpi-week" label={t('overview.orders7d')} value={week.data ? formatNumber(week.data.total, lang) : week.isError ? unavailable : '…'} />
        <Kpi testId="kpi-revenue" label={t('overview.revenue7d')} value={week.data ? formatYen(revenue, lang) : week.isError ? unavailable : '…'} />
        <Kpi testId="kpi-share" label={t('overview.sharePaid')} hint={t('overview.sharePaidHint')} value={week.data ? formatPercent(share, lang) : week.isError ? unavailable : '…'} />
        {can.import(session?.role) && (
          <Kpi testId="kpi-imports" label={t('overview.importsRunning')} value={imports.data ? formatNumber(running, lang) : imports.isError ? unavailable : '…'} />
        )}
        <Kpi
          testId="kpi-queue"
          label={t('overview.queueDepth')}
          hint={t('overview.queueHint')}
          value={queue.data ? formatNumber(queue.data.pending, lang) : queue.isError ? unavailable : '…'}
        />
      </div>
      {queue.isError && <ErrorNotice error={queue.error} />}
      <NotificationQueuePanel linkToImports={can.import(session?.role)} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('overview.ordersPerDay')}>
          {week.isPending ? (
            <Loading />
          ) : (
            <div className="h-72" role="img" aria-label={t('overview.ordersPerDay')}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={chartRows}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, lang)} />
                  <Tooltip formatter={(v) => formatNumber(Number(v), lang)} />
                  <Legend />
                  {ORDER_STATUSES.map((status) => (
                    <Bar key={status} dataKey={status} name={t(`status.${status}`)} stackId="orders" fill={STATUS_COLOURS[status]} isAnimationActive={false} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </Card>
        <Card title={t('overview.revenuePerDay')}>
          {week.isPending ? (
            <Loading />
          ) : (
            <div className="h-72" role="img" aria-label={t('overview.revenuePerDay')}>
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={chartRows}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis width={90} tickFormatter={(v: number) => formatYen(v, lang)} />
                  <Tooltip formatter={(v) => formatYen(Number(v), lang)} />
                  <Line type="linear" dataKey="revenue" name={t('overview.revenue')} stroke="#1d4ed8" strokeWidth={2} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
        </Card>
      </div>
      {week.data && week.data.total > week.data.orders.length && (
        <p className="text-xs text-slate-600">{t('overview.sampled', { count: formatNumber(week.data.orders.length, lang) })}</p>
      )}
    </div>
  )
}
