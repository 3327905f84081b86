import { api, download } from './client'
import type {
  ImportErrorPage,
  ImportMapping,
  ImportProfile,
  ImportProfileList,
  MappingPreview,
  MappingSpec,
  ImportJob,
  ImportJobPage,
  Notification,
  NotificationQueue,
  Order,
  OrderPage,
  OrderStats,
  OrderStatus,
  Payment,
  PlaceOrderRequest,
  Role,
  TokenResponse,
  User,
} from './types'

export interface OrderQuery {
  skip: number
  limit: number
  status?: OrderStatus
  customer_email?: string
  batch_id?: string
  created_from?: string
  created_to?: string
  /** A column (created_at, total_amount, customer_email, status, id), with - for descending. */
  sort?: string
}

export const login = (username: string, password: string) =>
  api<TokenResponse>('order', '/api/v1/auth/login', { method: 'POST', json: { username, password } })

/** Changes the caller's own password; the answer's fresh token replaces the (now revoked) current one. */
export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  api<TokenResponse>('order', '/api/v1/users/me/password', {
    method: 'PUT',
    json: { current_password: currentPassword, new_password: newPassword },
  })

export const listOrders = (query: OrderQuery, signal?: AbortSignal) =>
  api<OrderPage>('order', '/api/v1/orders', { query: { ...query }, signal })

export const getOrder = (id: number) => api<Order>('order', `/api/v1/orders/${id}`)

/** Places an order; the answer is the order after its payment: paid, or pending with the reason. */
export const placeOrder = (request: PlaceOrderRequest) =>
  api<Order>('order', '/api/v1/orders', { method: 'POST', json: request })

/** The figures of the orders placed from `from` to `to` (yyyy-mm-dd, inclusive), days counted in `tz`. */
export const orderStats = (from: string, to: string, tz: string) =>
  api<OrderStats>('order', '/api/v1/orders/stats', { query: { from, to, tz } })

export type ExportEncoding = 'utf-8' | 'windows-31j'

/** The orders a list query's filters match, as CSV (one row per item), downloaded with the token. */
export const exportOrders = (query: OrderQuery, encoding: ExportEncoding, lang: string, tz: string) =>
  download('order', '/api/v1/orders/export.csv', 'orders.csv', {
    status: query.status,
    customer_email: query.customer_email,
    batch_id: query.batch_id,
    created_from: query.created_from,
    created_to: query.created_to,
    encoding,
    lang,
    tz,
  })

export const updateOrderStatus = (id: number, status: 'shipped' | 'delivered') =>
  api<Order>('order', `/api/v1/orders/${id}/status`, { method: 'PUT', json: { status } })

export const cancelOrder = (id: number, reason: string) =>
  api<Order>('order', `/api/v1/orders/${id}`, { method: 'DELETE', query: { reason } })

export const paymentForOrder = (orderId: number) => api<Payment>('payment', `/api/v1/payments/order/${orderId}`)

export const notificationsForOrder = (orderId: number) =>
  api<Notification[]>('notification', `/api/v1/notifications/order/${orderId}`)

export const notificationQueue = () => api<NotificationQueue>('notification', '/api/v1/notifications/queue')

export const listImports = (skip = 0, limit = 20) =>
  api<ImportJobPage>('order', '/api/v1/imports', { query: { skip, limit } })

export const getImport = (id: string) => api<ImportJob>('order', `/api/v1/imports/${encodeURIComponent(id)}`)

export const importErrors = (id: string, skip: number, limit: number) =>
  api<ImportErrorPage>('order', `/api/v1/imports/${encodeURIComponent(id)}/errors`, { query: { skip, limit } })

export interface UploadOptions {
  dryRun: boolean
  notify: 'per_order' | 'summary' | 'none'
  errorPolicy: 'import_valid' | 'all_or_nothing'
  force?: boolean
  /** The workbook's sheet to read (the first one when not given). */
  sheet?: string
  /** A mapping profile to apply by name (recognised from the header set when not given). */
  profile?: string
}

export function uploadImport(file: File, options: UploadOptions) {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('dry_run', String(options.dryRun))
  form.append('notify', options.notify)
  form.append('error_policy', options.errorPolicy)
  if (options.force) form.append('force', 'true')
  if (options.sheet?.trim()) form.append('sheet', options.sheet.trim())
  if (options.profile) form.append('profile', options.profile)
  return api<ImportJob>('order', '/api/v1/imports', { method: 'POST', body: form })
}

const importAction = (id: string, action: 'confirm' | 'cancel' | 'retry') =>
  api<ImportJob>('order', `/api/v1/imports/${encodeURIComponent(id)}/${action}`, { method: 'POST' })

export const confirmImport = (id: string) => importAction(id, 'confirm')
export const cancelImport = (id: string) => importAction(id, 'cancel')
export const retryImport = (id: string) => importAction(id, 'retry')

const mappingPath = (id: string) => `/api/v1/imports/${encodeURIComponent(id)}/mapping`

/** The file's header, first rows and the suggested mapping of an import waiting for its mapping. */
export const getImportMapping = (id: string) => api<ImportMapping>('order', mappingPath(id))

/** The first rows as they will be imported under `mapping`, validated as the import will. */
export const previewImportMapping = (id: string, mapping: MappingSpec) =>
  api<MappingPreview>('order', `${mappingPath(id)}/preview`, { method: 'POST', json: mapping })

/** Confirms the mapping (saving it as a profile when named): the job is queued and goes on. */
export const confirmImportMapping = (id: string, mapping: MappingSpec, saveAsProfile: string | null) =>
  api<ImportJob>('order', mappingPath(id), { method: 'PUT', json: { mapping, save_as_profile: saveAsProfile } })

const profilePath = (name: string) => `/api/v1/import-profiles/${encodeURIComponent(name)}`

export const listImportProfiles = () => api<ImportProfileList>('order', '/api/v1/import-profiles')

export const getImportProfile = (name: string) => api<ImportProfile>('order', profilePath(name))

/** Creates or replaces a profile. */
export const saveImportProfile = (name: string, headers: string[], mapping: MappingSpec) =>
  api<ImportProfile>('order', profilePath(name), { method: 'PUT', json: { headers, mapping } })

export const deleteImportProfile = (name: string) => api<void>('order', profilePath(name), { method: 'DELETE' })

export const listUsers = () => api<User[]>('order', '/api/v1/users')

export const createUser = (username: string, password: string, role: Role, email?: string) =>
  api<User>('order', '/api/v1/users', { method: 'POST', json: { username, password, role, email: email || undefined } })

export const setUserEnabled = (username: string, enabled: boolean) =>
  api<User>('order', `/api/v1/users/${encodeURIComponent(username)}`, { method: 'PATCH', json: { enabled } })
