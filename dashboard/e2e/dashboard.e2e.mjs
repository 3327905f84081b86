// End-to-end walk through the dashboard in a real headless Chromium, against running services.
// Run by e2e-tests' DashboardBrowserIntegrationTests (which starts the services and serves the
// built app), or by hand against `./oms run`:
//   DASHBOARD_URL=http://localhost:5173 ADMIN_PASSWORD=$(cat ../data/initial-admin-password) node e2e/dashboard.e2e.mjs
// Every wait is on a condition in the page; a step that does not happen fails with its name.
import { chromium } from 'playwright-core'
import { mkdirSync, readFileSync } from 'node:fs'
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
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)} but was ${JSON.stringify(actual)}`)
}
/** Waits until the locator's text is exactly `text` (trimmed), then answers it. */
async function waitText(locator, text, timeout = TIMEOUT) {
  const pattern = text instanceof RegExp ? text : new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout })
  return (await locator.first().textContent()).trim()
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
const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } })
context.setDefaultTimeout(TIMEOUT)
// Every Content-Security-Policy violation is reported to the console, by Chromium itself and
// by the page's securitypolicyviolation events; each one found fails the walk-through.
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`securitypolicyviolation ${event.effectiveDirective} ${event.blockedURI}`)
  })
})
const page = await context.newPage()
const consoleErrors = []
const cspViolations = []
let expectViolation = false
page.on('pageerror', (error) => consoleErrors.push(String(error)))
page.on('console', (message) => {
  const text = message.text()
  if (!/Content Security Policy|securitypolicyviolation/.test(text)) return
  cspViolations.push(text)
  if (!expectViolation) console.log(`CSP-VIOLATION ${text}`)
})

async function shot(name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

async function login(username, password) {
  await page.goto(`${DASHBOARD_URL}/`)
  await page.getByRole('heading', { name: /ログイン|Log in/ }).waitFor()
  await page.getByLabel(/ユーザー名|User name/).fill(username)
  await page.getByLabel(/パスワード|Password/).fill(password)
  await page.getByRole('button', { name: /^(ログイン|Log in)$/ }).click()
  await page.getByTestId('signed-in').waitFor()
}

async function logout() {
  await page.getByRole('button', { name: /ログアウト|Log out/ }).click()
  await page.getByRole('heading', { name: /ログイン|Log in/ }).waitFor()
}

async function confirmDialog(buttonName) {
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  await dialog.getByRole('button', { name: buttonName }).click()
  await dialog.waitFor({ state: 'hidden' })
}

try {
  step('login as admin, in Japanese by default')
  await login(ADMIN_USERNAME, ADMIN_PASSWORD)
  equal(await page.locator('html').getAttribute('lang'), 'ja', 'document language')
  await page.getByRole('heading', { level: 1, name: '概要' }).waitFor()
  await page.getByTestId('kpi-week').filter({ hasText: /^\d[\d,]*$/ }).waitFor()
  await page.getByTestId('kpi-queue').filter({ hasText: /^\d[\d,]*$/ }).waitFor()
  await shot('overview')

  step('upload a CSV with some bad rows')
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'インポート' }).click()
  await page.getByRole('heading', { level: 1, name: 'インポート' }).waitFor()
  const csv =
    'customer_email,customer_name,product_name,quantity,unit_price,currency,notes\r\n' +
    `tanaka-${RUN}@example.co.jp,田中太郎,ノートPC,2,89800,JPY,run ${RUN}\r\n` +
    `not-an-email,鈴木花子,モニター27インチ,3,45000,JPY,run ${RUN}\r\n` +
    `sato-${RUN}@example.co.jp,㈱佐藤商事,キーボード,10,12500,JPY,run ${RUN}\r\n` +
    `ito-${RUN}@example.co.jp,伊藤次郎,マウス,0,3000,JPY,run ${RUN}\r\n` +
    `kato-${RUN}@example.co.jp,加藤三郎,USBハブ,1,3500,JPY,run ${RUN}\r\n`
  await page.getByLabel('CSVファイル', { exact: true }).setInputFiles({ name: `orders-${RUN}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  await waitText(page.getByTestId('selected-file'), new RegExp(`orders-${RUN}\\.csv`))
  await page.getByRole('button', { name: 'アップロード' }).click()

  step('watch the progress reach the end')
  await page.getByRole('heading', { level: 1, name: `インポート orders-${RUN}.csv` }).waitFor()
  await page.getByRole('progressbar').first().waitFor()
  await page.locator('[role=progressbar][aria-valuenow="100"]').first().waitFor({ timeout: 60_000 })
  await waitText(page.getByTestId('job-status'), 'エラーありで完了', 60_000)

  step('see the right counts and the errors table')
  equal(await waitText(page.getByTestId('count-total'), '5'), '5', 'rows in file')
  equal(await waitText(page.getByTestId('count-success'), '3'), '3', 'valid rows')
  equal(await waitText(page.getByTestId('count-failed'), '2'), '2', 'failed rows')
  equal(await waitText(page.getByTestId('count-orders'), '5'), '5', 'orders in the file')
  equal(await waitText(page.getByTestId('count-valid-orders'), '3'), '3', 'valid orders')
  equal(await waitText(page.getByTestId('encoding'), /UTF-8/), 'UTF-8', 'detected encoding')
  const errorRows = page.getByTestId('errors-table').locator('tbody tr')
  await errorRows.nth(1).waitFor()
  equal(await errorRows.count(), 2, 'error rows')
  const firstError = (await errorRows.nth(0).locator('td').allTextContents()).map((s) => s.trim())
  const secondError = (await errorRows.nth(1).locator('td').allTextContents()).map((s) => s.trim())
  equal(firstError.slice(0, 3).join('|'), '3|customer_email|CUSTOMER_EMAIL_INVALID', 'first error row')
  equal(secondError.slice(0, 3).join('|'), '5|quantity|QUANTITY_BELOW_ONE', 'second error row')
  await shot('import-job')

  step('download errors.csv and check its content')
  const [errorsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'errors.csv をダウンロード' }).click(),
  ])
  equal(errorsDownload.suggestedFilename(), `orders-${RUN}-errors.csv`, 'errors.csv file name')
  const errorsCsv = readFileSync(await errorsDownload.path(), 'utf8').replace(/^\uFEFF/, '')
  const lines = errorsCsv.split(/\r\n/).filter((line) => line !== '')
  equal(lines.length, 3, `errors.csv line count (${JSON.stringify(errorsCsv)})`)
  check(lines[0].startsWith('row_number,error_code,error_message,customer_email,customer_name'), `errors.csv header: ${lines[0]}`)
  check(lines[1].startsWith('3,CUSTOMER_EMAIL_INVALID,'), `errors.csv first row: ${lines[1]}`)
  check(lines[1].endsWith(`not-an-email,鈴木花子,モニター27インチ,3,45000,JPY,run ${RUN}`), `errors.csv first row cells: ${lines[1]}`)
  check(lines[2].startsWith('5,QUANTITY_BELOW_ONE,'), `errors.csv second row: ${lines[2]}`)
  check(lines[2].endsWith(`ito-${RUN}@example.co.jp,伊藤次郎,マウス,0,3000,JPY,run ${RUN}`), `errors.csv second row cells: ${lines[2]}`)

  step("open the import's orders")
  await page.getByRole('link', { name: 'このインポートの注文を見る' }).click()
  await page.getByRole('heading', { level: 1, name: '注文' }).waitFor()
  const orderRows = page.getByTestId('orders-table').locator('tbody tr')
  await orderRows.nth(2).waitFor()
  equal(await orderRows.count(), 3, 'orders of the import')
  check(new URL(page.url()).searchParams.get('batch') !== null, 'the batch filter is in the URL')
  const batchUrl = page.url()
  await page.getByRole('button', { name: '合計で並べ替え' }).click()
  await orderRows.first().filter({ hasText: `kato-${RUN}@example.co.jp` }).waitFor()
  equal(new URL(page.url()).searchParams.get('sort'), 'total', 'sort in the URL')
  equal((await orderRows.allTextContents()).map((row) => /(kato|sato|tanaka)-/.exec(row)?.[1]).join(','), 'kato,sato,tanaka', 'orders by total, ascending')
  await page.getByRole('button', { name: '合計で並べ替え' }).click()
  await orderRows.first().filter({ hasText: `tanaka-${RUN}@example.co.jp` }).waitFor()
  equal((await orderRows.allTextContents()).map((row) => /(kato|sato|tanaka)-/.exec(row)?.[1]).join(','), 'tanaka,sato,kato', 'orders by total, descending')
  await shot('orders')

  step('open an imported order and ship it')
  const shipRow = orderRows.filter({ hasText: `tanaka-${RUN}@example.co.jp` })
  const shipId = (await shipRow.getAttribute('data-order-id'))
  await shipRow.getByRole('link').click()
  await page.getByRole('heading', { level: 1, name: `注文 #${shipId}` }).waitFor()
  await waitText(page.getByTestId('order-total'), '￥179,600')
  await page.getByTestId('payment-panel').getByText('完了').waitFor()
  await page.getByRole('button', { name: '発送する' }).click()
  await confirmDialog('確定')
  await page.getByText(`注文 #${shipId} は「発送済」になりました。`).waitFor()
  await page.getByTestId('status-history').getByText('発送済').waitFor()
  await page.getByRole('button', { name: '配達済にする' }).waitFor()
  await shot('order-detail')

  step('cancel another with a reason')
  await page.goto(batchUrl)
  const cancelRow = page.getByTestId('orders-table').locator('tbody tr').filter({ hasText: `sato-${RUN}@example.co.jp` })
  const cancelId = await cancelRow.getAttribute('data-order-id')
  await cancelRow.getByRole('link').click()
  await page.getByRole('heading', { level: 1, name: `注文 #${cancelId}` }).waitFor()
  await page.getByRole('button', { name: '注文をキャンセル' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '注文をキャンセル' }).click()
  await dialog.getByText('理由を入力してください。').waitFor()
  await dialog.getByLabel('キャンセル理由').fill(`顧客都合 ${RUN}`)
  await dialog.getByRole('button', { name: '注文をキャンセル' }).click()
  await dialog.waitFor({ state: 'hidden' })
  await page.getByText(`注文 #${cancelId} は「キャンセル済」になりました。`).waitFor()
  await page.getByTestId('status-history').getByText(`顧客都合 ${RUN}`).waitFor()
  await page.getByTestId('payment-panel').getByText('返金済').waitFor()

  step('switch to English and see the labels and number formats change')
  const jaTotal = (await page.getByTestId('order-total').textContent()).trim()
  equal(jaTotal, '￥125,000', 'total in Japanese')
  const jaCreated = (await page.getByTestId('order-created').textContent()).trim()
  check(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/.test(jaCreated), `date in Japanese: ${jaCreated}`)
  await page.getByTestId('language').selectOption('en')
  await page.getByRole('heading', { level: 1, name: `Order #${cancelId}` }).waitFor()
  equal(await waitText(page.getByTestId('order-total'), '¥125,000'), '¥125,000', 'total in English')
  const enCreated = (await page.getByTestId('order-created').textContent()).trim()
  check(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/.test(enCreated), `date in English: ${enCreated}`)
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Orders' }).waitFor()
  await page.getByTestId('payment-panel').getByText('Refunded').waitFor()
  equal(await page.locator('html').getAttribute('lang'), 'en', 'document language')
  await page.reload()
  await page.getByRole('heading', { level: 1, name: `Order #${cancelId}` }).waitFor()
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview' }).click()
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
  await page.getByText('Orders, last 7 days').waitFor()
  await shot('overview-en')

  step('see the notification queue by lane with real numbers')
  // Self-contained: 300 messages of one batch queued straight through the notification API (an
  // admin may), as an import queues its confirmations. They drain at 10/s, so for about 30 s the
  // overview's queue panel shows the batch waiting in the bulk lane, then sees it go.
  const queueBatch = `e2e-queue-${RUN}`
  const services = await (await fetch(`${DASHBOARD_URL}/config.json`)).json()
  const adminToken = await page.evaluate(() => JSON.parse(window.sessionStorage.getItem('oms.session')).token)
  const asAdmin = { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' }
  const queueState = async () =>
    (await fetch(`${services.notification_url}/api/v1/notifications/queue`, { headers: asAdmin })).json()
  const queueItems = Array.from({ length: 300 }, (_, i) => ({
    order_id: i + 1,
    channel: 'email',
    recipient: `queue-${RUN}-${i + 1}@example.jp`,
    template_name: 'ORDER_SHIPPED',
    template_data: { customer_name: 'E2E' },
    language: 'en',
    idempotency_key: `${queueBatch}-${i + 1}`,
    batch_id: queueBatch,
  }))
  const queued = await fetch(`${services.notification_url}/api/v1/notifications/bulk`, {
    method: 'POST',
    headers: asAdmin,
    body: JSON.stringify({ items: queueItems }),
  })
  equal(queued.status, 202, 'bulk request status')
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview' }).click()
  const queuePanel = page.getByTestId('queue-panel')
  await page.getByRole('heading', { level: 2, name: 'Notification queue by lane' }).waitFor()
  const batchRow = queuePanel.locator(`[data-testid=queue-batch][data-batch-id="${queueBatch}"]`)
  await batchRow.waitFor()
  const shownNumber = async (locator) => Number((await locator.textContent()).trim().replace(/,/g, ''))
  const shownPending = await shownNumber(batchRow.getByTestId('queue-batch-pending'))
  const shownBulk = await shownNumber(queuePanel.getByTestId('queue-depth-bulk'))
  const apiAfter = (await queueState()).batches.find((batch) => batch.batch_id === queueBatch)?.pending ?? 0
  check(shownPending >= apiAfter && shownPending <= 300, `the batch's waiting messages: shown ${shownPending}, the service now ${apiAfter}`)
  check(shownBulk >= shownPending, `bulk lane depth ${shownBulk} ≥ the batch's ${shownPending}`)
  const shownEta = (await batchRow.getByTestId('queue-batch-eta').textContent()).trim()
  check(/^(\d+ min )?\d+ sec$/.test(shownEta), `the batch's estimate: ${shownEta}`)
  check(/^\d[\d,]*$/.test((await queuePanel.getByTestId('queue-depth-transactional').textContent()).trim()), 'transactional lane depth')
  await waitText(queuePanel.getByTestId('queue-lane-transactional').getByRole('rowheader'), 'Single orders (sent first)')
  await shot('queue-panel')
  await batchRow.waitFor({ state: 'detached', timeout: 90_000 })
  await waitText(queuePanel.getByTestId('queue-depth-bulk'), '0', 30_000)
  equal((await queueState()).lanes.find((lane) => lane.lane === 'bulk').depth, 0, 'bulk lane depth at the service')

  step('create a viewer')
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click()
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
  const viewer = `viewer-${RUN}`
  const viewerPassword = `viewer-password-${RUN}`
  await page.getByLabel('User name', { exact: true }).fill(viewer)
  await page.getByLabel('Password (12 to 72 characters)').fill(viewerPassword)
  await page.getByLabel('Email', { exact: true }).fill(`${viewer}@example.jp`)
  await page.getByRole('combobox', { name: /^Role/ }).selectOption('viewer')
  await page.getByRole('button', { name: 'Create user' }).click()
  await page.getByText(`User ${viewer} created.`).waitFor()
  await page.getByTestId('users-table').locator('tr', { hasText: viewer }).getByRole('cell', { name: 'Viewer', exact: true }).waitFor()
  await page.getByTestId('users-table').locator('tr', { hasText: viewer }).getByRole('cell', { name: `${viewer}@example.jp`, exact: true }).waitFor()

  step('a viewer does not see the import page')
  await logout()
  await login(viewer, viewerPassword)
  const nav = page.getByRole('navigation', { name: 'Main menu' })
  await nav.getByRole('link', { name: 'Orders' }).waitFor()
  equal(await nav.getByRole('link').allTextContents().then((links) => links.join('|')), 'Overview|Orders', 'viewer menu')
  await page.goto(`${DASHBOARD_URL}/imports`)
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
  equal(new URL(page.url()).pathname, '/', 'viewer sent away from /imports')
  await page.goto(`${DASHBOARD_URL}/orders/${shipId}`)
  await page.getByText('Your role can only read orders.').waitFor()
  equal(await page.getByRole('button', { name: 'Cancel order' }).count(), 0, 'viewer cancel buttons')
  await shot('viewer-order')

  step('the viewer changes their own password and keeps working')
  const newViewerPassword = `viewer-new-password-${RUN}`
  await page.getByRole('link', { name: 'Change password' }).click()
  await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor()
  await page.getByLabel('Current password').fill(viewerPassword)
  await page.getByLabel('New password', { exact: true }).fill(newViewerPassword)
  await page.getByLabel('New password again').fill(newViewerPassword)
  await page.getByRole('button', { name: 'Change password' }).click()
  await page.getByText('Your password was changed. You stay logged in here; your other sessions were logged out.').waitFor()
  await nav.getByRole('link', { name: 'Orders' }).click()
  await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor()
  // The list loads with the fresh token: the old one is revoked on every service.
  await page.getByTestId('orders-table').locator('tbody tr').first().waitFor()
  await logout()
  await login(viewer, newViewerPassword)

  // Operations data (issue #17): server figures, the export, an order placed by hand.
  step("the overview shows the order service's figures")
  await logout()
  await login(ADMIN_USERNAME, ADMIN_PASSWORD)
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
  const kpiWeek = page.getByTestId('kpi-week')
  await kpiWeek.filter({ hasText: /^\d[\d,]*$/ }).waitFor()
  const serverWeek = await page.evaluate(async () => {
    const config = await (await fetch('/config.json')).json()
    const token = JSON.parse(sessionStorage.getItem('oms.session')).token
    const pad = (n) => String(n).padStart(2, '0')
    const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
    const now = new Date()
    const from = day(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 6))
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone
    const url = `${config.order_url}/api/v1/orders/stats?from=${from}&to=${day(now)}&tz=${encodeURIComponent(tz)}`
    return (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json()
  })
  check(serverWeek.orders >= 3, `the week's orders counted by the service: ${JSON.stringify(serverWeek)}`)
  equal(await waitText(kpiWeek, serverWeek.orders.toLocaleString('en-US')), serverWeek.orders.toLocaleString('en-US'), 'orders, last 7 days')
  equal(
    await waitText(page.getByTestId('kpi-today'), serverWeek.days[6].orders.toLocaleString('en-US')),
    serverWeek.days[6].orders.toLocaleString('en-US'),
    'orders today',
  )
  await waitText(page.getByTestId('kpi-revenue'), `¥${Number(serverWeek.revenue).toLocaleString('en-US')}`)
  await page.getByTestId('figures-note').waitFor()
  await page.getByTestId('overview-period').selectOption('30')
  await page.getByText('Orders, last 30 days').waitFor()
  await shot('overview-figures')

  step("export the import's orders as CSV")
  await page.goto(batchUrl)
  await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor()
  await page.getByText('Matching orders: 3 (one row per item)').waitFor()
  const [utf8Export] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  check(/^orders-\d{8}-\d{6}\.csv$/.test(utf8Export.suggestedFilename()), `export file name: ${utf8Export.suggestedFilename()}`)
  const utf8Bytes = readFileSync(await utf8Export.path())
  equal([...utf8Bytes.subarray(0, 3)].join(','), '239,187,191', 'UTF-8 byte order mark')
  const exported = utf8Bytes.subarray(3).toString('utf8')
  check(exported.endsWith('\r\n') && !/[^\r]\n/.test(exported), 'CRLF line endings')
  const exportLines = exported.split('\r\n').filter((line) => line !== '')
  equal(exportLines[0], 'order_id,created_at,status,status_reason,customer_email,customer_name,total_amount,currency,batch_id,product_name,quantity,unit_price,subtotal,notes', 'export header')
  equal(exportLines.length, 4, `export rows (${JSON.stringify(exported)})`)
  equal(exportLines.slice(1).map((line) => /(kato|sato|tanaka)-/.exec(line)?.[1]).sort().join(','), 'kato,sato,tanaka', 'exported customers')
  check(exportLines.slice(1).every((line) => line.endsWith(`,run ${RUN}`)), 'every row carries its item notes')
  check(exportLines.some((line) => line.includes(`sato-${RUN}@example.co.jp`) && line.includes(',cancelled,')), 'the cancelled order is exported as cancelled')
  await page.getByLabel('Encoding').selectOption('windows-31j')
  const [sjisExport] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  const sjisBytes = readFileSync(await sjisExport.path())
  check(sjisBytes[0] !== 0xef, 'no byte order mark in Windows-31J')
  const sjis = new TextDecoder('shift_jis').decode(sjisBytes)
  check(sjis.includes(',㈱佐藤商事,'), `Windows-31J export decodes ㈱佐藤商事: ${sjis.slice(0, 400)}`)

  step('an operator places a two-item order through the form and sees it paid')
  const operator = `operator-${RUN}`
  const operatorPassword = `operator-password-${RUN}`
  const created = await page.evaluate(async ({ username, password }) => {
    const config = await (await fetch('/config.json')).json()
    const token = JSON.parse(sessionStorage.getItem('oms.session')).token
    const response = await fetch(`${config.order_url}/api/v1/users`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password, role: 'operator' }),
    })
    return response.status
  }, { username: operator, password: operatorPassword })
  equal(created, 201, 'operator created')
  await logout()
  await login(operator, operatorPassword)
  await nav.getByRole('link', { name: 'New order' }).click()
  await page.getByRole('heading', { level: 1, name: 'New order' }).waitFor()
  await page.getByLabel('Email', { exact: true }).fill(`form-${RUN}`)
  await page.getByLabel('Customer name').fill('山本一郎')
  await page.getByLabel('Product (item 1)').fill('ノートPC')
  await page.getByLabel('Quantity (item 1)').fill('2')
  await page.getByLabel('Unit price (item 1)').fill('89800')
  await page.getByLabel('Notes (item 1)').fill(`法人割引適用 ${RUN}`)
  await page.getByRole('button', { name: 'Add an item' }).click()
  await page.getByLabel('Product (item 2)').fill('USBハブ')
  await page.getByLabel('Unit price (item 2)').fill('3500')
  await waitText(page.getByTestId('new-order-total'), 'Total: ¥183,100')
  await page.getByRole('button', { name: 'Place and charge the order' }).click()
  await waitText(page.getByTestId('field-error-customer_email'), 'must be a valid email address')
  await page.getByLabel('Email', { exact: true }).fill(`form-${RUN}@example.co.jp`)
  await page.getByRole('button', { name: 'Place and charge the order' }).click()
  await page.getByTestId('placed-order').waitFor()
  equal(await page.getByTestId('placed-status').textContent(), 'paid', 'the placed order is paid')
  await page.getByText('The payment went through; the customer gets the confirmation email.').waitFor()
  await shot('new-order')
  await page.getByRole('link', { name: /^Open order #\d+$/ }).click()
  await waitText(page.getByTestId('order-total'), '¥183,100')
  equal((await page.getByTestId('item-notes').allTextContents()).map((s) => s.trim()).join('|'), `法人割引適用 ${RUN}|—`, 'item notes on the order page')
  await page.getByTestId('payment-panel').getByText('Completed').waitFor()

  check(cspViolations.length === 0, `no Content-Security-Policy violation: ${cspViolations.join('; ')}`)

  step('the Content-Security-Policy blocks an inline style')
  expectViolation = true
  const reported = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('securitypolicyviolation style-src-elem'),
    timeout: 5_000,
  })
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { outline: 1px solid red }'
    document.head.appendChild(style)
  })
  const control = (await reported).text()
  console.log(`CSP control: ${control}`)

  check(consoleErrors.length === 0, `no uncaught errors in the page: ${consoleErrors.join('; ')}`)
  console.log('DASHBOARD E2E PASSED')
} catch (error) {
  console.error(`FAILED at step "${currentStep}": ${error?.stack ?? error}`)
  await shot('failure').catch(() => {})
  process.exitCode = 1
} finally {
  await browser.close()
}
