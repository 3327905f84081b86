import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiError, download } from '../api/client'
import { cancelImport, confirmImport, getImport, importErrors, retryImport } from '../api/endpoints'
import type { ImportJob } from '../api/types'
import { formatDateTime, formatNumber } from '../format'
import { Badge, buttonClass, Card, ConfirmDialog, ErrorNotice, Field, Loading, Notice, Pagination } from '../components/ui'
import { isActive, JobProgress } from './ImportsPage'
import { ImportMappingStep } from './ImportMappingStep'

type JobAction = 'confirm' | 'cancel' | 'retry'
const ERRORS_PAGE = 50

const canDownloadErrors = (job: ImportJob) =>
  !isActive(job) && job.status !== 'cancelled' && job.total_rows != null && job.failed_rows > 0
const canDownloadResults = (job: ImportJob) => job.status === 'completed' || job.status === 'completed_with_errors'
/** An ended import with unpaid orders or missing confirmations, or one that stopped on an unexpected error. */
const canRetry = (job: ImportJob) =>
  (canDownloadResults(job) && (job.error_code === 'PAYMENTS_INCOMPLETE' || job.error_code === 'CONFIRMATIONS_INCOMPLETE')) ||
  (job.status === 'failed' && job.error_code === 'INTERNAL_ERROR')

export function ImportJobPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { id = '' } = useParams()
  const client = useQueryClient()
  const [pending, setPending] = useState<JobAction | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [downloadError, setDownloadError] = useState<unknown>(null)
  const [errorsSkip, setErrorsSkip] = useState(0)

  const job = useQuery({
    queryKey: ['import', id],
    queryFn: () => getImport(id),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data) ? 1000 : false),
  })
  const finished = job.data ? !isActive(job.data) : false
  const mapping = job.data?.status === 'needs_mapping'
  const errors = useQuery({
    queryKey: ['import-errors', id, errorsSkip, job.data?.status, job.data?.failed_rows],
    queryFn: () => importErrors(id, errorsSkip, ERRORS_PAGE),
    enabled: !!job.data && !mapping && (finished || job.data.failed_rows > 0),
    placeholderData: keepPreviousData,
  })

  const act = useMutation({
    mutationFn: (action: JobAction) =>
      action === 'confirm' ? confirmImport(id) : action === 'cancel' ? cancelImport(id) : retryImport(id),
    onSuccess: (updated) => {
      client.setQueryData(['import', id], updated)
      void client.invalidateQueries({ queryKey: ['imports'] })
      setMessage(t('job.actionDone', { status: t(`imports.statuses.${updated.status}`) }))
      setPending(null)
    },
  })

  if (job.isPending) return <Loading />
  if (job.isError) {
    if (job.error instanceof ApiError && job.error.status === 404) return <ErrorNotice error={new Error(t('job.notFound'))} />
    return <ErrorNotice error={job.error} onRetry={() => void job.refetch()} />
  }
  const j = job.data

  async function get(kind: 'errors' | 'results', extension: 'csv' | 'xlsx' = 'csv') {
    setDownloadError(null)
    try {
      const file = `${kind}.${extension}`
      const name = await download('order', `/api/v1/imports/${encodeURIComponent(id)}/${file}`, file)
      setMessage(t('job.downloaded', { name }))
    } catch (error) {
      setDownloadError(error)
    }
  }

  const questions: Record<JobAction, string> = {
    confirm: t('job.confirmQuestion', { count: formatNumber(j.success_rows, lang) }),
    cancel: t('job.cancelQuestion'),
    retry: j.status === 'failed' ? t('job.resumeQuestion') : t('job.retryQuestion'),
  }
  const retryLabel = j.status === 'failed' ? t('job.resume') : t('job.retry')
  const labels: Record<JobAction, string> = { confirm: t('job.confirm'), cancel: t('job.cancel'), retry: retryLabel }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('job.title', { name: j.filename })}</h1>
        <span data-testid="job-status">
          <Badge status={j.status} label={t(`imports.statuses.${j.status}`)} />
        </span>
        {j.dry_run && <span className="text-sm text-slate-700">{t('imports.dryRunBadge')}</span>}
      </div>
      {message && <Notice tone="success">{message}</Notice>}
      {downloadError !== null && <ErrorNotice error={downloadError} />}
      <Card title={t('job.summary')}>
        <JobProgress job={j} />
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-7" data-testid="job-counts">
          <Field label={t('job.totalRows')} value={<span data-testid="count-total">{formatNumber(j.total_rows, lang)}</span>} />
          <Field label={t('job.successRows')} value={<span data-testid="count-success">{formatNumber(j.success_rows, lang)}</span>} />
          <Field label={t('job.failedRows')} value={<span data-testid="count-failed">{formatNumber(j.failed_rows, lang)}</span>} />
          <Field label={t('job.orders')} value={<span data-testid="count-orders">{formatNumber(j.order_count, lang)}</span>} />
          <Field
            label={t('job.validOrders')}
            value={<span data-testid="count-valid-orders">{formatNumber(j.order_count - j.failed_order_count, lang)}</span>}
          />
          <Field label={t('job.failedOrders')} value={formatNumber(j.failed_order_count, lang)} />
          <Field label={t('job.encoding')} value={<span data-testid="encoding">{j.encoding ?? '—'}</span>} />
          <Field label={t('job.format')} value={<span data-testid="job-format">{j.format === 'xlsx' ? 'Excel (.xlsx)' : 'CSV'}</span>} />
          {j.sheet && <Field label={t('job.sheet')} value={<span data-testid="job-sheet">{j.sheet}</span>} />}
          <Field label={t('job.profile')} value={<span data-testid="job-profile">{j.profile ?? '—'}</span>} />
          <Field label={t('job.phase')} value={j.phase ?? '—'} />
          <Field
            label={t('job.options')}
            value={`${t(`imports.notifyModes.${j.notify ?? 'per_order'}`)} / ${t(`imports.errorPolicies.${j.error_policy ?? 'import_valid'}`)}`}
          />
          <Field label={t('imports.created')} value={formatDateTime(j.created_at, lang)} />
          <Field label={t('job.startedAt')} value={formatDateTime(j.started_at, lang)} />
          <Field label={t('job.finishedAt')} value={formatDateTime(j.finished_at, lang)} />
          <Field label={t('job.createdBy')} value={j.created_by ?? '—'} />
        </dl>
        {j.status === 'processing' && j.waiting_reason && (
          <div className="mt-4" data-testid="job-waiting">
            <Notice tone="warning">
              {t(j.phase === 'waiting_for_notifications' ? 'job.waitingForNotifications' : 'job.waitingForPayments', {
                since: formatDateTime(j.waiting_since, lang),
              })}{' '}
              {j.next_attempt_at && t('job.nextAttempt', { at: formatDateTime(j.next_attempt_at, lang) })} ({j.waiting_reason})
            </Notice>
          </div>
        )}
        {j.error && (
          <div className="mt-4" role="alert">
            <Notice tone="warning">
              {t('job.error')}: {j.error_code ? `${j.error_code} — ` : ''}
              {j.error}
            </Notice>
          </div>
        )}
        {j.warnings && j.warnings.length > 0 && (
          <div className="mt-4">
            <h3 className="text-sm font-semibold">{t('job.warnings')}</h3>
            <ul className="list-disc pl-5 text-sm" data-testid="warnings">
              {j.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          {canDownloadErrors(j) && (
            <button type="button" className={buttonClass.secondary} onClick={() => void get('errors')}>
              {t('job.downloadErrors')}
            </button>
          )}
          {canDownloadErrors(j) && j.format === 'xlsx' && (
            <button type="button" className={buttonClass.secondary} onClick={() => void get('errors', 'xlsx')}>
              {t('job.downloadErrorsXlsx')}
            </button>
          )}
          {canDownloadResults(j) && (
            <button type="button" className={buttonClass.secondary} onClick={() => void get('results')}>
              {t('job.downloadResults')}
            </button>
          )}
          {j.status === 'validated' && j.dry_run && (
            <button type="button" className={buttonClass.primary} onClick={() => { act.reset(); setPending('confirm') }}>
              {t('job.confirm')}
            </button>
          )}
          {(isActive(j) || mapping) && (
            <button type="button" className={buttonClass.danger} onClick={() => { act.reset(); setPending('cancel') }}>
              {t('job.cancel')}
            </button>
          )}
          {canRetry(j) && (
            <button type="button" className={buttonClass.secondary} onClick={() => { act.reset(); setPending('retry') }}>
              {retryLabel}
            </button>
          )}
          {!j.dry_run && j.order_count > 0 && (
            <Link to={`/orders?batch=${encodeURIComponent(j.id)}`} className={buttonClass.secondary}>
              {t('job.viewOrders')}
            </Link>
          )}
        </div>
      </Card>
      {mapping && (
        <ImportMappingStep
          id={id}
          onConfirmed={(updated) => setMessage(t('mapping.confirmed', { status: t(`imports.statuses.${updated.status}`) }))}
        />
      )}
      {!mapping && (
        <Card title={errors.data ? t('job.errorsCaption', { total: formatNumber(errors.data.total, lang) }) : t('job.errors')}>
          {errors.isError && <ErrorNotice error={errors.error} />}
          {!errors.data && !errors.isError && (finished ? <Loading /> : <p className="text-sm text-slate-700">{t('job.noErrors')}</p>)}
          {errors.data && errors.data.total === 0 && <p className="text-sm text-slate-700">{t('job.noErrors')}</p>}
          {errors.data && errors.data.total > 0 && (
            <>
              <div className="overflow-x-auto">
                <table className="min-w-full text-left text-sm" data-testid="errors-table">
                  <caption className="sr-only">{t('job.errors')}</caption>
                  <thead className="border-b border-slate-300 bg-slate-50">
                    <tr>
                      <th scope="col" className="px-3 py-2 text-right">{t('job.row')}</th>
                      <th scope="col" className="px-3 py-2">{t('job.column')}</th>
                      <th scope="col" className="px-3 py-2">{t('job.code')}</th>
                      <th scope="col" className="px-3 py-2">{t('job.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {errors.data.items.map((e, index) => (
                      <tr key={`${e.row_number}-${e.code}-${index}`} className="border-b border-slate-100 align-top">
                        <td className="px-3 py-2 text-right tabular-nums">{e.row_number}</td>
                        <td className="px-3 py-2">{e.column ?? '—'}</td>
                        <td className="px-3 py-2 font-mono text-xs">{e.code}</td>
                        <td className="px-3 py-2">
                          {i18n.exists(`rowErrors.${e.code}`) && <div className="font-medium">{t(`rowErrors.${e.code}`)}</div>}
                          <div className="text-slate-700">{e.message}</div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination skip={errorsSkip} limit={ERRORS_PAGE} total={errors.data.total} onChange={setErrorsSkip} />
            </>
          )}
        </Card>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? labels[pending] : ''}
        confirmLabel={pending ? labels[pending] : ''}
        danger={pending === 'cancel'}
        busy={act.isPending}
        onConfirm={() => pending && act.mutate(pending)}
        onClose={() => setPending(null)}
      >
        <p>{pending ? questions[pending] : ''}</p>
        {act.isError && <div className="mt-3"><ErrorNotice error={act.error} /></div>}
      </ConfirmDialog>
    </div>
  )
}
