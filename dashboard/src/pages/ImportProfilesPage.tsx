import { useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { deleteImportProfile, listImportProfiles } from '../api/endpoints'
import { buttonClass, Card, ConfirmDialog, ErrorNotice, Loading, Notice } from '../components/ui'
import { formatDateTime } from '../format'
import { describeMapping } from '../importMapping'

/**
 * The mapping profiles (admin): each with the header set it recognises, what it maps, and who
 * changed it last; a profile can be deleted (after a confirmation). Profiles are made from an
 * import's mapping step ("Save as profile").
 */
export function ImportProfilesPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const client = useQueryClient()
  const [deleting, setDeleting] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const profiles = useQuery({ queryKey: ['import-profiles'], queryFn: listImportProfiles })

  const remove = useMutation({
    mutationFn: (name: string) => deleteImportProfile(name).then(() => name),
    onSuccess: (name) => {
      void client.invalidateQueries({ queryKey: ['import-profiles'] })
      setMessage(t('profiles.deleted', { name }))
      setDeleting(null)
    },
  })

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('profiles.title')}</h1>
        <Link to="/imports" className={buttonClass.secondary}>
          {t('profiles.back')}
        </Link>
      </div>
      <p className="text-sm text-slate-700">{t('profiles.intro')}</p>
      {message && <Notice tone="success">{message}</Notice>}
      <Card>
        {profiles.isPending && <Loading />}
        {profiles.isError && <ErrorNotice error={profiles.error} onRetry={() => void profiles.refetch()} />}
        {profiles.data && profiles.data.items.length === 0 && <p className="text-sm text-slate-700">{t('profiles.none')}</p>}
        {profiles.data && profiles.data.items.length > 0 && (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="profiles-table">
              <caption className="sr-only">{t('profiles.title')}</caption>
              <thead className="border-b border-slate-300 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('profiles.name')}</th>
                  <th scope="col" className="px-3 py-2">{t('profiles.headers')}</th>
                  <th scope="col" className="px-3 py-2">{t('profiles.mapping')}</th>
                  <th scope="col" className="px-3 py-2">{t('profiles.updatedBy')}</th>
                  <th scope="col" className="px-3 py-2">{t('profiles.updatedAt')}</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">{t('profiles.delete')}</span></th>
                </tr>
              </thead>
              <tbody>
                {profiles.data.items.map((profile) => (
                  <tr key={profile.name} className="border-b border-slate-100 align-top" data-profile={profile.name}>
                    <td className="px-3 py-2 font-semibold">{profile.name}</td>
                    <td className="px-3 py-2">{profile.headers.join(', ')}</td>
                    <td className="px-3 py-2">
                      <ul>
                        {describeMapping(profile.mapping).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                        {profile.mapping.ignored && profile.mapping.ignored.length > 0 && (
                          <li className="text-slate-600">{t('profiles.ignored', { headers: profile.mapping.ignored.join(', ') })}</li>
                        )}
                      </ul>
                    </td>
                    <td className="px-3 py-2">{profile.updated_by}</td>
                    <td className="whitespace-nowrap px-3 py-2">{formatDateTime(profile.updated_at, lang)}</td>
                    <td className="px-3 py-2 text-right">
                      <button
                        type="button"
                        className={buttonClass.danger}
                        aria-label={t('profiles.deleteLabel', { name: profile.name })}
                        onClick={() => {
                          remove.reset()
                          setMessage(null)
                          setDeleting(profile.name)
                        }}
                      >
                        {t('profiles.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? t('profiles.deleteTitle', { name: deleting }) : ''}
        confirmLabel={t('profiles.delete')}
        danger
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      >
        <p>{deleting ? t('profiles.deleteQuestion', { name: deleting }) : ''}</p>
        {remove.isError && (
          <div className="mt-3">
            <ErrorNotice error={remove.error} />
          </div>
        )}
      </ConfirmDialog>
    </div>
  )
}
