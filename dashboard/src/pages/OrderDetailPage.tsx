import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { cancelOrder, getOrder, notificationsForOrder, paymentForOrder, updateOrderStatus } from '../api/endpoints'
import type { Order } from '../api/types'
import { can, useAuth } from '../auth/auth'
import { formatDateTime, formatNumber, formatYen } from '../format'
import { Badge, buttonClass, Card, ConfirmDialog, ErrorNotice, Field, inputClass, Loading, Notice } from '../components/ui'

type Action = 'ship' | 'deliver' | 'cancel'

function actionsFor(order: Order): Action[] {
  switch (order.status) {
    case 'paid':
      return ['ship', 'cancel']
    case 'shipped':
      return ['deliver']
    case 'pending':
    case 'payment_processing':
      return ['cancel']
    default:
      return []
  }
}

export function OrderDetailPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { id } = useParams()
  const orderId = Number(id)
  const { session } = useAuth()
  const client = useQueryClient()
  const order = useQuery({ queryKey: ['order', orderId], queryFn: () => getOrder(orderId), enabled: Number.isInteger(orderId) })
  const [pending, setPending] = useState<Action | null>(null)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  const act = useMutation({
    mutationFn: (action: Action) =>
      action === 'cancel'
        ? cancelOrder(orderId, reason.trim())
        : updateOrderStatus(orderId, action === 'ship' ? 'shipped' : 'delivered'),
    onSuccess: (updated) => {
      client.setQueryData(['order', orderId], updated)
      void client.invalidateQueries({ queryKey: ['orders'] })
      void client.invalidateQueries({ queryKey: ['payment', orderId] })
      void client.invalidateQueries({ queryKey: ['notifications', orderId] })
      setDone(t('order.done', { id: orderId, status: t(`status.${updated.status}`) }))
      setPending(null)
      setReason('')
    },
  })

  if (order.isPending) return <Loading />
  if (order.isError) {
    if (order.error instanceof ApiError && order.error.status === 404)
      return <ErrorNotice error={new Error(t('order.notFound', { id }))} />
    return <ErrorNotice error={order.error} onRetry={() => void order.refetch()} />
  }
  const o = order.data
  const actions = actionsFor(o)
  const mayAct = can.actOnOrders(session?.role)

  function confirm() {
    if (pending === 'cancel' && !reason.trim()) {
      setReasonError(true)
      return
    }
    act.mutate(pending!)
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('order.title', { id: o.id })}</h1>
        <Badge status={o.status} label={t(`status.${o.status}`)} />
      </div>
      {done && <Notice tone="success">{done}</Notice>}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t('order.items')}>
            <dl className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
              <Field label={t('order.customer')} value={<>{o.customer_name}<br /><span className="text-slate-600">{o.customer_email}</span></>} />
              <Field label={t('order.created')} value={<span data-testid="order-created">{formatDateTime(o.created_at, lang)}</span>} />
              <Field
                label={t('order.batch')}
                value={o.batch_id ? <Link className="text-blue-700 underline" to={`/orders?batch=${encodeURIComponent(o.batch_id)}`}>{o.batch_id}</Link> : t('common.none')}
              />
            </dl>
            <div className="overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">{t('order.items')}</caption>
                <thead className="border-b border-slate-300 bg-slate-50">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t('order.product')}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t('order.quantity')}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t('order.unitPrice')}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t('order.subtotal')}</th>
                    <th scope="col" className="px-3 py-2">{t('itemNotes.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.items.map((item) => (
                    <tr key={item.id} className="border-b border-slate-100">
                      <td className="px-3 py-2">{item.product_name}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatNumber(item.quantity, lang)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatYen(item.unit_price, lang)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatYen(item.subtotal, lang)}</td>
                      <td className="whitespace-pre-wrap px-3 py-2" data-testid="item-notes">
                        {item.notes ?? <span className="text-slate-500">{t('itemNotes.none')}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3} className="px-3 py-2 text-right">{t('order.total')}</th>
                    <td className="px-3 py-2 text-right font-bold tabular-nums" data-testid="order-total">{formatYen(o.total_amount, lang)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
          </Card>
          <Card title={t('order.history')}>
            {o.status_reason && <p className="mb-2 text-sm">{t('order.statusReason')}: {o.status_reason}</p>}
            <ol className="space-y-2 text-sm" data-testid="status-history">
              {o.status_history.map((change, index) => (
                <li key={index} className="flex flex-wrap gap-2 border-l-4 border-blue-200 pl-3">
                  <span className="text-slate-600">{formatDateTime(change.changed_at, lang)}</span>
                  <span>
                    {change.from_status ? `${t(`status.${change.from_status}`)} → ` : ''}
                    <strong>{t(`status.${change.to_status}`)}</strong>
                  </span>
                  {change.reason && <span className="text-slate-700">{t('order.reasonInline', { reason: change.reason })}</span>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="space-y-4">
          <Card title={t('order.actions')}>
            {!mayAct && <p className="text-sm text-slate-700">{t('order.readOnly')}</p>}
            {mayAct && actions.length === 0 && <p className="text-sm text-slate-700">{t('order.noActions')}</p>}
            {mayAct && actions.length > 0 && (
              <div className="flex flex-wrap gap-2">
                {actions.includes('ship') && <button type="button" className={buttonClass.primary} onClick={() => { act.reset(); setPending('ship') }}>{t('order.ship')}</button>}
                {actions.includes('deliver') && <button type="button" className={buttonClass.primary} onClick={() => { act.reset(); setPending('deliver') }}>{t('order.deliver')}</button>}
                {actions.includes('cancel') && <button type="button" className={buttonClass.danger} onClick={() => { act.reset(); setReasonError(false); setPending('cancel') }}>{t('order.cancel')}</button>}
              </div>
            )}
          </Card>
          <PaymentPanel orderId={o.id} />
          <NotificationsPanel orderId={o.id} />
        </div>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending === 'ship' ? t('order.ship') : pending === 'deliver' ? t('order.deliver') : t('order.cancel')}
        confirmLabel={pending === 'cancel' ? t('order.cancel') : t('common.confirm')}
        danger={pending === 'cancel'}
        busy={act.isPending}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      >
        <p>
          {pending === 'ship'
            ? t('order.confirmShip', { id: o.id })
            : pending === 'deliver'
              ? t('order.confirmDeliver', { id: o.id })
              : t('order.confirmCancel', { id: o.id })}
        </p>
        {pending === 'cancel' && (
          <label className="mt-3 block font-medium">
            {t('order.reason')}
            <textarea
              name="reason"
              required
              maxLength={500}
              aria-invalid={reasonError}
              aria-describedby={reasonError ? 'reason-error' : undefined}
              className={inputClass}
              value={reason}
              onChange={(e) => { setReason(e.target.value); setReasonError(false) }}
            />
            {reasonError && <span id="reason-error" className="text-red-800">{t('order.reasonRequired')}</span>}
          </label>
        )}
        {act.isError && <div className="mt-3"><ErrorNotice error={act.error} /></div>}
      </ConfirmDialog>
    </div>
  )
}

function PaymentPanel({ orderId }: { orderId: number }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const payment = useQuery({ queryKey: ['payment', orderId], queryFn: () => paymentForOrder(orderId), retry: false })
  return (
    <Card title={t('payment.title')}>
      <div data-testid="payment-panel">
        {payment.isPending && <Loading />}
        {payment.isError &&
          (payment.error instanceof ApiError && payment.error.status === 404 ? (
            <p className="text-sm text-slate-700">{t('payment.none')}</p>
          ) : (
            <ErrorNotice error={payment.error} onRetry={() => void payment.refetch()} />
          ))}
        {payment.data && (
          <dl className="grid grid-cols-2 gap-3">
            <Field label={t('payment.status')} value={<Badge status={payment.data.status} label={t(`payment.statuses.${payment.data.status}`)} />} />
            <Field label={t('payment.amount')} value={formatYen(payment.data.amount, lang)} />
            <Field label={t('payment.method')} value={payment.data.payment_method ?? '—'} />
            <Field label={t('payment.updated')} value={formatDateTime(payment.data.updated_at, lang)} />
            <div className="col-span-2">
              <Field label={t('payment.transaction')} value={<span className="break-all">{payment.data.transaction_id ?? '—'}</span>} />
            </div>
            {payment.data.failure_reason && (
              <div className="col-span-2">
                <Field label={t('payment.failure')} value={payment.data.failure_reason} />
              </div>
            )}
          </dl>
        )}
      </div>
    </Card>
  )
}

function NotificationsPanel({ orderId }: { orderId: number }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const notifications = useQuery({ queryKey: ['notifications', orderId], queryFn: () => notificationsForOrder(orderId), retry: false })
  return (
    <Card title={t('notifications.title')}>
      <div data-testid="notifications-panel">
        {notifications.isPending && <Loading />}
        {notifications.isError && <ErrorNotice error={notifications.error} onRetry={() => void notifications.refetch()} />}
        {notifications.data && notifications.data.length === 0 && <p className="text-sm text-slate-700">{t('notifications.none')}</p>}
        {notifications.data && notifications.data.length > 0 && (
          <ul className="space-y-3 text-sm">
            {notifications.data.map((n) => (
              <li key={n.id} className="rounded-md border border-slate-200 p-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold">{n.template_name}</span>
                  <Badge status={n.status} label={t(`notifications.statuses.${n.status}`)} />
                </div>
                {n.subject && <div>{n.subject}</div>}
                <div className="text-slate-600">
                  {n.channel} · {n.recipient} · {formatDateTime(n.sent_at ?? n.created_at, lang)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  )
}
