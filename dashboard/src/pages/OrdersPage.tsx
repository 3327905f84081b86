import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { exportOrders, listOrders, type ExportEncoding, type OrderQuery } from '../api/endpoints'
import { ORDER_STATUSES, type OrderStatus } from '../api/types'
import { can, useAuth } from '../auth/auth'
import { formatDateTime, formatNumber, formatYen, startOfLocalDay } from '../format'
import { browserTimeZone } from '../overview'
import { Badge, buttonClass, Card, ErrorNotice, inputClass, Loading, Notice, Pagination } from '../components/ui'

const PAGE_SIZES = [20, 50, 100]
type SortKey = 'id' | 'customer' | 'status' | 'total' | 'created'
/** The order service's sort columns for the table's sort keys. */
const SORT_COLUMNS: Record<SortKey, string> = {
  id: 'id',
  customer: 'customer_email',
  status: 'status',
  total: 'total_amount',
  created: 'created_at',
}

const DEFAULT_SORT = '-created'

function serverSort(sort: string | null): string | undefined {
  if (!sort) return undefined
  const descending = sort.startsWith('-')
  const column = SORT_COLUMNS[(descending ? sort.slice(1) : sort) as SortKey]
  return column ? `${descending ? '-' : ''}${column}` : undefined
}

/** The table's state lives in the URL so a view can be shared and survives a reload. */
export function queryFromParams(params: URLSearchParams): OrderQuery {
  const status = params.get('status')
  const from = params.get('from')
  const to = params.get('to')
  const limit = Number(params.get('limit'))
  return {
    skip: Math.max(0, Number(params.get('skip')) || 0),
    limit: PAGE_SIZES.includes(limit) ? limit : 20,
    status: status && (ORDER_STATUSES as string[]).includes(status) ? (status as OrderStatus) : undefined,
    customer_email: params.get('email') || undefined,
    batch_id: params.get('batch') || undefined,
    created_from: from ? startOfLocalDay(from).toISOString() : undefined,
    created_to: to ? startOfLocalDay(to, 1).toISOString() : undefined,
    sort: serverSort(params.get('sort')),
  }
}

/** Downloads what the table's applied filters show (not the page: every matching order). */
function ExportButton({ query, total }: { query: OrderQuery; total: number | undefined }) {
  const { t, i18n } = useTranslation()
  const [encoding, setEncoding] = useState<ExportEncoding>('utf-8')
  const run = useMutation({ mutationFn: () => exportOrders(query, encoding, i18n.language, browserTimeZone()) })
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="orders-export">
      <label className="text-sm font-medium">
        {t('ordersExport.encoding')}
        <select name="encoding" className={inputClass} value={encoding} onChange={(e) => setEncoding(e.target.value as ExportEncoding)}>
          <option value="utf-8">{t('ordersExport.utf8')}</option>
          <option value="windows-31j">{t('ordersExport.windows31j')}</option>
        </select>
      </label>
      <button type="button" className={buttonClass.secondary} disabled={run.isPending} onClick={() => run.mutate()}>
        {run.isPending ? t('ordersExport.exporting') : t('ordersExport.button')}
      </button>
      {total !== undefined && <span className="text-sm text-slate-700">{t('ordersExport.count', { count: total, formatted: formatNumber(total, i18n.language) })}</span>}
      {run.isSuccess && <Notice tone="success">{t('ordersExport.done', { name: run.data })}</Notice>}
      {run.isError && <ErrorNotice error={run.error} />}
    </div>
  )
}

export function OrdersPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { session } = useAuth()
  const [params, setParams] = useSearchParams()
  const query = useMemo(() => queryFromParams(params), [params])
  const sort = params.get('sort') ?? DEFAULT_SORT
  const [form, setForm] = useState({
    status: params.get('status') ?? '',
    email: params.get('email') ?? '',
    batch: params.get('batch') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  })
  useEffect(() => {
    setForm({
      status: params.get('status') ?? '',
      email: params.get('email') ?? '',
      batch: params.get('batch') ?? '',
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
    })
  }, [params])

  const orders = useQuery({
    queryKey: ['orders', query],
    queryFn: ({ signal }) => listOrders(query, signal),
    placeholderData: keepPreviousData,
  })

  function update(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next)
  }

  function apply(event: FormEvent) {
    event.preventDefault()
    update({ ...form, skip: undefined })
  }

  function toggleSort(key: SortKey) {
    const next = sort === key ? `-${key}` : key
    update({ sort: next === DEFAULT_SORT ? undefined : next, skip: undefined })
  }

  const rows = orders.data?.items ?? []
  const header = (key: SortKey, label: string, className = '') => {
    const direction = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none'
    return (
      <th scope="col" aria-sort={direction} className={`px-3 py-2 ${className}`}>
        <button
          type="button"
          className="inline-flex items-center gap-1 font-semibold hover:underline"
          onClick={() => toggleSort(key)}
          aria-label={t('orders.sortBy', { column: label })}
        >
          {label}
          <span aria-hidden="true">{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
        </button>
      </th>
    )
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('orders.title')}</h1>
        {can.actOnOrders(session?.role) && (
          <Link to="/orders/new" className={buttonClass.primary}>
            {t('newOrder.title')}
          </Link>
        )}
      </div>
      <Card title={t('orders.filters')}>
        <form onSubmit={apply} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-6" aria-label={t('orders.filters')}>
          <label className="block text-sm font-medium">
            {t('orders.status')}
            <select name="status" className={inputClass} value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value })}>
              <option value="">{t('orders.anyStatus')}</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium">
            {t('orders.customerEmail')}
            <input name="email" type="email" className={inputClass} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
          </label>
          <label className="block text-sm font-medium">
            {t('orders.batch')}
            <input name="batch" className={inputClass} value={form.batch} onChange={(e) => setForm({ ...form, batch: e.target.value })} />
          </label>
          <label className="block text-sm font-medium">
            {t('orders.from')}
            <input name="from" type="date" className={inputClass} value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          </label>
          <label className="block text-sm font-medium">
            {t('orders.to')}
            <input name="to" type="date" className={inputClass} value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
          </label>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass.primary}>
              {t('orders.apply')}
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => setParams(new URLSearchParams())}>
              {t('orders.reset')}
            </button>
          </div>
        </form>
        <p className="mt-2 text-xs text-slate-600">{t('orders.share')}</p>
        <div className="mt-3 border-t border-slate-200 pt-3">
          <ExportButton query={query} total={orders.data?.total} />
        </div>
      </Card>
      <Card>
        {orders.isError && <ErrorNotice error={orders.error} onRetry={() => void orders.refetch()} />}
        {orders.isPending && <Loading />}
        {orders.data && (
          <>
            <div className="overflow-x-auto">
              <table className="min-w-full text-left text-sm" data-testid="orders-table">
                <caption className="sr-only">{t('orders.caption')}</caption>
                <thead className="border-b border-slate-300 bg-slate-50">
                  <tr>
                    {header('id', t('orders.id'))}
                    {header('customer', t('orders.customer'))}
                    {header('status', t('orders.status'))}
                    {header('total', t('orders.total'), 'text-right')}
                    {header('created', t('orders.createdAt'))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((order) => (
                    <tr key={order.id} className="border-b border-slate-100 hover:bg-slate-50" data-order-id={order.id}>
                      <td className="px-3 py-2">
                        <Link to={`/orders/${order.id}`} className="font-semibold text-blue-700 underline">
                          {t('orders.number', { id: order.id })}
                        </Link>
                      </td>
                      <td className="px-3 py-2">
                        <div>{order.customer_name}</div>
                        <div className="text-xs text-slate-600">{order.customer_email}</div>
                      </td>
                      <td className="px-3 py-2">
                        <Badge status={order.status} label={t(`status.${order.status}`)} />
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatYen(order.total_amount, lang)}</td>
                      <td className="px-3 py-2">{formatDateTime(order.created_at, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {rows.length === 0 && <p className="py-4 text-sm text-slate-700">{t('orders.empty')}</p>}
            <div className="flex flex-wrap items-end justify-between gap-2">
              <label className="text-sm">
                {t('common.rowsPerPage')}{' '}
                <select
                  className="rounded-md border border-slate-400 px-2 py-1"
                  value={query.limit}
                  onChange={(e) => update({ limit: e.target.value, skip: undefined })}
                >
                  {PAGE_SIZES.map((size) => (
                    <option key={size} value={size}>
                      {size}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <Pagination skip={query.skip} limit={query.limit} total={orders.data.total} onChange={(skip) => update({ skip: skip ? String(skip) : undefined })} />
          </>
        )}
      </Card>
    </div>
  )
}
