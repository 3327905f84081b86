import { useState, type FormEvent } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useAuth } from '../auth/auth'
import { ApiError, errorMessage } from '../api/client'
import { LanguageSwitcher } from '../components/Layout'
import { buttonClass, inputClass } from '../components/ui'

export function LoginPage() {
  const { t } = useTranslation()
  const { session, expired, login } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const from = (location.state as { from?: string } | null)?.from ?? '/'

  if (session) return <Navigate to={from} replace />

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await login(username, password)
      navigate(from, { replace: true })
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t('login.failed'))
      else if (err instanceof ApiError && err.status === 429) setError(t('login.locked'))
      else setError(errorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow">
        <div className="mb-4 flex justify-end">
          <LanguageSwitcher />
        </div>
        <p className="mb-1 text-sm text-slate-700">{t('app.name')}</p>
        <h1 className="mb-4 text-2xl font-bold">{t('login.title')}</h1>
        {expired && !error && (
          <p role="status" className="mb-4 rounded-md bg-amber-50 p-2 text-sm text-amber-900">
            {t('errors.unauthorized')}
          </p>
        )}
        <form onSubmit={submit} className="space-y-4" noValidate>
          <label className="block text-sm font-medium">
            {t('login.username')}
            <input
              name="username"
              autoComplete="username"
              required
              autoFocus
              className={inputClass}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label className="block text-sm font-medium">
            {t('login.password')}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className={inputClass}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {error && (
            <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-900">
              {error}
            </p>
          )}
          <button type="submit" className={`${buttonClass.primary} w-full`} disabled={busy || !username || !password}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  )
}
