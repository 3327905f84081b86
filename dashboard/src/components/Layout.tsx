import { useEffect, useRef } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { can, useAuth } from '../auth/auth'
import { LANGUAGES, setLanguage, type Language } from '../i18n'

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{t('nav.language')}</span>
      <select
        data-testid="language"
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"
        value={i18n.language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`nav.languages.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-blue-700 text-white' : 'text-slate-800 hover:bg-slate-200'}`

export function Layout() {
  const { t } = useTranslation()
  const { session, logout } = useAuth()
  const role = session?.role
  const { pathname } = useLocation()
  const main = useRef<HTMLElement>(null)
  const firstPage = useRef(true)
  // After a navigation, keyboard and screen reader users start at the new page's content.
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false
      return
    }
    main.current?.focus()
  }, [pathname])
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="text-lg font-bold text-slate-900">{t('app.name')}</span>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitcher />
            {session && (
              <span className="text-sm text-slate-700" data-testid="signed-in">
                {t('nav.signedInAs', { username: session.username, role: t(`roles.${session.role}`) })}
              </span>
            )}
            {session && (
              <NavLink to="/password" className="text-sm text-blue-800 underline hover:text-blue-900">
                {t('nav.changePassword')}
              </NavLink>
            )}
            <button type="button" onClick={logout} className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
              {t('nav.logout')}
            </button>
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="mx-auto max-w-7xl px-4 pb-2">
          <ul className="flex flex-wrap gap-1">
            <li>
              <NavLink to="/" end className={linkClass}>
                {t('nav.overview')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/orders" className={({ isActive }) => linkClass({ isActive: isActive && pathname !== '/orders/new' })}>
                {t('nav.orders')}
              </NavLink>
            </li>
            {can.actOnOrders(role) && (
              <li>
                <NavLink to="/orders/new" className={linkClass}>
                  {t('newOrder.title')}
                </NavLink>
              </li>
            )}
            {can.import(role) && (
              <li>
                <NavLink to="/imports" className={linkClass}>
                  {t('nav.imports')}
                </NavLink>
              </li>
            )}
            {can.manageUsers(role) && (
              <li>
                <NavLink to="/users" className={linkClass}>
                  {t('nav.users')}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
    </div>
  )
}
