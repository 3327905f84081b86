import { useId, useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { confirmImportMapping, getImportMapping, previewImportMapping } from '../api/endpoints'
import type { ImportJob, ImportMapping, MappingPreview, MappingSpec, TargetField } from '../api/types'
import { buttonClass, Card, ErrorNotice, inputClass, Loading, Notice } from '../components/ui'
import { formatNumber } from '../format'
import { draftFrom, headersByField, missingRequired, specFrom, type MappingDraft } from '../importMapping'

const SAMPLES = 3

/**
 * The mapping step of an import waiting in `needs_mapping`: the file's columns with a sample of
 * their values, a field per column (pre-filled from the service's suggestion or profile), joins
 * and fixed values, a preview of the first rows as they will be imported, and the confirmation
 * (optionally saving the mapping as a profile), after which the job is queued.
 */
export function ImportMappingStep({ id, onConfirmed }: { id: string; onConfirmed: (job: ImportJob) => void }) {
  const mapping = useQuery({ queryKey: ['import-mapping', id], queryFn: () => getImportMapping(id) })
  if (mapping.isPending) return <Loading />
  if (mapping.isError) return <ErrorNotice error={mapping.error} onRetry={() => void mapping.refetch()} />
  return <MappingEditor id={id} mapping={mapping.data} onConfirmed={onConfirmed} />
}

function MappingEditor({ id, mapping, onConfirmed }: { id: string; mapping: ImportMapping; onConfirmed: (job: ImportJob) => void }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const client = useQueryClient()
  const [draft, setDraft] = useState<MappingDraft>(() => draftFrom(mapping))
  const [saveProfile, setSaveProfile] = useState(false)
  const [profileName, setProfileName] = useState(mapping.profile ?? '')
  const [previewed, setPreviewed] = useState<{ spec: MappingSpec; result: MappingPreview } | null>(null)
  const hintId = useId()

  const fieldLabel = (field: TargetField) => {
    const name = lang === 'en' ? field.name : `${field.japanese_name} (${field.name})`
    return field.required ? `${name} — ${t('mapping.required')}` : name
  }
  const labelOf = (name: string) => {
    const field = mapping.fields.find((f) => f.name === name)
    return field ? (lang === 'en' ? field.name : `${field.japanese_name} (${field.name})`) : name
  }
  const spec = specFrom(mapping.headers, mapping.fields, draft)
  const byField = headersByField(mapping.headers, draft)
  const joined = [...byField.entries()].filter(([, headers]) => headers.length > 1)
  const unfilled = mapping.fields.filter((field) => !byField.has(field.name))
  const missing = missingRequired(mapping.headers, mapping.fields, draft)

  const preview = useMutation({
    mutationFn: (sent: MappingSpec) => previewImportMapping(id, sent).then((result) => ({ spec: sent, result })),
    onSuccess: setPreviewed,
  })
  const confirm = useMutation({
    mutationFn: () => confirmImportMapping(id, spec, saveProfile ? profileName.trim() : null),
    onSuccess: (job) => {
      client.setQueryData(['import', id], job)
      void client.invalidateQueries({ queryKey: ['imports'] })
      if (saveProfile) void client.invalidateQueries({ queryKey: ['import-profiles'] })
      onConfirmed(job)
    },
  })

  /** Any change makes the shown preview stale: it goes until asked for again. */
  function change(next: MappingDraft) {
    setDraft(next)
    setPreviewed(null)
    preview.reset()
    confirm.reset()
  }

  return (
    <Card title={t('mapping.title')}>
      <div className="space-y-4" data-testid="mapping-step">
        <p className="text-sm text-slate-700">
          {t('mapping.intro')} {t('mapping.headerRow', { row: mapping.header_row })}
        </p>
        {mapping.profile && (
          <p className="text-sm font-medium" data-testid="mapping-profile">
            {t('mapping.fromProfile', { name: mapping.profile })}
          </p>
        )}
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="mapping-table">
            <caption className="sr-only">{t('mapping.title')}</caption>
            <thead className="border-b border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">{t('mapping.column')}</th>
                <th scope="col" className="px-3 py-2">{t('mapping.samples')}</th>
                <th scope="col" className="px-3 py-2">{t('mapping.match')}</th>
                <th scope="col" className="px-3 py-2">{t('mapping.target')}</th>
              </tr>
            </thead>
            <tbody>
              {mapping.headers.map((header, index) => {
                const match = mapping.matches[index]
                return (
                  <tr key={`${index}-${header}`} className="border-b border-slate-100 align-top" data-column={index}>
                    <th scope="row" className="px-3 py-2 font-semibold">{header}</th>
                    <td className="px-3 py-2 text-slate-700">
                      {mapping.preview.slice(0, SAMPLES).map((row) => (
                        <div key={row.row_number} className="truncate">{row.cells[index] ?? ''}</div>
                      ))}
                    </td>
                    <td className="px-3 py-2">
                      <span data-testid={`match-${index}`} data-match={match?.match ?? 'none'}>
                        {t(`mapping.matches.${match?.match ?? 'none'}`)}
                      </span>
                    </td>
                    <td className="px-3 py-2">
                      <select
                        name={`column-${index}`}
                        aria-label={t('mapping.selectFor', { header })}
                        className={inputClass}
                        value={draft.columns[index]}
                        onChange={(e) => change({ ...draft, columns: draft.columns.map((c, i) => (i === index ? e.target.value : c)) })}
                      >
                        <option value="">{t('mapping.ignore')}</option>
                        {mapping.fields.map((field) => (
                          <option key={field.name} value={field.name}>
                            {fieldLabel(field)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        {joined.length > 0 && (
          <fieldset className="space-y-2" data-testid="mapping-joins">
            <legend className="text-sm font-semibold">{t('mapping.joinTitle')}</legend>
            {joined.map(([field, headers]) => (
              <label key={field} className="block text-sm">
                {t('mapping.joined', { headers: headers.join(' + '), field: labelOf(field) })}
                <input
                  name={`separator-${field}`}
                  aria-label={t('mapping.separatorFor', { field })}
                  className={`${inputClass} max-w-32`}
                  value={draft.separators[field] ?? ' '}
                  onChange={(e) => change({ ...draft, separators: { ...draft.separators, [field]: e.target.value } })}
                />
              </label>
            ))}
          </fieldset>
        )}
        {unfilled.length > 0 && (
          <fieldset className="space-y-2" data-testid="mapping-fixed">
            <legend className="text-sm font-semibold">{t('mapping.fixedTitle')}</legend>
            <p className="text-sm text-slate-700">{t('mapping.fixedHint')}</p>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {unfilled.map((field) => (
                <label key={field.name} className="block text-sm font-medium">
                  {fieldLabel(field)}
                  <input
                    name={`fixed-${field.name}`}
                    aria-label={t('mapping.fixedFor', { field: field.name })}
                    className={inputClass}
                    value={draft.fixed[field.name] ?? ''}
                    onChange={(e) => change({ ...draft, fixed: { ...draft.fixed, [field.name]: e.target.value } })}
                  />
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {missing.length > 0 && (
          <div data-testid="mapping-missing">
            <Notice tone="warning">{t('mapping.missingRequired', { fields: missing.join(', ') })}</Notice>
          </div>
        )}
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="save_as_profile"
              className="h-4 w-4"
              checked={saveProfile}
              onChange={(e) => setSaveProfile(e.target.checked)}
            />
            {t('mapping.saveProfile')}
          </label>
          {saveProfile && (
            <div>
              <label className="block text-sm font-medium">
                {t('mapping.profileName')}
                <input
                  name="profile_name"
                  className={inputClass}
                  maxLength={100}
                  aria-describedby={hintId}
                  value={profileName}
                  onChange={(e) => setProfileName(e.target.value)}
                />
              </label>
              <p id={hintId} className="mt-1 text-xs text-slate-600">{t('mapping.profileNameHint')}</p>
            </div>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass.secondary} disabled={preview.isPending} onClick={() => preview.mutate(spec)}>
            {preview.isPending ? t('mapping.previewing') : t('mapping.preview')}
          </button>
          <button
            type="button"
            className={buttonClass.primary}
            disabled={confirm.isPending || (saveProfile && profileName.trim() === '')}
            onClick={() => confirm.mutate()}
          >
            {confirm.isPending ? t('mapping.confirming') : t('mapping.confirm')}
          </button>
        </div>
        {preview.isError && <ErrorNotice error={preview.error} />}
        {confirm.isError && <ErrorNotice error={confirm.error} />}
        {previewed && <PreviewResult previewed={previewed} labelOf={labelOf} lang={lang} />}
      </div>
    </Card>
  )
}

function PreviewResult({
  previewed: { spec, result },
  labelOf,
  lang,
}: {
  previewed: { spec: MappingSpec; result: MappingPreview }
  labelOf: (name: string) => string
  lang: string
}) {
  const { t, i18n } = useTranslation()
  const columns = Object.keys(spec.fields ?? {})
  return (
    <section className="space-y-3" data-testid="mapping-preview" aria-label={t('mapping.previewTitle')}>
      <h3 className="text-sm font-semibold">{t('mapping.previewTitle')}</h3>
      <p className="text-sm" data-testid="preview-counts">
        {t('mapping.previewCounts', { valid: formatNumber(result.valid_rows, lang), invalid: formatNumber(result.invalid_rows, lang) })}
      </p>
      {result.problems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t('mapping.problems')}</p>
          <ul className="list-disc pl-5" data-testid="preview-problems">
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {result.rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="preview-table">
            <caption className="sr-only">{t('mapping.previewTitle')}</caption>
            <thead className="border-b border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-right">{t('mapping.row')}</th>
                {columns.map((field) => (
                  <th key={field} scope="col" className="px-3 py-2">{labelOf(field)}</th>
                ))}
                <th scope="col" className="px-3 py-2">{t('mapping.rowErrors')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => {
                const invalid = row.errors.length > 0
                const failed = new Set(row.errors.map((e) => e.column))
                return (
                  <tr
                    key={row.row_number}
                    data-invalid={invalid ? 'true' : 'false'}
                    className={`border-b border-slate-100 align-top ${invalid ? 'bg-red-50 text-red-900' : ''}`}
                  >
                    <td className="px-3 py-2 text-right tabular-nums">{row.row_number}</td>
                    {columns.map((field) => (
                      <td key={field} className={`px-3 py-2 ${failed.has(field) ? 'font-semibold underline decoration-red-700 decoration-wavy' : ''}`}>
                        {row.values[field] ?? ''}
                      </td>
                    ))}
                    <td className="px-3 py-2">
                      {row.errors.map((error, index) => (
                        <div key={`${error.code}-${index}`}>
                          <span className="font-mono text-xs">{error.code}</span>{' '}
                          {i18n.exists(`rowErrors.${error.code}`) ? t(`rowErrors.${error.code}`) : ''} {error.message}
                        </div>
                      ))}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
