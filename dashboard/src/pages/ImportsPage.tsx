import { useRef, useState, type DragEvent, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { download } from '../api/client'
import { listImportProfiles, listImports, uploadImport, type UploadOptions } from '../api/endpoints'
import { ACTIVE_IMPORT_STATUSES, type ImportJob } from '../api/types'
import { formatDateTime, formatDuration, formatNumber } from '../format'
import { Badge, buttonClass, Card, ErrorNotice, inputClass, Loading, Pagination, ProgressBar } from '../components/ui'
import { NotificationQueuePanel } from '../components/NotificationQueuePanel'

export function ImportsPage() {
  const { t } = useTranslation()
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('imports.title')}</h1>
        <Link to="/imports/profiles" className={buttonClass.secondary}>
          {t('imports.manageProfiles')}
        </Link>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <UploadCard />
        </div>
        <TemplateCard />
      </div>
      <JobsCard />
      <NotificationQueuePanel linkToImports />
    </div>
  )
}

function formatSize(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP', {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

export function UploadCard() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const client = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [dragging, setDragging] = useState(false)
  const [options, setOptions] = useState<UploadOptions>({ dryRun: false, notify: 'per_order', errorPolicy: 'import_valid' })
  const [sheet, setSheet] = useState('')
  const [profile, setProfile] = useState('')
  // The profiles to choose from; without them (not reachable) the upload still recognises by header.
  const profiles = useQuery({ queryKey: ['import-profiles'], queryFn: listImportProfiles })

  const upload = useMutation({
    mutationFn: () =>
      uploadImport(file!, {
        ...options,
        ...(sheet.trim() ? { sheet: sheet.trim() } : {}),
        ...(profile ? { profile } : {}),
      }),
    onSuccess: (job) => {
      void client.invalidateQueries({ queryKey: ['imports'] })
      client.setQueryData(['import', job.id], job)
      navigate(`/imports/${job.id}`)
    },
  })

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    const dropped = event.dataTransfer.files?.[0]
    if (dropped) {
      setFile(dropped)
      upload.reset()
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (file) upload.mutate()
  }

  return (
    <Card title={t('imports.upload')}>
      <form onSubmit={submit} className="space-y-4" aria-label={t('imports.upload')}>
        <div
          data-testid="dropzone"
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? 'border-blue-700 bg-blue-50' : 'border-slate-400'}`}
        >
          <p>
            {t('imports.dropHere')}{' '}
            <label className="cursor-pointer font-semibold text-blue-700 underline focus-within:outline focus-within:outline-2 focus-within:outline-blue-700">
              {t('imports.pick')}
              <input
                ref={input}
                type="file"
                name="file"
                accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t('imports.fileInput')}
                className="sr-only"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null)
                  upload.reset()
                }}
              />
            </label>
          </p>
          <p className="mt-2 text-slate-700" aria-live="polite" data-testid="selected-file">
            {file ? t('imports.selected', { name: file.name, size: formatSize(file.size, i18n.language) }) : t('imports.noFile')}
          </p>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="flex items-center gap-2 text-sm font-medium sm:col-span-3">
            <input
              type="checkbox"
              name="dry_run"
              className="h-4 w-4"
              checked={options.dryRun}
              onChange={(e) => setOptions({ ...options, dryRun: e.target.checked })}
            />
            {t('imports.dryRun')}
          </label>
          <label className="block text-sm font-medium">
            {t('imports.notify')}
            <select
              name="notify"
              className={inputClass}
              value={options.notify}
              onChange={(e) => setOptions({ ...options, notify: e.target.value as UploadOptions['notify'] })}
            >
              {(['per_order', 'summary', 'none'] as const).map((mode) => (
                <option key={mode} value={mode}>
                  {t(`imports.notifyModes.${mode}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium">
            {t('imports.errorPolicy')}
            <select
              name="error_policy"
              className={inputClass}
              value={options.errorPolicy}
              onChange={(e) => setOptions({ ...options, errorPolicy: e.target.value as UploadOptions['errorPolicy'] })}
            >
              {(['import_valid', 'all_or_nothing'] as const).map((policy) => (
                <option key={policy} value={policy}>
                  {t(`imports.errorPolicies.${policy}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium">
            {t('imports.sheet')}
            <input
              name="sheet"
              className={inputClass}
              value={sheet}
              placeholder={t('imports.sheetHint')}
              onChange={(e) => setSheet(e.target.value)}
            />
          </label>
          <label className="block text-sm font-medium">
            {t('imports.profile')}
            <select name="profile" className={inputClass} value={profile} onChange={(e) => setProfile(e.target.value)}>
              <option value="">{t('imports.profileAuto')}</option>
              {(profiles.data?.items ?? []).map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <div className="flex items-end">
            <button type="submit" className={`${buttonClass.primary} w-full`} disabled={!file || upload.isPending}>
              {upload.isPending ? t('imports.uploading') : t('imports.submit')}
            </button>
          </div>
        </div>
        {upload.isError && <ErrorNotice error={upload.error} />}
      </form>
    </Card>
  )
}

function TemplateCard() {
  const { t } = useTranslation()
  const [error, setError] = useState<unknown>(null)
  const get = (lang: 'ja' | 'en') => {
    setError(null)
    download('order', '/api/v1/imports/template.csv', `orders-template-${lang}.csv`, { lang }).catch(setError)
  }
  return (
    <Card title={t('imports.template')}>
      <div className="flex flex-col gap-2">
        <button type="button" className={buttonClass.secondary} onClick={() => get('ja')}>
          {t('imports.templateJa')}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => get('en')}>
          {t('imports.templateEn')}
        </button>
        {error !== null && <ErrorNotice error={error} />}
      </div>
    </Card>
  )
}

const JOBS_PAGE = 20

export const isActive = (job: ImportJob) => ACTIVE_IMPORT_STATUSES.includes(job.status)

export function JobProgress({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <div className="space-y-1">
      <ProgressBar value={job.progress} label={t('imports.progressLabel', { name: job.filename })} />
      <div className="flex flex-wrap gap-x-3 text-xs text-slate-700">
        <span data-testid="progress-percent">{new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP', { style: 'percent' }).format(job.progress)}</span>
        {job.rows_per_second != null && (
          <span>
            {t('imports.rate')}: {formatNumber(job.rows_per_second, lang, 1)}
          </span>
        )}
        {job.eta_seconds != null && isActive(job) && (
          <span>
            {t('imports.eta')}: {formatDuration(job.eta_seconds, lang)}
          </span>
        )}
        {job.queue_position != null && <span>{t('imports.queued', { position: job.queue_position })}</span>}
      </div>
    </div>
  )
}

function JobsCard() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [skip, setSkip] = useState(0)
  const jobs = useQuery({
    queryKey: ['imports', skip],
    queryFn: () => listImports(skip, JOBS_PAGE),
    refetchInterval: (query) => (query.state.data?.items.some(isActive) ? 1000 : 5000),
  })
  return (
    <Card title={t('imports.jobs')}>
      {jobs.isPending && <Loading />}
      {jobs.isError && <ErrorNotice error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data && jobs.data.items.length === 0 && <p className="text-sm text-slate-700">{t('imports.noJobs')}</p>}
      {jobs.data && jobs.data.items.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="jobs-table">
            <caption className="sr-only">{t('imports.jobs')}</caption>
            <thead className="border-b border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">{t('imports.file')}</th>
                <th scope="col" className="px-3 py-2">{t('imports.status')}</th>
                <th scope="col" className="w-1/3 px-3 py-2">{t('imports.progress')}</th>
                <th scope="col" className="px-3 py-2 text-right">{t('imports.rows')}</th>
                <th scope="col" className="px-3 py-2">{t('imports.created')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.items.map((job) => (
                <tr key={job.id} className="border-b border-slate-100 align-top">
                  <td className="px-3 py-2">
                    <Link to={`/imports/${job.id}`} className="font-semibold text-blue-700 underline">
                      {job.filename}
                    </Link>
                    {job.dry_run && <span className="ml-2 text-xs text-slate-600">{t('imports.dryRunBadge')}</span>}
                  </td>
                  <td className="px-3 py-2">
                    <Badge status={job.status} label={t(`imports.statuses.${job.status}`)} />
                  </td>
                  <td className="px-3 py-2">
                    <JobProgress job={job} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                    {t('imports.rowsOf', { done: formatNumber(job.processed_rows, lang), total: formatNumber(job.total_rows, lang) })}
                  </td>
                  <td className="px-3 py-2">{formatDateTime(job.created_at, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination skip={skip} limit={JOBS_PAGE} total={jobs.data.total} onChange={setSkip} />
        </div>
      )}
    </Card>
  )
}
