import { useState, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { listImports, notificationQueue, orderStats } from '../api/endpoints'
import { ACTIVE_IMPORT_STATUSES, ORDER_STATUSES } from '../api/types'
import { can, useAuth } from '../auth/auth'
import { formatDate, formatNumber, formatPercent, formatYen, startOfLocalDay } from '../format'
import { browserTimeZone, chartRows, ordersToday, PERIODS, periodEnding, sharePaid, type Period } from '../overview'
import { Card, ErrorNotice, inputClass, Loading } from '../components/ui'
import { NotificationQueuePanel } from '../components/NotificationQueuePanel'

const STATUS_COLOURS: Record<string, string> = {
  pending: '#b45309',
  payment_processing: '#0369a1',
  paid: '#15803d',
  shipped: '#4338ca',
  delivered: '#047857',
  cancelled: '#64748b',
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

/** The overview: the order service's figures for a period up to today, days in the browser's time zone. */
export function OverviewPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { session } = useAuth()
  const [period, setPeriod] = useState<Period>(7)
  const { from, to } = periodEnding(period)
  const zone = browserTimeZone()
  const stats = useQuery({ queryKey: ['order-stats', from, to, zone], queryFn: () => orderStats(from, to, zone), refetchInterval: 30_000 })
  const imports = useQuery({ queryKey: ['imports', 'overview'], queryFn: () => listImports(0, 100), enabled: can.import(session?.role), refetchInterval: 10_000 })
  const queue = useQuery({ queryKey: ['notification-queue'], queryFn: notificationQueue, refetchInterval: 10_000, retry: false })

  const figures = stats.data
  const running = imports.data?.items.filter((job) => ACTIVE_IMPORT_STATUSES.includes(job.status)).length
  const rows = figures ? chartRows(figures).map((row) => ({ ...row, label: formatDate(startOfLocalDay(row.day), lang) })) : []
  const unavailable = t('overview.unavailable')
  const value = (render: () => ReactNode) => (figures ? render() : stats.isError ? unavailable : '…')

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('overview.title')}</h1>
        <label className="text-sm font-medium">
          {t('figures.period')}
          <select data-testid="overview-period" className={inputClass} value={period} onChange={(e) => setPeriod(Number(e.target.value) as Period)}>
            {PERIODS.map((days) => (
              <option key={days} value={days}>
                {t('figures.lastDays', { count: days })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {stats.isError && <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Kpi testId="kpi-today" label={t('overview.ordersToday')} value={value(() => formatNumber(ordersToday(figures!), lang))} />
        <Kpi testId="kpi-week" label={t('figures.orders', { count: period })} value={value(() => formatNumber(figures!.orders, lang))} />
        <Kpi testId="kpi-revenue" label={t('figures.revenue', { count: period })} value={value(() => formatYen(figures!.revenue, lang))} />
        <Kpi testId="kpi-share" label={t('overview.sharePaid')} hint={t('figures.sharePaidHint', { count: period })} value={value(() => formatPercent(sharePaid(figures!), lang))} />
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
          {stats.isPending ? (
            <Loading />
          ) : (
            <div className="h-72" role="img" aria-label={t('overview.ordersPerDay')}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={rows}>
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
          {stats.isPending ? (
            <Loading />
          ) : (
            <div className="h-72" role="img" aria-label={t('overview.revenuePerDay')}>
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={rows}>
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
      {figures && (
        <p className="text-xs text-slate-600" data-testid="figures-note">
          {t('figures.note', { zone: figures.time_zone })}
        </p>
      )}
    </div>
  )
}
