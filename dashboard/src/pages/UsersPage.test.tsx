import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import type { User } from '../api/types'
import { fakeServices, json, signIn } from '../test/fakeServices'
import { UsersPage } from './UsersPage'
import { renderRoutes } from '../test/renderRoutes'

const USERS = 'GET http://orders.test/api/v1/users'
const CREATE = 'POST http://orders.test/api/v1/users'

const ADMIN: User = { id: 1, username: 'admin', role: 'admin', enabled: true, email: 'admin@example.co.jp', created_at: '2026-03-01T00:00:00Z' }
const TANAKA: User = { id: 2, username: 'tanaka', role: 'OPERATOR' as User['role'], enabled: true, email: null, created_at: '2026-03-01T15:07:00Z' }
const SUZUKI: User = { id: 3, username: 'suzuki', role: 'viewer', enabled: false, email: 'suzuki@example.co.jp', created_at: '2026-02-28T20:30:00Z' }

/** The order service with a user list that PATCH and POST change, as the real one would. */
function usersService(initial: User[]) {
  let users = [...initial]
  return fakeServices({
    [USERS]: () => json(200, users),
    [CREATE]: (call) => {
      const { username, role, email } = call.body as { username: string; role: User['role']; email?: string }
      const created: User = { id: users.length + 1, username, role, enabled: true, email: email ?? null, created_at: '2026-03-02T01:00:00Z' }
      users = [...users, created]
      return json(201, created)
    },
    'PATCH http://orders.test/api/v1/users/tanaka': (call) => {
      users = users.map((user) => (user.username === 'tanaka' ? { ...user, ...(call.body as Partial<User>) } : user))
      return json(200, users.find((user) => user.username === 'tanaka'))
    },
    'PATCH http://orders.test/api/v1/users/suzuki': (call) => {
      users = users.map((user) => (user.username === 'suzuki' ? { ...user, ...(call.body as Partial<User>) } : user))
      return json(200, users.find((user) => user.username === 'suzuki'))
    },
  })
}

function renderPage() {
  return renderRoutes(<Route path="/" element={<UsersPage />} />)
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

async function userRows() {
  return within(await screen.findByTestId('users-table')).getAllByRole('row').slice(1)
}

beforeAll(() => {
  // Creation times read the same on every machine: the platform's home zone.
  vi.stubEnv('TZ', 'Asia/Tokyo')
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(() => {
  signIn('admin', 'admin')
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.sessionStorage.clear()
})

describe('users page in Japanese', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('ja')
  })

  it('lists every user with role, address, state and creation time, offering no action on oneself', async () => {
    usersService([ADMIN, TANAKA, SUZUKI])

    renderPage()

    const rows = await userRows()
    expect(within(screen.getByTestId('users-table')).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'ユーザー名', 'ロール', 'メールアドレス', '状態', '作成日時', '操作',
    ])
    expect(rows.map(cells)).toEqual([
      ['admin', '管理者', 'admin@example.co.jp', '有効', '2026/03/01 9:00', ''],
      ['tanaka', 'オペレーター', '—', '有効', '2026/03/02 0:07', '無効にする'],
      ['suzuki', '閲覧者', 'suzuki@example.co.jp', '無効', '2026/03/01 5:30', '有効にする'],
    ])
  })

  it('creates a user with a role and an address, says so and lists them', async () => {
    const user = userEvent.setup()
    const services = usersService([ADMIN])
    renderPage()
    await userRows()

    await user.type(screen.getByLabelText('ユーザー名'), ' sato ')
    await user.type(screen.getByLabelText('パスワード（12〜72文字）'), 'a-long-password-for-sato')
    await user.type(screen.getByLabelText('メールアドレス'), 'sato@example.co.jp')
    await user.selectOptions(screen.getByLabelText('ロール'), 'operator')
    await user.click(screen.getByRole('button', { name: 'ユーザーを作成' }))

    expect(await screen.findByText('ユーザー sato を作成しました。')).toBeInTheDocument()
    expect(services.callsTo(CREATE).map((call) => call.body)).toEqual([
      { username: 'sato', password: 'a-long-password-for-sato', role: 'operator', email: 'sato@example.co.jp' },
    ])
    await screen.findByText('sato')
    expect((await userRows()).map(cells)[1]).toEqual(['sato', 'オペレーター', 'sato@example.co.jp', '有効', '2026/03/02 10:00', '無効にする'])
    expect(screen.getByLabelText('ユーザー名')).toHaveValue('')
    expect(screen.getByLabelText('ロール')).toHaveValue('viewer')
  })

  it('disables a user only after confirming, then shows them disabled', async () => {
    const user = userEvent.setup()
    const services = usersService([ADMIN, TANAKA])
    renderPage()
    const tanaka = (await userRows())[1]

    await user.click(within(tanaka).getByRole('button', { name: '無効にする' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    expect(dialog).toHaveTextContent('tanaka を無効にしますか？ログインできなくなります。')
    expect(services.callsTo('PATCH http://orders.test/api/v1/users/tanaka')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: '無効にする', hidden: true }))

    await screen.findByRole('button', { name: '有効にする' })
    expect(services.callsTo('PATCH http://orders.test/api/v1/users/tanaka').map((call) => call.body)).toEqual([{ enabled: false }])
    expect(cells((await userRows())[1])).toEqual(['tanaka', 'オペレーター', '—', '無効', '2026/03/02 0:07', '有効にする'])
  })

  it('says the order service cannot be reached', async () => {
    fakeServices({})

    renderPage()

    expect(await screen.findByRole('alert')).toHaveTextContent('注文サービスに現在接続できません。しばらくしてから再度お試しください。')
    expect(screen.queryByTestId('users-table')).toBeNull()
  })
})

describe('users page in English', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('lists every user with role, address, state and creation time', async () => {
    usersService([ADMIN, TANAKA, SUZUKI])

    renderPage()

    expect((await userRows()).map(cells)).toEqual([
      ['admin', 'Admin', 'admin@example.co.jp', 'Active', 'Mar 1, 2026, 9:00 AM', ''],
      ['tanaka', 'Operator', '—', 'Active', 'Mar 2, 2026, 12:07 AM', 'Disable'],
      ['suzuki', 'Viewer', 'suzuki@example.co.jp', 'Disabled', 'Mar 1, 2026, 5:30 AM', 'Enable'],
    ])
  })

  it('enables a disabled user at once, without asking', async () => {
    const user = userEvent.setup()
    const services = usersService([ADMIN, SUZUKI])
    renderPage()

    await user.click(within((await userRows())[1]).getByRole('button', { name: 'Enable' }))

    await screen.findByRole('button', { name: 'Disable' })
    expect(services.callsTo('PATCH http://orders.test/api/v1/users/suzuki').map((call) => call.body)).toEqual([{ enabled: true }])
    expect(cells((await userRows())[1])).toEqual(['suzuki', 'Viewer', 'suzuki@example.co.jp', 'Active', 'Mar 1, 2026, 5:30 AM', 'Disable'])
  })

  it("shows the service's reason when it refuses a new user, and keeps what was typed", async () => {
    const user = userEvent.setup()
    fakeServices({
      [USERS]: () => json(200, [ADMIN]),
      [CREATE]: () => json(409, { status: 409, detail: "User 'admin' already exists" }, 'application/problem+json'),
    })
    renderPage()
    await userRows()

    await user.type(screen.getByLabelText('User name'), 'admin')
    await user.type(screen.getByLabelText('Password (12 to 72 characters)'), 'another-long-password')
    await user.click(screen.getByRole('button', { name: 'Create user' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("User 'admin' already exists")
    expect(screen.getByLabelText('User name')).toHaveValue('admin')
    expect(screen.queryByRole('status')).toBeNull()
  })
})
