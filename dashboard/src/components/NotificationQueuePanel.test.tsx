import { beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MemoryRouter } from 'react-router'
import i18n from '../i18n'
import { ApiError } from '../api/client'
import type { NotificationQueue } from '../api/types'
import { NotificationQueuePanel } from './NotificationQueuePanel'

vi.mock('../api/endpoints', () => ({ notificationQueue: vi.fn() }))
const endpoints = await import('../api/endpoints')
const mocked = vi.mocked(endpoints)

const BUSY: NotificationQueue = {
  pending: 29883,
  sent_last_minute: 600,
  failed: 2,
  oldest_pending_age_seconds: 61,
  estimated_drain_seconds: 3019,
  lanes: [
    { lane: 'transactional', depth: 3, oldest_pending_age_seconds: 0, eta_seconds: 1, sent_last_minute: 54 },
    { lane: 'bulk', depth: 29880, oldest_pending_age_seconds: 61, eta_seconds: 3019, sent_last_minute: 546 },
  ],
  active_batches: 12,
  batches: [
    { batch_id: 'job-big', pending: 29820, oldest_pending_age_seconds: 61, eta_seconds: 3019 },
    { batch_id: 'job-small', pending: 60, oldest_pending_age_seconds: 4, eta_seconds: 13 },
  ],
}

function renderPanel(linkToImports: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <NotificationQueuePanel linkToImports={linkToImports} />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

beforeEach(() => {
  vi.resetAllMocks()
})

describe('notification queue panel', () => {
  it('shows each lane and the largest waiting imports with their estimates, in English', async () => {
    await i18n.changeLanguage('en')
    mocked.notificationQueue.mockResolvedValue(BUSY)
    renderPanel(true)

    const transactional = await screen.findByTestId('queue-lane-transactional')
    expect(within(transactional).getByRole('rowheader')).toHaveTextContent('Single orders (sent first)')
    expect(cells(transactional)).toEqual(['3', '0 sec', '1 sec', '54'])
    expect(cells(screen.getByTestId('queue-lane-bulk'))).toEqual(['29,880', '1 min 1 sec', '50 min 19 sec', '546'])
    expect(screen.getByRole('heading', { name: 'Imports waiting: 12 (the 2 largest shown)' })).toBeInTheDocument()
    const batches = screen.getAllByTestId('queue-batch')
    expect(batches.map((row) => row.dataset.batchId)).toEqual(['job-big', 'job-small'])
    expect(cells(batches[1])).toEqual(['60', '4 sec', '13 sec'])
    expect(within(batches[1]).getByRole('link', { name: 'job-small' })).toHaveAttribute('href', '/imports/job-small')
  })

  it('speaks Japanese and leaves batch ids unlinked for roles without the imports page', async () => {
    await i18n.changeLanguage('ja')
    mocked.notificationQueue.mockResolvedValue(BUSY)
    renderPanel(false)

    const bulk = await screen.findByTestId('queue-lane-bulk')
    expect(within(bulk).getByRole('rowheader')).toHaveTextContent('インポート（一括）')
    expect(cells(bulk)).toEqual(['29,880', '1 分 1 秒', '50 分 19 秒', '546'])
    expect(screen.getByRole('heading', { name: '送信待ちのインポート: 12 件 (多い順に 2 件を表示)' })).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
    expect(within(screen.getAllByTestId('queue-batch')[0]).getByRole('rowheader')).toHaveTextContent('job-big')
  })

  it('says so when no import is waiting', async () => {
    await i18n.changeLanguage('en')
    mocked.notificationQueue.mockResolvedValue({
      ...BUSY,
      lanes: BUSY.lanes!.map((lane) => ({ ...lane, depth: 0, oldest_pending_age_seconds: 0, eta_seconds: 0 })),
      active_batches: 0,
      batches: [],
    })
    renderPanel(true)

    expect(await screen.findByText('No import messages are waiting.')).toBeInTheDocument()
    expect(screen.getByTestId('queue-active-batches')).toHaveTextContent('Imports waiting: 0')
    expect(cells(screen.getByTestId('queue-lane-bulk'))).toEqual(['0', '0 sec', '0 sec', '546'])
    expect(screen.queryByTestId('queue-batches')).toBeNull()
  })

  it('shows the service error instead of numbers', async () => {
    await i18n.changeLanguage('en')
    mocked.notificationQueue.mockRejectedValue(new ApiError('notification', 0, 'network'))
    renderPanel(true)

    expect(await screen.findByRole('alert')).toHaveTextContent('Notification service is not reachable right now.')
    expect(screen.queryByTestId('queue-lanes')).toBeNull()
  })
})
