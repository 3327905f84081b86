import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import i18n from '../i18n'
import { AuthProvider } from '../auth/auth'
import { fakeServices, json, signIn } from '../test/fakeServices'
import { LoginPage } from './LoginPage'

const LOGIN = 'POST http://orders.test/api/v1/auth/login'

const TOKEN = { access_token: 'fresh-token', token_type: 'bearer', expires_in: 3600, role: 'OPERATOR' }

/** Where the login sent the user: the page's path and query. */
function Landed() {
  const location = useLocation()
  return <p data-testid="landed">{location.pathname + location.search}</p>
}

function renderLogin(from?: string) {
  return render(
    <AuthProvider>
      <MemoryRouter initialEntries={[{ pathname: '/login', state: from ? { from } : null }]}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="*" element={<Landed />} />
        </Routes>
      </MemoryRouter>
    </AuthProvider>,
  )
}

/** The form's labels as a user reads them. */
const JA = { username: 'ユーザー名', password: 'パスワード', submit: 'ログイン' }
const EN = { username: 'User name', password: 'Password', submit: 'Log in' }

/** Fills in the form by its labels and sends it. */
async function logIn(labels: typeof JA, username: string, password: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText(labels.username), username)
  await user.type(screen.getByLabelText(labels.password), password)
  await user.click(screen.getByRole('button', { name: labels.submit }))
}

function storedSession(): unknown {
  return JSON.parse(window.sessionStorage.getItem('oms.session') ?? 'null')
}

beforeEach(() => {
  window.sessionStorage.clear()
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.localStorage.clear()
})

describe('login page in Japanese', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja')
  })

  it('offers the form, logging in only once both fields are filled', async () => {
    fakeServices({})
    const user = userEvent.setup()
    renderLogin()

    expect(screen.getByRole('heading', { name: 'ログイン' })).toBeInTheDocument()
    expect(screen.getByText('受注管理プラットフォーム')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeDisabled()
    await user.type(screen.getByLabelText('ユーザー名'), 'tanaka')
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeDisabled()
    await user.type(screen.getByLabelText('パスワード'), 'a-long-password')
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeEnabled()
  })

  it('logs in, keeps the session for the tab and goes on to the page the user asked for', async () => {
    const services = fakeServices({ [LOGIN]: () => json(200, TOKEN) })
    renderLogin('/orders?status=paid')

    await logIn(JA, 'tanaka', 'a-long-password')

    expect(await screen.findByTestId('landed')).toHaveTextContent('/orders?status=paid')
    expect(services.callsTo(LOGIN)).toHaveLength(1)
    expect(services.callsTo(LOGIN)[0].body).toEqual({ username: 'tanaka', password: 'a-long-password' })
    expect(storedSession()).toMatchObject({ token: 'fresh-token', username: 'tanaka', role: 'operator' })
  })

  it('says "logging in" while the service answers, and stays put on a wrong password', async () => {
    let answer: (response: Response) => void = () => {}
    fakeServices({ [LOGIN]: () => new Promise<Response>((resolve) => (answer = resolve)) })
    renderLogin()

    await logIn(JA, 'tanaka', 'not-the-password')
    expect(screen.getByRole('button', { name: 'ログイン中…' })).toBeDisabled()
    answer(json(401, { status: 401, detail: 'Bad credentials' }, 'application/problem+json'))

    expect(await screen.findByRole('alert')).toHaveTextContent('ユーザー名またはパスワードが正しくないか、アカウントが無効です。')
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeEnabled()
    expect(screen.queryByTestId('landed')).toBeNull()
    expect(storedSession()).toBeNull()
  })

  it('says the order service cannot be reached', async () => {
    fakeServices({})
    renderLogin()

    await logIn(JA, 'tanaka', 'a-long-password')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '注文サービスに現在接続できません。しばらくしてから再度お試しください。',
    )
  })

  it('switches to English and remembers the choice', async () => {
    fakeServices({})
    const user = userEvent.setup()
    renderLogin()

    await user.selectOptions(screen.getByLabelText('言語'), 'en')

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument()
    expect(screen.getByLabelText('User name')).toBeInTheDocument()
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(window.localStorage.getItem('oms.lang')).toBe('en')
  })
})

describe('login page in English', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('logs in and opens the overview when no page was asked for', async () => {
    fakeServices({ [LOGIN]: () => json(200, TOKEN) })
    renderLogin()

    await logIn(EN, 'tanaka', 'a-long-password')

    expect(await screen.findByTestId('landed')).toHaveTextContent(/^\/$/)
  })

  it('explains a wrong password or a disabled account', async () => {
    fakeServices({ [LOGIN]: () => json(401, { status: 401, detail: 'Bad credentials' }, 'application/problem+json') })
    renderLogin()

    await logIn(EN, 'tanaka', 'not-the-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('The user name or password is wrong, or the account is disabled.')
  })

  it('says to wait after too many failed attempts', async () => {
    fakeServices({ [LOGIN]: () => json(429, { status: 429, detail: 'Too many failed logins' }, 'application/problem+json') })
    renderLogin()

    await logIn(EN, 'tanaka', 'not-the-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed attempts. Try again later.')
  })

  it('sends a user who is already signed in on at once', () => {
    fakeServices({})
    signIn('tanaka', 'viewer')

    renderLogin('/users')

    expect(screen.getByTestId('landed')).toHaveTextContent('/users')
    expect(screen.queryByRole('heading', { name: 'Log in' })).toBeNull()
  })
})
