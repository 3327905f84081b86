import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api/client'

export const buttonClass = {
  primary:
    'inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-slate-400',
  secondary:
    'inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400',
  danger:
    'inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:bg-slate-400',
}

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-blue-700'

export function Card({ title, children, actions }: { title?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={title ? id : undefined} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && (
            <h2 id={id} className="text-lg font-semibold">
              {title}
            </h2>
          )}
          {actions}
        </div>
      )}
      {children}
    </section>
  )
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{errorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="mt-2 underline" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  )
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  const tones = {
    info: 'border-blue-300 bg-blue-50 text-blue-900',
    success: 'border-green-300 bg-green-50 text-green-900',
    warning: 'border-amber-300 bg-amber-50 text-amber-900',
  }
  return (
    <div role="status" className={`rounded-md border p-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  )
}

export function Loading() {
  const { t } = useTranslation()
  return (
    <p role="status" className="text-sm text-slate-700">
      {t('app.loading')}
    </p>
  )
}

const STATUS_COLOURS: Record<string, string> = {
  pending: 'bg-amber-100 text-amber-900',
  payment_processing: 'bg-sky-100 text-sky-900',
  processing: 'bg-sky-100 text-sky-900',
  validating: 'bg-sky-100 text-sky-900',
  queued: 'bg-slate-200 text-slate-900',
  needs_mapping: 'bg-orange-100 text-orange-900',
  paid: 'bg-green-100 text-green-900',
  completed: 'bg-green-100 text-green-900',
  sent: 'bg-green-100 text-green-900',
  validated: 'bg-indigo-100 text-indigo-900',
  shipped: 'bg-indigo-100 text-indigo-900',
  delivered: 'bg-emerald-100 text-emerald-900',
  completed_with_errors: 'bg-amber-100 text-amber-900',
  refunded: 'bg-slate-200 text-slate-900',
  cancelled: 'bg-slate-200 text-slate-900',
  failed: 'bg-red-100 text-red-900',
}

export function Badge({ status, label }: { status: string; label: string }) {
  return (
    <span
      data-status={status}
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_COLOURS[status] ?? 'bg-slate-200 text-slate-900'}`}
    >
      {label}
    </span>
  )
}

/**
 * A modal confirmation on the native dialog element: it traps focus, closes on Escape and
 * gives focus back to what opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  busy,
  danger,
}: {
  open: boolean
  title: string
  children?: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
  busy?: boolean
  danger?: boolean
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      className="m-auto w-[min(32rem,90vw)] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <form
        method="dialog"
        noValidate
        className="p-5"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm()
        }}
      >
        <h2 id={titleId} className="mb-3 text-lg font-semibold">
          {title}
        </h2>
        <div className="mb-4 text-sm">{children}</div>
        <div className="flex justify-end gap-2">
          <button type="button" className={buttonClass.secondary} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={danger ? buttonClass.danger : buttonClass.primary} disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}

export function Pagination({
  skip,
  limit,
  total,
  onChange,
}: {
  skip: number
  limit: number
  total: number
  onChange: (skip: number) => void
}) {
  const { t, i18n } = useTranslation()
  const nf = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'ja-JP')
  const from = total === 0 ? 0 : skip + 1
  const to = Math.min(skip + limit, total)
  return (
    <nav aria-label={t('common.pagination')} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <span aria-live="polite">{t('common.pageInfo', { from: nf.format(from), to: nf.format(to), total: nf.format(total) })}</span>
      <span className="flex gap-2">
        <button type="button" className={buttonClass.secondary} disabled={skip === 0} onClick={() => onChange(Math.max(0, skip - limit))}>
          {t('common.previous')}
        </button>
        <button type="button" className={buttonClass.secondary} disabled={skip + limit >= total} onClick={() => onChange(skip + limit)}>
          {t('common.next')}
        </button>
      </span>
    </nav>
  )
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100)
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className="h-full bg-blue-700 transition-all" style={{ width: `${percent}%` }} />
    </div>
  )
}

export function Field({ label, value }: { label: ReactNode; value: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-sm">{value}</dd>
    </div>
  )
}
