import { useState, type FormEvent } from 'react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { changeOwnPassword } from '../api/endpoints'
import { useAuth } from '../auth/auth'
import { buttonClass, Card, ErrorNotice, inputClass, Notice } from '../components/ui'

const EMPTY = { current: '', next: '', repeat: '' }

/**
 * Changes the signed-in user's own password. The service revokes every token the user holds and
 * answers a fresh one, which replaces the session's token so the dashboard keeps working.
 */
export function PasswordPage() {
  const { t } = useTranslation()
  const { renew } = useAuth()
  const [form, setForm] = useState(EMPTY)
  const [mismatch, setMismatch] = useState(false)
  const change = useMutation({
    mutationFn: () => changeOwnPassword(form.current, form.next),
    onSuccess: (answer) => {
      renew(answer)
      setForm(EMPTY)
    },
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const differ = form.next !== form.repeat
    setMismatch(differ)
    if (!differ) change.mutate()
  }

  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('password.title')}</h1>
      <Card>
        <form onSubmit={submit} className="space-y-4" aria-label={t('password.title')}>
          <label className="block text-sm font-medium">
            {t('password.current')}
            <input name="current-password" type="password" required autoComplete="current-password" className={inputClass} value={form.current} onChange={(e) => setForm({ ...form, current: e.target.value })} />
          </label>
          <div>
            <label className="block text-sm font-medium">
              {t('password.new')}
              <input name="new-password" type="password" required minLength={12} maxLength={72} autoComplete="new-password" aria-describedby="new-password-hint" className={inputClass} value={form.next} onChange={(e) => setForm({ ...form, next: e.target.value })} />
            </label>
            <p id="new-password-hint" className="mt-1 text-xs text-slate-600">{t('password.hint')}</p>
          </div>
          <label className="block text-sm font-medium">
            {t('password.repeat')}
            <input name="repeat-password" type="password" required autoComplete="new-password" className={inputClass} value={form.repeat} onChange={(e) => setForm({ ...form, repeat: e.target.value })} />
          </label>
          <button type="submit" className={`${buttonClass.primary} w-full`} disabled={change.isPending || !form.current || !form.next || !form.repeat}>
            {change.isPending ? t('common.saving') : t('password.submit')}
          </button>
        </form>
        <div className="mt-3 space-y-2">
          {mismatch && <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-900">{t('password.mismatch')}</p>}
          {change.isSuccess && !mismatch && <Notice tone="success">{t('password.changed')}</Notice>}
          {change.isError && !mismatch && <ErrorNotice error={change.error} />}
        </div>
      </Card>
    </div>
  )
}
