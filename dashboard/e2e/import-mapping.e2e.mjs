// The import's column-mapping step (issue #18) in a real headless Chromium, against running
// services. Run by e2e-tests' ImportMappingBrowserIntegrationTests (which starts the services,
// serves the built app and makes sure no profile "acme" exists), or by hand against `./oms run`:
//   DASHBOARD_URL=http://localhost:5173 ADMIN_PASSWORD=$(cat ../data/initial-admin-password) node e2e/import-mapping.e2e.mjs
// It uploads a customer's CSV with its own headers, corrects the suggested mapping, previews it,
// saves it as profile "acme" and confirms; then uploads a second file with the same header set,
// which the service recognises by that profile without asking for a mapping; then deletes the
// profile. Each job's id is printed as "JOB <which> <id>" for the test to check through the API.
// Every wait is on a condition in the page; a step that does not happen fails with its name.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback
  if (value === undefined) throw new Error(`environment variable ${name} is required`)
  return value
}
const DASHBOARD_URL = env('DASHBOARD_URL').replace(/\/$/, '')
const ADMIN_USERNAME = env('ADMIN_USERNAME', 'admin')
const ADMIN_PASSWORD = env('ADMIN_PASSWORD')
const SCREENSHOTS = env('SCREENSHOT_DIR', 'target/screenshots')
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium')
const RUN = env('RUN_ID', String(Date.now()))
const PROFILE = 'acme'
const TIMEOUT = 30_000

mkdirSync(SCREENSHOTS, { recursive: true })

let currentStep = 'start'
function step(name) {
  currentStep = name
  console.log(`STEP ${name}`)
}
function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`)
}
function equal(actual, expected, what) {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`${what}: expected ${e} but was ${a}`)
}
/** Waits until the locator's text is exactly `text` (trimmed), then answers it. */
async function waitText(locator, text, timeout = TIMEOUT) {
  const pattern = text instanceof RegExp ? text : new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout })
  return (await locator.first().textContent()).trim()
}
const texts = async (locator) => (await locator.allTextContents()).map((s) => s.trim())

// The customer's file: its own headers (none of ours), and an internal memo column.
const HEADER = 'E-mail,お客様名,品名,数量(個),単価(税込),社内メモ'
const FIRST_ROWS = [
  [`mapping-a-${RUN}@example.co.jp`, '田中太郎', 'ノートPC', '2', '89800', `至急 ${RUN}`],
  [`mapping-b-${RUN}@example.co.jp`, '鈴木花子', 'モニター27インチ', '1', '45000', `定期 ${RUN}`],
  [`mapping-c-${RUN}@example.co.jp`, '佐藤一郎', 'マウス', '3', '3000', `再送 ${RUN}`],
]
const SECOND_ROWS = [
  [`mapping-d-${RUN}@example.co.jp`, '伊藤次郎', 'USBハブ', '1', '3500', `二回目 ${RUN}`],
  [`mapping-e-${RUN}@example.co.jp`, '加藤三郎', 'キーボード', '2', '12500', `二回目 ${RUN}`],
]
const csv = (rows) => [HEADER, ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n'
const SUGGESTED = {
  'E-mail': 'customer_email',
  'お客様名': 'customer_name',
  '品名': 'product_name',
  '数量(個)': 'quantity',
  '単価(税込)': 'unit_price',
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
})
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
context.setDefaultTimeout(TIMEOUT)
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`securitypolicyviolation ${event.effectiveDirective} ${event.blockedURI}`)
  })
})
const page = await context.newPage()
const consoleErrors = []
const cspViolations = []
page.on('pageerror', (error) => consoleErrors.push(String(error)))
page.on('console', (message) => {
  const text = message.text()
  if (!/Content Security Policy|securitypolicyviolation/.test(text)) return
  cspViolations.push(text)
  console.log(`CSP-VIOLATION ${text}`)
})

async function shot(name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** Uploads a file from the imports page and answers the service's answer to the upload (the job). */
async function upload(name, content) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'インポート' }).click()
  await page.getByRole('heading', { level: 1, name: 'インポート' }).waitFor()
  await page.getByLabel('CSVファイル', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') })
  await waitText(page.getByTestId('selected-file'), new RegExp(name.replace(/\./g, '\\.')))
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/imports'),
    page.getByRole('button', { name: 'アップロード' }).click(),
  ])
  equal(response.status(), 202, `status of the upload of ${name}`)
  const job = await response.json()
  await page.getByRole('heading', { level: 1, name: `インポート ${name}` }).waitFor()
  return job
}

/** The preview table's rows as {field: value}, columns named by the field in brackets ("メールアドレス (customer_email)"). */
async function previewRows() {
  const table = page.getByTestId('preview-table')
  const headers = await texts(table.locator('thead th'))
  const fields = headers.map((header) => /\((\w+)\)$/.exec(header)?.[1] ?? header)
  const rows = []
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await texts(row.locator('td'))
    rows.push(Object.fromEntries(fields.map((field, index) => [field, cells[index]])))
  }
  return rows
}

try {
  step('login as admin')
  await page.goto(`${DASHBOARD_URL}/`)
  await page.getByRole('heading', { name: /ログイン|Log in/ }).waitFor()
  await page.getByLabel(/ユーザー名|User name/).fill(ADMIN_USERNAME)
  await page.getByLabel(/パスワード|Password/).fill(ADMIN_PASSWORD)
  await page.getByRole('button', { name: /^(ログイン|Log in)$/ }).click()
  await page.getByTestId('signed-in').waitFor()
  equal(await page.locator('html').getAttribute('lang'), 'ja', 'document language')

  step('upload a CSV with foreign headers and see the mapping step')
  const firstName = `mapping-${RUN}.csv`
  const first = await upload(firstName, csv(FIRST_ROWS))
  console.log(`JOB first ${first.id}`)
  equal(first.status, 'needs_mapping', 'status of the first upload')
  await waitText(page.getByTestId('job-status'), '列の対応付け待ち')
  await page.getByTestId('mapping-step').waitFor()
  equal(await texts(page.getByTestId('mapping-table').locator('tbody th')), HEADER.split(','), 'the columns of the file')

  step('see the suggestion')
  for (const [header, field] of Object.entries(SUGGESTED)) {
    equal(await page.getByLabel(`列「${header}」の取り込み先`, { exact: true }).inputValue(), field, `suggested field of ${header}`)
  }
  const matches = await texts(page.locator('[data-testid^="match-"]'))
  console.log(`SUGGESTION ${HEADER.split(',').map((h, i) => `${h}=${matches[i]}`).join(' ')}`)
  const memoSuggestion = await page.getByLabel('列「社内メモ」の取り込み先', { exact: true }).inputValue()
  console.log(`SUGGESTION 社内メモ -> ${memoSuggestion || '(not imported)'}`)
  await shot('mapping-step')

  step('correct a column, give the currency a fixed value and preview')
  await page.getByLabel('列「社内メモ」の取り込み先', { exact: true }).selectOption('notes')
  equal(await page.getByLabel('列「社内メモ」の取り込み先', { exact: true }).inputValue(), 'notes', 'corrected field of 社内メモ')
  await page.getByLabel('currency の固定値', { exact: true }).fill('JPY')
  await page.getByRole('button', { name: 'プレビュー', exact: true }).click()
  await waitText(page.getByTestId('preview-counts'), 'プレビュー: 有効 3 行、エラー 0 行')
  equal(await page.getByTestId('preview-problems').count(), 0, 'whole-mapping problems')
  equal(await page.locator('[data-testid="preview-table"] tbody tr[data-invalid="true"]').count(), 0, 'invalid preview rows')
  const preview = await previewRows()
  equal(
    preview.map((row) => [row['行'], row.customer_email, row.customer_name, row.product_name, row.currency, row.notes]),
    FIRST_ROWS.map((row, index) => [String(index + 2), row[0], row[1], row[2], 'JPY', row[5]]),
    'preview rows',
  )
  await shot('mapping-preview')

  step('save the mapping as profile acme and confirm it')
  await page.getByLabel('プロファイルとして保存', { exact: true }).check()
  await page.getByLabel('プロファイル名', { exact: true }).fill(PROFILE)
  await page.getByRole('button', { name: '対応付けを確定', exact: true }).click()
  await page.getByText(/^対応付けを確定しました。/).waitFor()
  equal(await page.getByTestId('mapping-step').count(), 0, 'mapping step after confirming')

  step('see the job complete with every row imported')
  await waitText(page.getByTestId('job-status'), '完了', 60_000)
  equal(await waitText(page.getByTestId('count-total'), '3'), '3', 'rows in file')
  equal(await waitText(page.getByTestId('count-success'), '3'), '3', 'valid rows')
  equal(await waitText(page.getByTestId('count-failed'), '0'), '0', 'failed rows')
  equal(await waitText(page.getByTestId('job-profile'), PROFILE), PROFILE, 'profile of the first job')
  await shot('mapping-job')

  step('see profile acme in the profile list')
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'インポート' }).click()
  await page.getByRole('link', { name: 'マッピングプロファイル', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'マッピングプロファイル' }).waitFor()
  const acme = page.locator(`[data-testid="profiles-table"] tr[data-profile="${PROFILE}"]`)
  await acme.waitFor()
  const acmeCells = await texts(acme.locator('td'))
  equal(acmeCells[0], PROFILE, 'profile name')
  for (const header of HEADER.split(',')) check(acmeCells[1].toLowerCase().includes(header.toLowerCase()), `header set names ${header}: ${acmeCells[1]}`)
  const lines = await texts(acme.locator('td').nth(2).locator('li'))
  for (const line of [
    'customer_email ← E-mail',
    'customer_name ← お客様名',
    'product_name ← 品名',
    'quantity ← 数量(個)',
    'unit_price ← 単価(税込)',
    'currency = JPY',
    'notes ← 社内メモ',
  ]) {
    check(lines.includes(line), `the mapping shows "${line}": ${JSON.stringify(lines)}`)
  }
  equal(acmeCells[3], ADMIN_USERNAME, 'profile updated by')
  await shot('mapping-profiles')

  step('upload a second file with the same header set: recognised by profile acme, no mapping step')
  const secondName = `mapping-${RUN}-2.csv`
  const second = await upload(secondName, csv(SECOND_ROWS))
  console.log(`JOB second ${second.id}`)
  check(second.status !== 'needs_mapping', `the second upload needs no mapping (status ${second.status})`)
  equal(second.profile, PROFILE, 'profile of the second upload')
  await waitText(page.getByTestId('job-status'), '完了', 60_000)
  equal(await page.getByTestId('mapping-step').count(), 0, 'mapping step of the second job')
  equal(await waitText(page.getByTestId('count-total'), '2'), '2', 'rows in the second file')
  equal(await waitText(page.getByTestId('count-success'), '2'), '2', 'valid rows of the second file')
  equal(await waitText(page.getByTestId('count-failed'), '0'), '0', 'failed rows of the second file')
  equal(await waitText(page.getByTestId('job-profile'), PROFILE), PROFILE, 'profile of the second job')
  await shot('mapping-recognised')

  step('delete profile acme')
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'インポート' }).click()
  await page.getByRole('link', { name: 'マッピングプロファイル', exact: true }).click()
  await page.getByRole('button', { name: `プロファイル「${PROFILE}」を削除`, exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  await dialog.getByRole('button', { name: '削除', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
  await page.getByText(`プロファイル「${PROFILE}」を削除しました。`).waitFor()
  await page.locator(`[data-testid="profiles-table"] tr[data-profile="${PROFILE}"]`).waitFor({ state: 'detached' })

  check(cspViolations.length === 0, `no Content-Security-Policy violation: ${cspViolations.join('; ')}`)
  check(consoleErrors.length === 0, `no uncaught errors in the page: ${consoleErrors.join('; ')}`)
  console.log('IMPORT MAPPING E2E PASSED')
} catch (error) {
  console.error(`FAILED at step "${currentStep}": ${error?.stack ?? error}`)
  await shot('mapping-failure').catch(() => {})
  process.exitCode = 1
} finally {
  await browser.close()
}
