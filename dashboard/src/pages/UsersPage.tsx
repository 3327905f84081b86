import { useState, type FormEvent } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { createUser, listUsers, setUserEnabled } from '../api/endpoints'
import type { Role, User } from '../api/types'
import { useAuth } from '../auth/auth'
import { formatDateTime } from '../format'
import { Badge, buttonClass, Card, ConfirmDialog, ErrorNotice, inputClass, Loading, Notice } from '../components/ui'

const ROLES: Role[] = ['viewer', 'operator', 'admin']

export function UsersPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { session } = useAuth()
  const client = useQueryClient()
  const users = useQuery({ queryKey: ['users'], queryFn: listUsers })
  const [form, setForm] = useState({ username: '', password: '', role: 'viewer' as Role, email: '' })
  const [created, setCreated] = useState<string | null>(null)
  const [toDisable, setToDisable] = useState<User | null>(null)

  const create = useMutation({
    mutationFn: () => createUser(form.username.trim(), form.password, form.role, form.email.trim()),
    onSuccess: (user) => {
      setCreated(t('users.createdMessage', { username: user.username }))
      setForm({ username: '', password: '', role: 'viewer', email: '' })
      void client.invalidateQueries({ queryKey: ['users'] })
    },
  })
  const toggle = useMutation({
    mutationFn: (user: User) => setUserEnabled(user.username, !user.enabled),
    onSuccess: () => {
      setToDisable(null)
      void client.invalidateQueries({ queryKey: ['users'] })
    },
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setCreated(null)
    create.mutate()
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('users.title')}</h1>
      <Card title={t('users.create')}>
        <form onSubmit={submit} className="grid gap-3 sm:grid-cols-5" aria-label={t('users.create')}>
          <label className="block text-sm font-medium">
            {t('users.username')}
            <input name="new-username" required minLength={3} maxLength={64} autoComplete="off" className={inputClass} value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
          </label>
          <label className="block text-sm font-medium">
            {t('users.password')}
            <input name="new-password" type="password" required minLength={12} maxLength={72} autoComplete="new-password" className={inputClass} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
          </label>
          <div>
            <label className="block text-sm font-medium">
              {t('users.email')}
              <input name="new-email" type="email" maxLength={254} autoComplete="off" aria-describedby="new-email-hint" className={inputClass} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
            </label>
            <p id="new-email-hint" className="mt-1 text-xs text-slate-600">{t('users.emailHint')}</p>
          </div>
          <label className="block text-sm font-medium">
            {t('users.role')}
            <select name="role" className={inputClass} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="flex items-end">
            <button type="submit" className={`${buttonClass.primary} w-full`} disabled={create.isPending || !form.username || !form.password}>
              {create.isPending ? t('common.saving') : t('users.submit')}
            </button>
          </div>
        </form>
        <div className="mt-3 space-y-2">
          {created && <Notice tone="success">{created}</Notice>}
          {create.isError && <ErrorNotice error={create.error} />}
        </div>
      </Card>
      <Card title={t('users.title')}>
        {users.isPending && <Loading />}
        {users.isError && <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />}
        {toggle.isError && <ErrorNotice error={toggle.error} />}
        {users.data && (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="users-table">
              <caption className="sr-only">{t('users.title')}</caption>
              <thead className="border-b border-slate-300 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('users.username')}</th>
                  <th scope="col" className="px-3 py-2">{t('users.role')}</th>
                  <th scope="col" className="px-3 py-2">{t('users.email')}</th>
                  <th scope="col" className="px-3 py-2">{t('users.enabled')}</th>
                  <th scope="col" className="px-3 py-2">{t('users.created')}</th>
                  <th scope="col" className="px-3 py-2">{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((user) => {
                  const role = String(user.role).toLowerCase()
                  return (
                    <tr key={user.id} className="border-b border-slate-100">
                      <td className="px-3 py-2 font-semibold">{user.username}</td>
                      <td className="px-3 py-2">{t(`roles.${role}`)}</td>
                      <td className="px-3 py-2">{user.email ?? '—'}</td>
                      <td className="px-3 py-2">
                        <Badge status={user.enabled ? 'completed' : 'cancelled'} label={user.enabled ? t('users.active') : t('users.disabled')} />
                      </td>
                      <td className="px-3 py-2">{formatDateTime(user.created_at, lang)}</td>
                      <td className="px-3 py-2">
                        {user.username !== session?.username &&
                          (user.enabled ? (
                            <button type="button" className={buttonClass.secondary} onClick={() => setToDisable(user)}>
                              {t('users.disable')}
                            </button>
                          ) : (
                            <button type="button" className={buttonClass.secondary} onClick={() => toggle.mutate(user)}>
                              {t('users.enable')}
                            </button>
                          ))}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <ConfirmDialog
        open={toDisable !== null}
        title={t('users.disable')}
        confirmLabel={t('users.disable')}
        danger
        busy={toggle.isPending}
        onConfirm={() => toDisable && toggle.mutate(toDisable)}
        onClose={() => setToDisable(null)}
      >
        <p>{toDisable ? t('users.disableQuestion', { username: toDisable.username }) : ''}</p>
      </ConfirmDialog>
    </div>
  )
}
