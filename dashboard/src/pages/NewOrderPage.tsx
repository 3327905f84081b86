import { useState, type FormEvent, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { placeOrder } from '../api/endpoints'
import type { Order } from '../api/types'
import { formatYen } from '../format'
import { emptyItem, emptyOrder, fieldErrors, subtotal, toRequest, type ItemDraft, type OrderDraft } from '../newOrder'
import { Badge, buttonClass, Card, ErrorNotice, inputClass, Notice } from '../components/ui'

/** A form field with the service's messages for it under the input. */
function FieldInput({ label, name, errors, children }: { label: string; name: string; errors?: string[]; children: (props: object) => ReactNode }) {
  const id = `error-${name.replace(/[^a-z0-9]/gi, '-')}`
  return (
    <div>
      <label className="block text-sm font-medium">
        {label}
        {children({ name, 'aria-invalid': Boolean(errors?.length), 'aria-describedby': errors?.length ? id : undefined, className: inputClass })}
      </label>
      {errors?.length ? (
        <p id={id} className="mt-1 text-sm text-red-800" data-testid={`field-error-${name}`}>
          {errors.join('; ')}
        </p>
      ) : null}
    </div>
  )
}

/** What became of a placed order: paid, or pending with the payment's reason. */
function Placed({ order, onAnother }: { order: Order; onAnother: () => void }) {
  const { t, i18n } = useTranslation()
  return (
    <Card title={t('newOrder.placed', { id: order.id })}>
      <div className="space-y-3 text-sm" data-testid="placed-order">
        <p className="flex flex-wrap items-center gap-2">
          {t('newOrder.outcome')} <Badge status={order.status} label={t(`status.${order.status}`)} />
          <span data-testid="placed-status" className="sr-only">{order.status}</span>
          <span className="tabular-nums">{formatYen(order.total_amount, i18n.language)}</span>
        </p>
        {order.status === 'paid' ? (
          <Notice tone="success">{t('newOrder.paid')}</Notice>
        ) : (
          <Notice tone="warning">
            {t('newOrder.notPaid', { status: t(`status.${order.status}`) })}
            {order.status_reason && <span data-testid="placed-reason"> {t('newOrder.reason', { reason: order.status_reason })}</span>}
          </Notice>
        )}
        <div className="flex flex-wrap gap-2">
          <Link to={`/orders/${order.id}`} className={buttonClass.primary}>
            {t('newOrder.open', { id: order.id })}
          </Link>
          <button type="button" className={buttonClass.secondary} onClick={onAnother}>
            {t('newOrder.another')}
          </button>
        </div>
      </div>
    </Card>
  )
}

/** Places an order by hand (operator and admin): several items, the service's messages next to the fields. */
export function NewOrderPage() {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const [draft, setDraft] = useState<OrderDraft>(emptyOrder)
  const place = useMutation({
    mutationFn: () => placeOrder(toRequest(draft)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['orders'] })
      void client.invalidateQueries({ queryKey: ['order-stats'] })
    },
  })
  const errors = fieldErrors(place.error)
  const setItem = (index: number, changes: Partial<ItemDraft>) =>
    setDraft({ ...draft, items: draft.items.map((item, i) => (i === index ? { ...item, ...changes } : item)) })
  const total = draft.items.reduce<number | null>((sum, item) => (sum === null || subtotal(item) === null ? null : sum + subtotal(item)!), 0)

  function submit(event: FormEvent) {
    event.preventDefault()
    place.mutate()
  }

  if (place.isSuccess) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('newOrder.title')}</h1>
        <Placed order={place.data} onAnother={() => { setDraft(emptyOrder()); place.reset() }} />
      </div>
    )
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('newOrder.title')}</h1>
      <form onSubmit={submit} noValidate className="space-y-4" aria-label={t('newOrder.title')}>
        <Card title={t('newOrder.customer')}>
          <div className="grid gap-3 sm:grid-cols-2">
            <FieldInput label={t('newOrder.email')} name="customer_email" errors={errors.customer_email}>
              {(props) => <input {...props} type="email" autoComplete="off" value={draft.customer_email} onChange={(e) => setDraft({ ...draft, customer_email: e.target.value })} />}
            </FieldInput>
            <FieldInput label={t('newOrder.name')} name="customer_name" errors={errors.customer_name}>
              {(props) => <input {...props} autoComplete="off" value={draft.customer_name} onChange={(e) => setDraft({ ...draft, customer_name: e.target.value })} />}
            </FieldInput>
          </div>
        </Card>
        <Card title={t('newOrder.items')}>
          {errors.items && <p className="mb-2 text-sm text-red-800" data-testid="field-error-items">{errors.items.join('; ')}</p>}
          <ol className="space-y-3">
            {draft.items.map((item, index) => {
              const field = (name: string) => `items[${index}].${name}`
              const line = subtotal(item)
              return (
                <li key={index} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-12" data-testid={`item-${index}`}>
                  <div className="sm:col-span-4">
                    <FieldInput label={t('newOrder.product', { n: index + 1 })} name={field('product_name')} errors={errors[field('product_name')]}>
                      {(props) => <input {...props} value={item.product_name} onChange={(e) => setItem(index, { product_name: e.target.value })} />}
                    </FieldInput>
                  </div>
                  <div className="sm:col-span-2">
                    <FieldInput label={t('newOrder.quantity', { n: index + 1 })} name={field('quantity')} errors={errors[field('quantity')]}>
                      {(props) => <input {...props} inputMode="numeric" value={item.quantity} onChange={(e) => setItem(index, { quantity: e.target.value })} />}
                    </FieldInput>
                  </div>
                  <div className="sm:col-span-2">
                    <FieldInput label={t('newOrder.unitPrice', { n: index + 1 })} name={field('unit_price')} errors={errors[field('unit_price')]}>
                      {(props) => <input {...props} inputMode="numeric" value={item.unit_price} onChange={(e) => setItem(index, { unit_price: e.target.value })} />}
                    </FieldInput>
                  </div>
                  <div className="sm:col-span-3">
                    <FieldInput label={t('newOrder.notes', { n: index + 1 })} name={field('notes')} errors={errors[field('notes')]}>
                      {(props) => <input {...props} maxLength={500} value={item.notes} onChange={(e) => setItem(index, { notes: e.target.value })} />}
                    </FieldInput>
                  </div>
                  <div className="flex flex-col justify-end gap-1 text-sm sm:col-span-1">
                    <span className="tabular-nums">{line === null ? '—' : formatYen(line, i18n.language)}</span>
                    <button
                      type="button"
                      className="text-left text-red-800 underline disabled:text-slate-400 disabled:no-underline"
                      disabled={draft.items.length === 1}
                      onClick={() => setDraft({ ...draft, items: draft.items.filter((_, i) => i !== index) })}
                    >
                      {t('newOrder.remove', { n: index + 1 })}
                    </button>
                  </div>
                </li>
              )
            })}
          </ol>
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <button type="button" className={buttonClass.secondary} onClick={() => setDraft({ ...draft, items: [...draft.items, emptyItem()] })}>
              {t('newOrder.addItem')}
            </button>
            <span className="text-sm font-semibold tabular-nums" data-testid="new-order-total">
              {t('newOrder.total')}: {total === null ? '—' : formatYen(total, i18n.language)}
            </span>
          </div>
        </Card>
        {place.isError && <ErrorNotice error={place.error} />}
        <p className="text-xs text-slate-600">{t('newOrder.hint')}</p>
        <button type="submit" className={buttonClass.primary} disabled={place.isPending}>
          {place.isPending ? t('newOrder.placing') : t('newOrder.submit')}
        </button>
      </form>
    </div>
  )
}
