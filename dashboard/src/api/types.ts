export type Role = 'admin' | 'operator' | 'viewer'

export type OrderStatus = 'pending' | 'payment_processing' | 'paid' | 'shipped' | 'delivered' | 'cancelled'

export const ORDER_STATUSES: OrderStatus[] = [
  'pending',
  'payment_processing',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
]

export interface Page<T> {
  items: T[]
  total: number
  skip: number
  limit: number
}

export interface TokenResponse {
  access_token: string
  token_type: string
  expires_in: number
  role: Role
}

export interface OrderItem {
  id: number
  product_name: string
  quantity: number
  unit_price: number
  subtotal: number
  /** The CSV import's notes (備考) or the order form's, trimmed; null when none. */
  notes: string | null
}

/**
 * A new order as POST /api/v1/orders takes it. An amount the form could not read as a number
 * goes as typed (a string), for the service to refuse with its own message.
 */
export interface PlaceOrderRequest {
  customer_email: string
  customer_name: string
  items: { product_name: string; quantity: number | string | null; unit_price: number | string | null; notes?: string }[]
}

export type StatusCounts = Record<OrderStatus, number>

/** One day of GET /api/v1/orders/stats. */
export interface DayStats {
  date: string
  orders: number
  total_amount: number
  revenue: number
  status_counts: StatusCounts
}

/** GET /api/v1/orders/stats: the orders placed in a period, counted by the order service. */
export interface OrderStats {
  from: string
  to: string
  time_zone: string
  currency: string
  orders: number
  total_amount: number
  revenue: number
  status_counts: StatusCounts
  days: DayStats[]
}

export interface StatusChange {
  from_status: OrderStatus | null
  to_status: OrderStatus
  reason: string | null
  changed_at: string
}

export interface Order {
  id: number
  customer_email: string
  customer_name: string
  status: OrderStatus
  status_reason: string | null
  total_amount: number
  currency: string
  batch_id: string | null
  items: OrderItem[]
  status_history: StatusChange[]
  created_at: string
  updated_at: string
}

export type ImportStatus =
  | 'queued'
  | 'validating'
  | 'validated'
  | 'processing'
  | 'completed'
  | 'completed_with_errors'
  | 'failed'
  | 'cancelled'

export const ACTIVE_IMPORT_STATUSES: ImportStatus[] = ['queued', 'validating', 'processing']

export interface ImportJob {
  id: string
  filename: string
  sha256: string
  status: ImportStatus
  phase: string | null
  dry_run: boolean
  notify: string | null
  error_policy: string | null
  max_errors: string | null
  encoding: string | null
  delimiter: string | null
  total_rows: number | null
  processed_rows: number
  success_rows: number
  failed_rows: number
  order_count: number
  failed_order_count: number
  progress: number
  rows_per_second: number | null
  eta_seconds: number | null
  queue_position: number | null
  /** While a processing job waits out an outage of the payment or notification service. */
  waiting_reason: string | null
  waiting_since: string | null
  next_attempt_at: string | null
  warnings: string[] | null
  error_code: string | null
  error: string | null
  created_by: string | null
  created_at: string
  started_at: string | null
  finished_at: string | null
  updated_at: string | null
}

export interface ImportError {
  row_number: number
  column: string | null
  code: string
  message: string
}

export interface Payment {
  id: number
  order_id: number
  amount: number
  currency: string
  status: 'pending' | 'processing' | 'completed' | 'failed' | 'refunded'
  payment_method: string | null
  transaction_id: string | null
  failure_reason: string | null
  batch_id: string | null
  created_at: string
  updated_at: string
}

export interface Notification {
  id: number
  order_id: number
  channel: string
  template_name: string
  recipient: string
  subject: string | null
  body: string | null
  status: 'pending' | 'sent' | 'failed'
  failure_reason: string | null
  sent_at: string | null
  created_at: string
  batch_id: string | null
  attempts: number
  message_id: string | null
}

export type NotificationLaneName = 'transactional' | 'bulk'

/** One lane of the send queue: transactional (single orders, sent first) or bulk (imports, taking turns). */
export interface NotificationLane {
  lane: NotificationLaneName
  depth: number
  oldest_pending_age_seconds: number
  eta_seconds: number
  sent_last_minute: number
}

/** A batch (an import) with messages waiting in the bulk lane. */
export interface NotificationBatch {
  batch_id: string
  pending: number
  oldest_pending_age_seconds: number
  eta_seconds: number
}

export interface NotificationQueue {
  pending: number
  sent_last_minute: number
  failed: number
  oldest_pending_age_seconds: number
  estimated_drain_seconds: number
  /** Both lanes, transactional first (absent from a service older than the lanes). */
  lanes?: NotificationLane[]
  active_batches?: number
  /** The largest waiting batches, at most 10. */
  batches?: NotificationBatch[]
}

export interface User {
  id: number
  username: string
  role: Role
  enabled: boolean
  email: string | null
  created_at: string
}
