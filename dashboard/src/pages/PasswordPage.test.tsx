import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import { api } from '../api/client'
import { Layout } from '../components/Layout'
import { setServiceUrls } from '../config'
import { PasswordPage } from './PasswordPage'
import { renderRoutes } from '../test/renderRoutes'

const SESSION_KEY = 'oms.session'

function json(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

function renderPage() {
  return renderRoutes(
    <Route path="/" element={<Layout />}>
      <Route path="password" element={<PasswordPage />} />
    </Route>,
    '/password',
  )
}

async function fillIn(current: string, next: string, repeat = next) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Current password'), current)
  await user.type(screen.getByLabelText('New password'), next)
  await user.type(screen.getByLabelText('New password again'), repeat)
  await user.click(screen.getByRole('button', { name: 'Change password' }))
}

function storedToken(): string {
  return (JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? '{}') as { token?: string }).token ?? ''
}

beforeAll(async () => {
  await i18n.changeLanguage('en')
})

beforeEach(() => {
  setServiceUrls({ order: 'http://orders.test', payment: 'http://payments.test', notification: 'http://notify.test' })
  window.sessionStorage.setItem(
    SESSION_KEY,
    JSON.stringify({ token: 'old-token', username: 'tanaka', role: 'viewer', expiresAt: Date.now() + 3_600_000 }),
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.sessionStorage.clear()
})

describe('change password page', () => {
  it('is linked from the layout for every signed-in user', () => {
    vi.stubGlobal('fetch', vi.fn())
    renderPage()
    expect(screen.getByRole('link', { name: 'Change password' })).toHaveAttribute('href', '/password')
  })

  it('changes the password, says so and keeps working with the fresh token', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(200, { access_token: 'fresh-token', token_type: 'bearer', expires_in: 3600, role: 'viewer' }))
      .mockResolvedValueOnce(json(200, { items: [], total: 0, skip: 0, limit: 20 }))
    vi.stubGlobal('fetch', fetchMock)
    renderPage()

    await fillIn('the-first-password', 'the-second-password')

    expect(
      await screen.findByText('Your password was changed. You stay logged in here; your other sessions were logged out.'),
    ).toBeInTheDocument()
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('http://orders.test/api/v1/users/me/password')
    expect((init as RequestInit).method).toBe('PUT')
    expect((init as RequestInit).headers).toMatchObject({ Authorization: 'Bearer old-token' })
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      current_password: 'the-first-password',
      new_password: 'the-second-password',
    })
    expect(storedToken()).toBe('fresh-token')
    expect(screen.getByTestId('signed-in')).toHaveTextContent('Signed in as tanaka (Viewer)')
    expect(screen.getByLabelText('Current password')).toHaveValue('')

    await api('order', '/api/v1/orders')
    expect((fetchMock.mock.calls[1][1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer fresh-token' })
  })

  it("shows the service's reason for a wrong current password and stays logged in", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        json(400, { status: 400, detail: 'current_password: is not your current password', field: 'current_password' }, 'application/problem+json'),
      ),
    )
    renderPage()

    await fillIn('not-the-password', 'the-second-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('current_password: is not your current password')
    expect(storedToken()).toBe('old-token')
    expect(screen.getByTestId('signed-in')).toHaveTextContent('Signed in as tanaka')
  })

  it("shows the service's reason when too many attempts failed", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(json(429, { status: 429, detail: 'Too many failed logins; try again in 30 s' }, 'application/problem+json')),
    )
    renderPage()

    await fillIn('not-the-password', 'the-second-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed logins; try again in 30 s')
  })

  it('refuses two different new passwords without asking the service', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    renderPage()

    await fillIn('the-first-password', 'the-second-password', 'the-third-password')

    expect(screen.getByRole('alert')).toHaveTextContent('The two new passwords differ.')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
