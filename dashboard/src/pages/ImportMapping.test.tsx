import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route } from 'react-router'
import i18n from '../i18n'
import type { ImportJob, ImportMapping, ImportProfile, MappingPreview } from '../api/types'
import { fakeServices, json, signIn } from '../test/fakeServices'
import { renderRoutes } from '../test/renderRoutes'
import { ImportsPage } from './ImportsPage'
import { ImportJobPage } from './ImportJobPage'
import { ImportProfilesPage } from './ImportProfilesPage'

const JOB = 'GET http://orders.test/api/v1/imports/job-1'
const MAPPING = 'GET http://orders.test/api/v1/imports/job-1/mapping'
const PREVIEW = 'POST http://orders.test/api/v1/imports/job-1/mapping/preview'
const CONFIRM = 'PUT http://orders.test/api/v1/imports/job-1/mapping'
const UPLOAD = 'POST http://orders.test/api/v1/imports'
const JOBS = 'GET http://orders.test/api/v1/imports'
const PROFILES = 'GET http://orders.test/api/v1/import-profiles'
const QUEUE = 'GET http://notify.test/api/v1/notifications/queue'

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1', filename: 'acme-orders.csv', sha256: 'abc', status: 'needs_mapping', phase: null, dry_run: false,
    notify: 'per_order', error_policy: 'import_valid', max_errors: null, encoding: 'UTF-8', delimiter: ',', format: 'csv', sheet: null,
    profile: null, total_rows: null, processed_rows: 0, success_rows: 0, failed_rows: 0, order_count: 0, failed_order_count: 0,
    progress: 0, rows_per_second: null, eta_seconds: null, queue_position: null, waiting_reason: null,
    waiting_since: null, next_attempt_at: null, warnings: [], error_code: null,
    error: null, created_by: 'admin', created_at: '2026-03-01T00:00:00Z', started_at: null,
    finished_at: null, updated_at: '2026-03-01T00:00:00Z', ...overrides,
  }
}

const FIELDS: ImportMapping['fields'] = [
  { name: 'customer_email', japanese_name: 'メールアドレス', required: true },
  { name: 'customer_name', japanese_name: '顧客名', required: true },
  { name: 'product_name', japanese_name: '商品名', required: true },
  { name: 'quantity', japanese_name: '数量', required: true },
  { name: 'unit_price', japanese_name: '単価', required: true },
  { name: 'currency', japanese_name: '通貨', required: false },
  { name: 'notes', japanese_name: '備考', required: false },
  { name: 'order_ref', japanese_name: '注文番号', required: false },
]

/** A customer's export: its own headers, the name in two columns, an internal memo the suggestion takes for notes. */
const MAPPING_VIEW: ImportMapping = {
  header_row: 1,
  headers: ['受注番号', 'E-mail', '姓', '名', '品名', '数量(個)', '単価(税込)', '社内メモ'],
  preview: [
    { row_number: 2, cells: ['A-1', 'tanaka@example.co.jp', '田中', '太郎', 'ノートPC', '2', '89800', '至急'] },
    { row_number: 3, cells: ['A-2', 'suzuki@example.co.jp', '鈴木', '花子', 'モニター', '0', '45000', ''] },
    { row_number: 4, cells: ['A-3', 'sato@example.co.jp', '佐藤', '一郎', 'マウス', '1', '3000', '再送'] },
    { row_number: 5, cells: ['A-4', 'ito@example.co.jp', '伊藤', '次郎', 'USBハブ', '1', '3500', ''] },
  ],
  suggestion: {
    fields: {
      order_ref: { headers: ['受注番号'] },
      customer_email: { headers: ['E-mail'] },
      customer_name: { headers: ['姓'] },
      product_name: { headers: ['品名'] },
      quantity: { headers: ['数量(個)'] },
      unit_price: { headers: ['単価(税込)'] },
      notes: { headers: ['社内メモ'] },
    },
    ignored: [],
  },
  matches: [
    { header: '受注番号', field: 'order_ref', match: 'alias', score: 1 },
    { header: 'E-mail', field: 'customer_email', match: 'alias', score: 1 },
    { header: '姓', field: 'customer_name', match: 'fuzzy', score: 0.6 },
    { header: '名', field: null, match: 'none', score: 0 },
    { header: '品名', field: 'product_name', match: 'alias', score: 1 },
    { header: '数量(個)', field: 'quantity', match: 'fuzzy', score: 0.8 },
    { header: '単価(税込)', field: 'unit_price', match: 'fuzzy', score: 0.8 },
    { header: '社内メモ', field: 'notes', match: 'fuzzy', score: 0.5 },
  ],
  profile: null,
  fields: FIELDS,
}

/** The order service with one job waiting for its mapping; PUT moves it to queued as the real one does. */
function mappingService({ view = MAPPING_VIEW, preview }: { view?: ImportMapping; preview?: MappingPreview } = {}) {
  let current = job()
  return fakeServices({
    [JOB]: () => json(200, current),
    [MAPPING]: () => json(200, view),
    [PREVIEW]: () => json(200, preview),
    [CONFIRM]: (call) => {
      const saved = (call.body as { save_as_profile: string | null }).save_as_profile
      current = job({ status: 'queued', queue_position: 1, profile: saved })
      return json(200, current)
    },
    'GET http://orders.test/api/v1/imports/job-1/errors': () => json(200, { items: [], total: 0, skip: 0, limit: 50 }),
  })
}

function renderJob() {
  return renderRoutes(<Route path="/imports/:id" element={<ImportJobPage />} />, '/imports/job-1')
}

const select = (header: string) => screen.getByLabelText(`Field for column ${header}`)
const mappingRows = () => within(screen.getByTestId('mapping-table')).getAllByRole('row').slice(1)
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)

beforeAll(() => {
  vi.stubEnv('TZ', 'Asia/Tokyo')
})

afterAll(() => {
  vi.unstubAllEnvs()
})

beforeEach(async () => {
  signIn('admin', 'admin')
  await i18n.changeLanguage('en')
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.sessionStorage.clear()
})

describe('mapping step', () => {
  it('shows every column with its samples, how it matched and the suggested field', async () => {
    const services = mappingService()
    renderJob()

    expect(await screen.findByTestId('mapping-step')).toBeInTheDocument()
    expect(within(screen.getByTestId('job-status')).getByText('Needs mapping')).toHaveAttribute('data-status', 'needs_mapping')
    expect(mappingRows().map((row) => cells(row).slice(0, 3))).toEqual([
      ['受注番号', 'A-1A-2A-3', 'Alias'],
      ['E-mail', 'tanaka@example.co.jpsuzuki@example.co.jpsato@example.co.jp', 'Alias'],
      ['姓', '田中鈴木佐藤', 'Similar'],
      ['名', '太郎花子一郎', 'None'],
      ['品名', 'ノートPCモニターマウス', 'Alias'],
      ['数量(個)', '201', 'Similar'],
      ['単価(税込)', '89800450003000', 'Similar'],
      ['社内メモ', '至急再送', 'Similar'],
    ])
    expect(MAPPING_VIEW.headers.map((header) => (select(header) as HTMLSelectElement).value)).toEqual([
      'order_ref', 'customer_email', 'customer_name', '', 'product_name', 'quantity', 'unit_price', 'notes',
    ])
    expect(within(select('名')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Do not import', 'customer_email — required', 'customer_name — required', 'product_name — required',
      'quantity — required', 'unit_price — required', 'currency', 'notes', 'order_ref',
    ])
    // Only currency is filled by no column: it alone offers a fixed value.
    expect(within(screen.getByTestId('mapping-fixed')).getAllByRole('textbox').map((input) => input.getAttribute('name'))).toEqual([
      'fixed-currency',
    ])
    expect(screen.queryByTestId('mapping-missing')).toBeNull()
    expect(screen.queryByTestId('mapping-joins')).toBeNull()
    expect(screen.queryByTestId('errors-table')).toBeNull()
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeInTheDocument()
    expect(services.callsTo('GET http://orders.test/api/v1/imports/job-1/errors')).toHaveLength(0)
  })

  it('says which profile the suggestion comes from, and offers its name to save under', async () => {
    const user = userEvent.setup()
    mappingService({ view: { ...MAPPING_VIEW, profile: 'acme', matches: MAPPING_VIEW.matches.map((m) => ({ ...m, match: 'profile' as const })) } })
    renderJob()

    expect(await screen.findByTestId('mapping-profile')).toHaveTextContent('Suggested by profile acme.')
    expect(screen.getByTestId('match-0')).toHaveTextContent('Profile')
    await user.click(screen.getByLabelText('Save as profile'))
    expect(screen.getByLabelText('Profile name')).toHaveValue('acme')
  })

  it('sends the corrected mapping with joined columns, a fixed value and the profile to save, then follows the queued job', async () => {
    const user = userEvent.setup()
    const services = mappingService()
    renderJob()
    await screen.findByTestId('mapping-step')

    await user.selectOptions(select('名'), 'customer_name')
    await user.selectOptions(select('社内メモ'), '')
    expect(screen.getByTestId('mapping-joins')).toHaveTextContent('姓 + 名 are joined into customer_name.')
    const separator = screen.getByLabelText('Separator for customer_name')
    expect(separator).toHaveValue(' ')
    await user.clear(separator)
    await user.type(separator, '　')
    await user.type(screen.getByLabelText('Fixed value for currency'), ' JPY ')
    expect(within(screen.getByTestId('mapping-fixed')).getAllByRole('textbox').map((input) => input.getAttribute('name'))).toEqual([
      'fixed-currency', 'fixed-notes',
    ])
    await user.click(screen.getByLabelText('Save as profile'))
    expect(screen.getByRole('button', { name: 'Confirm mapping' })).toBeDisabled()
    await user.type(screen.getByLabelText('Profile name'), ' acme ')
    await user.click(screen.getByRole('button', { name: 'Confirm mapping' }))

    expect(await screen.findByText('Mapping confirmed: the job is now Queued.')).toBeInTheDocument()
    expect(services.callsTo(CONFIRM).map((call) => call.body)).toEqual([
      {
        mapping: {
          fields: {
            customer_email: { headers: ['E-mail'] },
            customer_name: { headers: ['姓', '名'], separator: '　' },
            product_name: { headers: ['品名'] },
            quantity: { headers: ['数量(個)'] },
            unit_price: { headers: ['単価(税込)'] },
            currency: { value: 'JPY' },
            order_ref: { headers: ['受注番号'] },
          },
          ignored: ['社内メモ'],
        },
        save_as_profile: 'acme',
      },
    ])
    expect(within(screen.getByTestId('job-status')).getByText('Queued')).toBeInTheDocument()
    expect(screen.getByTestId('job-profile')).toHaveTextContent('acme')
    expect(screen.queryByTestId('mapping-step')).toBeNull()
    expect(screen.getByText('#1 in the queue')).toBeInTheDocument()
  })

  it('previews the first rows as they will be imported, marking the invalid ones and the mapping problems', async () => {
    const user = userEvent.setup()
    const services = mappingService({
      preview: {
        rows: [
          { row_number: 2, values: { customer_email: 'tanaka@example.co.jp', customer_name: '田中', quantity: '2' }, errors: [] },
          {
            row_number: 3,
            values: { customer_email: 'suzuki@example.co.jp', customer_name: '鈴木', quantity: '0' },
            errors: [{ row_number: 3, column: 'quantity', code: 'QUANTITY_BELOW_ONE', message: 'quantity 0 must be at least 1' }],
          },
        ],
        valid_rows: 1,
        invalid_rows: 1,
        problems: ['unit_price is required: map a column to it'],
      },
    })
    renderJob()
    await screen.findByTestId('mapping-step')

    await user.selectOptions(select('単価(税込)'), '')
    expect(screen.getByTestId('mapping-missing')).toHaveTextContent('Required fields without a column or a fixed value: unit_price.')
    await user.click(screen.getByRole('button', { name: 'Preview' }))

    const preview = await screen.findByTestId('mapping-preview')
    expect(services.callsTo(PREVIEW).map((call) => call.body)).toEqual([
      {
        fields: {
          customer_email: { headers: ['E-mail'] },
          customer_name: { headers: ['姓'] },
          product_name: { headers: ['品名'] },
          quantity: { headers: ['数量(個)'] },
          notes: { headers: ['社内メモ'] },
          order_ref: { headers: ['受注番号'] },
        },
        ignored: ['名', '単価(税込)'],
      },
    ])
    expect(within(preview).getByTestId('preview-counts')).toHaveTextContent('Preview: 1 valid rows, 1 invalid rows.')
    expect(within(preview).getByRole('alert')).toHaveTextContent('Problems with this mapping')
    expect(within(preview).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['unit_price is required: map a column to it'])
    const rows = within(within(preview).getByTestId('preview-table')).getAllByRole('row')
    expect(cells(rows[0])).toEqual(['Row', 'customer_email', 'customer_name', 'product_name', 'quantity', 'notes', 'order_ref', 'Errors'])
    expect(rows.slice(1).map(cells)).toEqual([
      ['2', 'tanaka@example.co.jp', '田中', '', '2', '', '', ''],
      ['3', 'suzuki@example.co.jp', '鈴木', '', '0', '', '', 'QUANTITY_BELOW_ONE The quantity must be at least 1. quantity 0 must be at least 1'],
    ])
    expect(rows.slice(1).map((row) => row.getAttribute('data-invalid'))).toEqual(['false', 'true'])

    // A changed mapping makes the preview stale: it goes until asked for again.
    await user.selectOptions(select('単価(税込)'), 'unit_price')
    expect(screen.queryByTestId('mapping-preview')).toBeNull()
    expect(screen.queryByTestId('mapping-missing')).toBeNull()
  })

  it("shows the service's reason when it refuses the mapping, and stays on the step", async () => {
    const user = userEvent.setup()
    fakeServices({
      [JOB]: () => json(200, job()),
      [MAPPING]: () => json(200, MAPPING_VIEW),
      [CONFIRM]: () =>
        json(422, { title: 'Unprocessable', code: 'MAPPING_INVALID', detail: 'The column 姓 is used for two fields: map it to one.' }, 'application/problem+json'),
    })
    renderJob()
    await screen.findByTestId('mapping-step')

    await user.click(screen.getByRole('button', { name: 'Confirm mapping' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('The column 姓 is used for two fields: map it to one.')
    expect(screen.getByTestId('mapping-step')).toBeInTheDocument()
  })

  it('labels the step in Japanese', async () => {
    await i18n.changeLanguage('ja')
    mappingService()
    renderJob()

    expect(await screen.findByRole('heading', { name: '列の対応付け' })).toBeInTheDocument()
    expect(within(screen.getByTestId('job-status')).getByText('列の対応付け待ち')).toBeInTheDocument()
    expect(screen.getByLabelText('列「E-mail」の取り込み先')).toHaveValue('customer_email')
    expect(screen.getByTestId('match-1')).toHaveTextContent('別名')
    expect(screen.getByRole('button', { name: 'プレビュー' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '対応付けを確定' })).toBeInTheDocument()
    expect(screen.getByLabelText('プロファイルとして保存')).not.toBeChecked()
  })
})

describe('upload with a sheet and a profile', () => {
  function uploadService() {
    return fakeServices({
      [JOBS]: () => json(200, { items: [], total: 0, skip: 0, limit: 20 }),
      [PROFILES]: () => json(200, { items: [PROFILE_ACME, PROFILE_KITA] }),
      [QUEUE]: () =>
        json(200, {
          pending: 0, sent_last_minute: 0, failed: 0, oldest_pending_age_seconds: 0, estimated_drain_seconds: 0,
          lanes: [], active_batches: 0, batches: [],
        }),
      [UPLOAD]: () => json(202, job({ status: 'queued', format: 'xlsx', sheet: '3月', profile: 'acme', queue_position: 1 })),
      [JOB]: () => json(200, job({ status: 'queued', format: 'xlsx', sheet: '3月', profile: 'acme', queue_position: 1 })),
    })
  }

  function renderImports() {
    return renderRoutes(
      <>
        <Route path="/imports" element={<ImportsPage />} />
        <Route path="/imports/:id" element={<ImportJobPage />} />
      </>,
      '/imports',
    )
  }

  it('sends the sheet and the chosen profile with the workbook, and shows them on the job', async () => {
    const user = userEvent.setup()
    const services = uploadService()
    renderImports()
    expect(screen.getByLabelText('CSV file')).toHaveAttribute(
      'accept', '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    await screen.findByRole('option', { name: 'kita' })
    expect(within(screen.getByLabelText('Mapping profile')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Recognise from the header', 'acme', 'kita',
    ])

    const file = new File(['PK'], 'march.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    await user.upload(screen.getByLabelText('CSV file'), file)
    await user.type(screen.getByLabelText('Sheet (workbooks only)'), ' 3月 ')
    await user.selectOptions(screen.getByLabelText('Mapping profile'), 'acme')
    await user.click(screen.getByRole('button', { name: 'Upload' }))

    expect(await screen.findByTestId('job-profile')).toHaveTextContent('acme')
    const sent = services.callsTo(UPLOAD).map((call) => Object.fromEntries([...(call.body as FormData).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : (v as File).name])))
    expect(sent).toEqual([
      { file: 'march.xlsx', dry_run: 'false', notify: 'per_order', error_policy: 'import_valid', sheet: '3月', profile: 'acme' },
    ])
    expect(screen.getByTestId('job-format')).toHaveTextContent('Excel (.xlsx)')
    expect(screen.getByTestId('job-sheet')).toHaveTextContent('3月')
  })

  it('sends neither a sheet nor a profile when none is given', async () => {
    const user = userEvent.setup()
    const services = uploadService()
    renderImports()
    await screen.findByRole('option', { name: 'acme' })

    await user.upload(screen.getByLabelText('CSV file'), new File(['a,b\n'], 'plain.csv', { type: 'text/csv' }))
    await user.click(screen.getByRole('button', { name: 'Upload' }))

    await screen.findByTestId('job-profile')
    expect(services.callsTo(UPLOAD).map((call) => [...(call.body as FormData).keys()])).toEqual([
      ['file', 'dry_run', 'notify', 'error_policy'],
    ])
  })

  it('links to the profiles', async () => {
    uploadService()
    renderImports()
    expect(screen.getByRole('link', { name: 'Mapping profiles' })).toHaveAttribute('href', '/imports/profiles')
  })
})

const PROFILE_ACME: ImportProfile = {
  name: 'acme',
  headers: ['E-mail', 'お客様名', '品名', '数量(個)', '単価(税込)', '社内メモ'],
  mapping: {
    fields: {
      customer_email: { headers: ['E-mail'] },
      customer_name: { headers: ['お客様名'] },
      product_name: { headers: ['品名'] },
      quantity: { headers: ['数量(個)'] },
      unit_price: { headers: ['単価(税込)'] },
      currency: { value: 'JPY' },
    },
    ignored: ['社内メモ'],
  },
  updated_by: 'admin',
  updated_at: '2026-03-01T06:30:00Z',
}

const PROFILE_KITA: ImportProfile = {
  name: 'kita',
  headers: ['メール', '姓', '名', '商品', '数', '価格'],
  mapping: {
    fields: {
      customer_email: { headers: ['メール'] },
      customer_name: { headers: ['姓', '名'], separator: '　' },
      product_name: { headers: ['商品'] },
      quantity: { headers: ['数'] },
      unit_price: { headers: ['価格'] },
    },
    ignored: [],
  },
  updated_by: 'tanaka',
  updated_at: '2026-03-02T01:00:00Z',
}

describe('mapping profiles page', () => {
  /** The order service with profiles that DELETE removes, as the real one would. */
  function profilesService() {
    let profiles = [PROFILE_ACME, PROFILE_KITA]
    return fakeServices({
      [PROFILES]: () => json(200, { items: profiles }),
      'DELETE http://orders.test/api/v1/import-profiles/kita': () => {
        profiles = profiles.filter((p) => p.name !== 'kita')
        return new Response(null, { status: 204 })
      },
    })
  }

  const renderProfiles = () => renderRoutes(<Route path="/imports/profiles" element={<ImportProfilesPage />} />, '/imports/profiles')
  const profileRows = async () => within(await screen.findByTestId('profiles-table')).getAllByRole('row').slice(1)

  it('lists each profile with its header set, what it maps and who changed it when', async () => {
    profilesService()
    renderProfiles()

    expect((await profileRows()).map(cells)).toEqual([
      [
        'acme',
        'E-mail, お客様名, 品名, 数量(個), 単価(税込), 社内メモ',
        'customer_email ← E-mailcustomer_name ← お客様名product_name ← 品名quantity ← 数量(個)unit_price ← 単価(税込)currency = JPYignored: 社内メモ',
        'admin',
        'Mar 1, 2026, 3:30 PM',
        'Delete',
      ],
      [
        'kita',
        'メール, 姓, 名, 商品, 数, 価格',
        'customer_email ← メールcustomer_name ← 姓 + 名product_name ← 商品quantity ← 数unit_price ← 価格',
        'tanaka',
        'Mar 2, 2026, 10:00 AM',
        'Delete',
      ],
    ])
  })

  it('deletes a profile only after confirming', async () => {
    const user = userEvent.setup()
    const services = profilesService()
    renderProfiles()
    await profileRows()

    await user.click(screen.getByRole('button', { name: 'Delete profile kita' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    expect(dialog).toHaveTextContent('Delete profile kita? Files with its header set will wait for their mapping again.')
    expect(services.callsTo('DELETE http://orders.test/api/v1/import-profiles/kita')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Delete', hidden: true }))

    expect(await screen.findByText('Profile kita deleted.')).toBeInTheDocument()
    expect(services.callsTo('DELETE http://orders.test/api/v1/import-profiles/kita')).toHaveLength(1)
    await waitFor(async () => expect((await profileRows()).map((row) => cells(row)[0])).toEqual(['acme']))
  })

  it('says when there is none yet', async () => {
    fakeServices({ [PROFILES]: () => json(200, { items: [] }) })
    renderProfiles()
    expect(await screen.findByText("No profiles yet. Save one from an import's mapping step.")).toBeInTheDocument()
  })
})

describe('a workbook job', () => {
  it('offers errors.xlsx next to errors.csv and downloads it with the token', async () => {
    const user = userEvent.setup()
    URL.createObjectURL = vi.fn(() => 'blob:errors')
    URL.revokeObjectURL = vi.fn()
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const services = fakeServices({
      [JOB]: () =>
        json(200, job({ filename: 'march.xlsx', format: 'xlsx', sheet: '3月', status: 'completed_with_errors', progress: 1, total_rows: 3,
          success_rows: 2, failed_rows: 1, order_count: 3, finished_at: '2026-03-01T00:00:05Z' })),
      'GET http://orders.test/api/v1/imports/job-1/errors': () => json(200, { items: [], total: 1, skip: 0, limit: 50 }),
      'GET http://orders.test/api/v1/imports/job-1/errors.xlsx': () =>
        new Response(new Blob(['PK']), { status: 200, headers: { 'Content-Disposition': 'attachment; filename="march-errors.xlsx"' } }),
    })
    renderJob()

    await user.click(await screen.findByRole('button', { name: 'Download errors.xlsx (the failed rows, ready to fix)' }))

    expect(await screen.findByText('Downloaded march-errors.xlsx.')).toBeInTheDocument()
    expect(saved).toHaveBeenCalledTimes(1)
    saved.mockRestore()
    expect(services.callsTo('GET http://orders.test/api/v1/imports/job-1/errors.xlsx').map((call) => call.headers.Authorization)).toEqual([
      'Bearer test-token',
    ])
    expect(screen.getByRole('button', { name: 'Download errors.csv' })).toBeInTheDocument()
    expect(screen.getByTestId('job-format')).toHaveTextContent('Excel (.xlsx)')
    expect(screen.getByTestId('job-sheet')).toHaveTextContent('3月')
  })

  it('offers no errors.xlsx for a CSV job', async () => {
    fakeServices({
      [JOB]: () => json(200, job({ status: 'completed_with_errors', progress: 1, total_rows: 3, success_rows: 2, failed_rows: 1, order_count: 3 })),
      'GET http://orders.test/api/v1/imports/job-1/errors': () => json(200, { items: [], total: 1, skip: 0, limit: 50 }),
    })
    renderJob()

    expect(await screen.findByRole('button', { name: 'Download errors.csv' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /errors\.xlsx/ })).toBeNull()
    expect(screen.getByTestId('job-format')).toHaveTextContent('CSV')
  })
})
