import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import { ApiError } from '../api/client'
import type { ImportJob } from '../api/types'
import { ImportsPage } from './ImportsPage'
import { ImportJobPage } from './ImportJobPage'
import { renderRoutes } from '../test/renderRoutes'

vi.mock('../api/endpoints', () => ({
  listImports: vi.fn(),
  uploadImport: vi.fn(),
  getImport: vi.fn(),
  importErrors: vi.fn(),
  confirmImport: vi.fn(),
  cancelImport: vi.fn(),
  retryImport: vi.fn(),
  notificationQueue: vi.fn(),
  listImportProfiles: vi.fn(),
}))
const endpoints = await import('../api/endpoints')
const mocked = vi.mocked(endpoints)

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1', filename: 'orders.csv', sha256: 'abc', status: 'processing', phase: 'importing', dry_run: false,
    notify: 'per_order', error_policy: 'import_valid', max_errors: null, encoding: 'UTF-8', delimiter: ',', format: 'csv', sheet: null, profile: null,
    total_rows: 200, processed_rows: 100, success_rows: 100, failed_rows: 0, order_count: 100, failed_order_count: 0,
    progress: 0.5, rows_per_second: 120, eta_seconds: 30, queue_position: null, waiting_reason: null,
    waiting_since: null, next_attempt_at: null, warnings: [], error_code: null,
    error: null, created_by: 'admin', created_at: '2026-03-01T00:00:00Z', started_at: '2026-03-01T00:00:01Z',
    finished_at: null, updated_at: '2026-03-01T00:00:02Z', ...overrides,
  }
}

function renderAt(path: string) {
  return renderRoutes(
    <>
      <Route path="/imports" element={<ImportsPage />} />
      <Route path="/imports/:id" element={<ImportJobPage />} />
    </>,
    path,
    { auth: false },
  )
}

beforeAll(async () => {
  await i18n.changeLanguage('en')
})

beforeEach(() => {
  vi.resetAllMocks()
  mocked.listImports.mockResolvedValue({ items: [], total: 0, skip: 0, limit: 20 })
  mocked.listImportProfiles.mockResolvedValue({ items: [] })
  mocked.notificationQueue.mockResolvedValue({
    pending: 0, sent_last_minute: 0, failed: 0, oldest_pending_age_seconds: 0, estimated_drain_seconds: 0,
    lanes: [], active_batches: 0, batches: [],
  })
})

describe('import page: upload', () => {
  it('keeps Upload disabled until a file is chosen', async () => {
    renderAt('/imports')
    expect(screen.getByText('No file chosen yet.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Upload' })).toBeDisabled()
    expect(await screen.findByText('No imports yet.')).toBeInTheDocument()
  })

  it('uploads the chosen file with the chosen options and opens its job', async () => {
    const user = userEvent.setup()
    mocked.uploadImport.mockResolvedValue(job({ id: 'job-9', status: 'queued', queue_position: 1, progress: 0 }))
    mocked.getImport.mockResolvedValue(job({ id: 'job-9', status: 'queued', queue_position: 1, progress: 0 }))
    renderAt('/imports')
    const file = new File(['email,name\n'], 'march.csv', { type: 'text/csv' })
    await user.upload(screen.getByLabelText('CSV file'), file)
    expect(screen.getByTestId('selected-file')).toHaveTextContent('Selected: march.csv (11 byte)')
    await user.click(screen.getByLabelText('Dry run (validate only, create nothing)'))
    await user.selectOptions(screen.getByLabelText('Notifications'), 'summary')
    await user.selectOptions(screen.getByLabelText('When rows are invalid'), 'all_or_nothing')
    await user.click(screen.getByRole('button', { name: 'Upload' }))
    expect(mocked.uploadImport).toHaveBeenCalledWith(file, { dryRun: true, notify: 'summary', errorPolicy: 'all_or_nothing' })
    expect(await screen.findByRole('heading', { name: 'Import orders.csv' })).toBeInTheDocument()
    expect(screen.getByText('#1 in the queue')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeInTheDocument()
  })

  it('takes a file dropped on the drop zone', async () => {
    const user = userEvent.setup()
    mocked.uploadImport.mockResolvedValue(job({ id: 'job-7', status: 'queued', queue_position: 1, progress: 0 }))
    mocked.getImport.mockResolvedValue(job({ id: 'job-7', status: 'queued', queue_position: 1, progress: 0 }))
    renderAt('/imports')
    const file = new File(['a,b\n'], 'dropped.csv', { type: 'text/csv' })
    fireEvent.drop(screen.getByTestId('dropzone'), { dataTransfer: { files: [file] } })
    expect(screen.getByTestId('selected-file')).toHaveTextContent('Selected: dropped.csv (4 byte)')
    await user.click(screen.getByRole('button', { name: 'Upload' }))
    expect(mocked.uploadImport).toHaveBeenCalledWith(file, { dryRun: false, notify: 'per_order', errorPolicy: 'import_valid' })
  })

  it('shows why a file was refused', async () => {
    const user = userEvent.setup()
    mocked.uploadImport.mockRejectedValue(
      new ApiError('order', 422, 'http', { title: 'Unprocessable', detail: 'The file has no header row', code: 'NO_HEADER' }),
    )
    renderAt('/imports')
    await user.upload(screen.getByLabelText('CSV file'), new File(['x'], 'bad.csv'))
    await user.click(screen.getByRole('button', { name: 'Upload' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The file has no header row')
  })
})

describe('import page: jobs list', () => {
  it('shows a running job with its progress, rate and ETA', async () => {
    mocked.listImports.mockResolvedValue({ items: [job()], total: 1, skip: 0, limit: 20 })
    renderAt('/imports')
    const table = await screen.findByTestId('jobs-table')
    expect(within(table).getByRole('link', { name: 'orders.csv' })).toHaveAttribute('href', '/imports/job-1')
    expect(within(table).getByText('Importing')).toBeInTheDocument()
    expect(within(table).getByRole('progressbar', { name: 'Progress of orders.csv' })).toHaveAttribute('aria-valuenow', '50')
    expect(within(table).getByText('Rows/s: 120.0')).toBeInTheDocument()
    expect(within(table).getByText('ETA: 30 sec')).toBeInTheDocument()
    expect(within(table).getByText('100 / 200')).toBeInTheDocument()
  })

  it('pages through the jobs', async () => {
    const user = userEvent.setup()
    mocked.listImports.mockImplementation(async (skip = 0) => ({
      items: [job({ id: `job-${skip}`, filename: `file-${skip}.csv` })], total: 25, skip, limit: 20,
    }))
    renderAt('/imports')
    expect(await screen.findByRole('link', { name: 'file-0.csv' })).toBeInTheDocument()
    expect(screen.getByText('1–20 of 25')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('link', { name: 'file-20.csv' })).toBeInTheDocument()
    expect(mocked.listImports).toHaveBeenLastCalledWith(20, 20)
  })

  it('shows a queued job with its queue position', async () => {
    mocked.listImports.mockResolvedValue({
      items: [job({ status: 'queued', progress: 0, queue_position: 2, rows_per_second: null, eta_seconds: null })],
      total: 1, skip: 0, limit: 20,
    })
    renderAt('/imports')
    expect(await screen.findByText('#2 in the queue')).toBeInTheDocument()
    expect(screen.getByText('Queued')).toBeInTheDocument()
  })

  it('says so when the order service is down', async () => {
    mocked.listImports.mockRejectedValue(new ApiError('order', 0, 'network'))
    renderAt('/imports')
    expect(await screen.findByRole('alert')).toHaveTextContent('Order service is not reachable right now.')
  })
})

describe('import job page', () => {
  it('shows the counts, the encoding, the errors table and the downloads of a finished job', async () => {
    mocked.getImport.mockResolvedValue(
      job({ status: 'completed_with_errors', progress: 1, total_rows: 5, success_rows: 3, failed_rows: 2, order_count: 3,
        encoding: 'Windows-31J (Shift_JIS)', warnings: ['Row 4 has trailing empty cells'], finished_at: '2026-03-01T00:00:05Z' }),
    )
    mocked.importErrors.mockResolvedValue({
      items: [
        { row_number: 3, column: 'customer_email', code: 'CUSTOMER_EMAIL_INVALID', message: 'not-an-email is not an email address' },
        { row_number: 5, column: 'quantity', code: 'QUANTITY_BELOW_ONE', message: 'quantity 0 must be at least 1' },
      ],
      total: 2, skip: 0, limit: 50,
    })
    renderAt('/imports/job-1')
    expect(await screen.findByText('Completed with errors')).toBeInTheDocument()
    expect(screen.getByTestId('count-total')).toHaveTextContent('5')
    expect(screen.getByTestId('count-success')).toHaveTextContent('3')
    expect(screen.getByTestId('count-failed')).toHaveTextContent('2')
    expect(screen.getByTestId('encoding')).toHaveTextContent('Windows-31J (Shift_JIS)')
    expect(screen.getByTestId('warnings')).toHaveTextContent('Row 4 has trailing empty cells')
    const rows = within(await screen.findByTestId('errors-table')).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(rows[1]).toHaveTextContent(
      '3customer_emailCUSTOMER_EMAIL_INVALIDThe customer email is not a valid address.not-an-email is not an email address',
    )
    expect(screen.getByRole('button', { name: 'Download errors.csv' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download results.csv' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: "View this import's orders" })).toHaveAttribute('href', '/orders?batch=job-1')
    expect(screen.queryByRole('button', { name: 'Cancel import' })).not.toBeInTheDocument()
  })

  it('offers to import a validated dry run for real, and confirms it', async () => {
    const user = userEvent.setup()
    mocked.getImport.mockResolvedValue(job({ status: 'validated', dry_run: true, progress: 1, success_rows: 200, order_count: 0 }))
    mocked.importErrors.mockResolvedValue({ items: [], total: 0, skip: 0, limit: 50 })
    mocked.confirmImport.mockResolvedValue(job({ status: 'queued', dry_run: false, progress: 0, queue_position: 1 }))
    renderAt('/imports/job-1')
    await user.click(await screen.findByRole('button', { name: 'Import for real' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    expect(dialog).toHaveTextContent('200 valid rows become orders')
    await user.click(within(dialog).getByRole('button', { name: 'Import for real', hidden: true }))
    expect(mocked.confirmImport).toHaveBeenCalledWith('job-1')
    expect(await screen.findByText('Done: the job is now Queued.')).toBeInTheDocument()
    expect(screen.getByText('No row errors.')).toBeInTheDocument()
  })

  it('says what a job waits for and when it tries again, offering no retry meanwhile', async () => {
    mocked.getImport.mockResolvedValue(job({
      phase: 'waiting_for_payments', waiting_reason: 'payment-service answered 503', eta_seconds: null,
      waiting_since: '2026-03-01T00:05:00Z', next_attempt_at: '2026-03-01T00:05:40Z',
    }))
    mocked.importErrors.mockResolvedValue({ items: [], total: 0, skip: 0, limit: 50 })
    renderAt('/imports/job-1')
    const waiting = await screen.findByTestId('job-waiting')
    expect(waiting).toHaveTextContent('Waiting for the payment service (unreachable since')
    expect(waiting).toHaveTextContent('Next attempt at')
    expect(waiting).toHaveTextContent('(payment-service answered 503)')
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry payments' })).not.toBeInTheDocument()
  })

  it('resumes a job that stopped on an unexpected error', async () => {
    const user = userEvent.setup()
    mocked.getImport.mockResolvedValue(job({
      status: 'failed', phase: null, progress: 1, finished_at: '2026-03-01T00:09:00Z', error_code: 'INTERNAL_ERROR',
      error: 'The import stopped on an unexpected error: disk full. Retry it to go on from where it stopped.',
    }))
    mocked.importErrors.mockResolvedValue({ items: [], total: 0, skip: 0, limit: 50 })
    mocked.retryImport.mockResolvedValue(job({ status: 'queued', progress: 0.6, queue_position: 1 }))
    renderAt('/imports/job-1')
    await user.click(await screen.findByRole('button', { name: 'Resume import' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    expect(dialog).toHaveTextContent('Resume this import from where it stopped?')
    await user.click(within(dialog).getByRole('button', { name: 'Resume import', hidden: true }))
    expect(mocked.retryImport).toHaveBeenCalledWith('job-1')
    expect(await screen.findByText('Done: the job is now Queued.')).toBeInTheDocument()
  })

  it('says a job does not exist', async () => {
    mocked.getImport.mockRejectedValue(new ApiError('order', 404, 'http', { title: 'Not Found', detail: 'Import job x not found' }))
    renderAt('/imports/x')
    expect(await screen.findByRole('alert')).toHaveTextContent('This import job does not exist.')
  })
})
