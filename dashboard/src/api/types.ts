/**
 * The payloads of the three services, as their OpenAPI documents describe them: every type here
 * is taken from the types openapi-typescript generates from docs/openapi/*.yaml
 * (src/api/generated/, `npm run api:types`), so a change of the API that the dashboard does not
 * follow breaks the type check. Only names and the few dashboard-side helpers live here.
 */
import type { components as NotificationApi } from './generated/notification-service'
import type { components as OrderApi } from './generated/order-service'
import type { components as PaymentApi } from './generated/payment-service'

type OrderSchemas = OrderApi['schemas']
type PaymentSchemas = PaymentApi['schemas']
type NotificationSchemas = NotificationApi['schemas']

export type Role = OrderSchemas['UserRole']

export type OrderStatus = OrderSchemas['OrderStatus']

export const ORDER_STATUSES: OrderStatus[] = [
  'pending',
  'payment_processing',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
]

/** A page of a list (orders, import jobs, import errors). */
export interface Page<T> {
  items: T[]
  total: number
  skip: number
  limit: number
}

export type OrderPage = OrderSchemas['OrderPage']

export type ImportJobPage = OrderSchemas['ImportJobPage']

export type ImportErrorPage = OrderSchemas['ImportErrorPage']

export type TokenResponse = OrderSchemas['TokenResponse']

export type OrderItem = OrderSchemas['OrderItemView']

/**
 * A new order as the order form sends it: POST /api/v1/orders's body, except that an amount the
 * form could not read as a number goes as typed (a string), for the service to refuse with its
 * own message.
 */
export type PlaceOrderRequest = Omit<OrderSchemas['PlaceOrderRequest'], 'items'> & {
  items: (Omit<OrderSchemas['OrderItemRequest'], 'quantity' | 'unit_price'> & {
    quantity: number | string | null
    unit_price: number | string | null
  })[]
}

export type StatusCounts = OrderSchemas['StatusCounts']

/** One day of GET /api/v1/orders/stats. */
export type DayStats = OrderSchemas['DayStatsView']

/** GET /api/v1/orders/stats: the orders placed in a period, counted by the order service. */
export type OrderStats = OrderSchemas['OrderStatsView']

export type StatusChange = OrderSchemas['StatusChangeView']

export type Order = OrderSchemas['OrderView']

export type ImportStatus = OrderSchemas['ImportJobStatus']

export const ACTIVE_IMPORT_STATUSES: ImportStatus[] = ['queued', 'validating', 'processing']

export type ImportJob = OrderSchemas['ImportJobView']

export type ImportError = OrderSchemas['ImportErrorView']

export type Payment = PaymentSchemas['PaymentView']

export type Notification = NotificationSchemas['NotificationView']

/** One lane of the send queue: transactional (single orders, sent first) or bulk (imports, taking turns). */
export type NotificationLane = NotificationSchemas['NotificationLaneView']

export type NotificationLaneName = 'transactional' | 'bulk'

/** A batch (an import) with messages waiting in the bulk lane. */
export type NotificationBatch = NotificationSchemas['NotificationBatchView']

export type NotificationQueue = NotificationSchemas['NotificationQueueView']

export type User = OrderSchemas['UserView']

/** The problem detail every error of the services is answered with (RFC 9457). */
export type ProblemDetail = OrderSchemas['ProblemDetail']

/** The column mapping and profiles (issue #18). */
export type MappingSpec = OrderSchemas['ImportMappingSpec']
export type FieldSource = OrderSchemas['ImportFieldSource']
export type HeaderMatch = OrderSchemas['ImportColumnMatch']
export type ImportMapping = OrderSchemas['ImportMappingView']
export type SampleRow = OrderSchemas['ImportPreviewRow']
export type TargetField = OrderSchemas['ImportTargetField']
export type MappingPreview = OrderSchemas['ImportMappingPreview']
export type MappingPreviewRow = OrderSchemas['ImportMappedRow']
export type MappingRowError = OrderSchemas['ImportErrorView']
export type ConfirmMappingRequest = OrderSchemas['ImportMappingRequest']
export type ImportProfile = OrderSchemas['ImportProfileView']
export type ImportProfileList = OrderSchemas['ImportProfileList']
/** How the service matched a header cell (ImportColumnMatch.match). */
export type MatchKind = 'exact' | 'alias' | 'fuzzy' | 'profile' | 'none'
/** A field the import fills: the order service's ImportColumn header names. */
export type TargetFieldName =
  | 'customer_email'
  | 'customer_name'
  | 'product_name'
  | 'quantity'
  | 'unit_price'
  | 'currency'
  | 'notes'
  | 'order_ref'
