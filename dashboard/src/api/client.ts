import { serviceUrls, type ServiceName } from '../config'

/** A field error inside a problem detail (`errors: [{field, message}]`). */
export interface FieldError {
  field?: string
  message?: string
  code?: string
}

/**
 * A failed call: either the service could not be reached (`status` 0, `kind` "network"), or it
 * answered with an error status, usually an RFC 9457 problem detail.
 */
export class ApiError extends Error {
  readonly service: ServiceName
  readonly status: number
  readonly kind: 'network' | 'http'
  readonly title?: string
  readonly detail?: string
  readonly code?: string
  /** The field a problem names (`items[0].quantity`), when it names one. */
  readonly field?: string
  readonly errors: FieldError[]

  constructor(
    service: ServiceName,
    status: number,
    kind: 'network' | 'http',
    problem: { title?: string; detail?: string; code?: string; field?: string; errors?: FieldError[] } = {},
  ) {
    super(problem.detail || problem.title || `${service} ${kind} ${status}`)
    this.name = 'ApiError'
    this.service = service
    this.status = status
    this.kind = kind
    this.title = problem.title
    this.detail = problem.detail
    this.code = problem.code
    this.field = typeof problem.field === 'string' ? problem.field : undefined
    this.errors = Array.isArray(problem.errors) ? problem.errors : []
  }

  get unreachable(): boolean {
    return this.kind === 'network' || this.status === 502 || this.status === 503 || this.status === 504
  }
}

type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * The message a person reads for a failed call, in the chosen language where the dashboard
 * knows better than the service (unreachable, session expired, not allowed), else the
 * service's own problem detail.
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const service = t(`services.${error.service}`)
    if (error.kind === 'network') return t('errors.unreachable', { service })
    if (error.status === 401) return t('errors.unauthorized')
    if (error.status === 403) return t('errors.forbidden')
    if (error.status === 404 && !error.detail) return t('errors.notFound')
    if (error.detail) return error.detail
    if (error.title) return error.title
    if (error.unreachable) return t('errors.unreachable', { service })
    return t('errors.status', { status: error.status })
  }
  if (error instanceof Error && error.message) return error.message
  return t('errors.unknown')
}

let tokenProvider: () => string | null = () => null
let onUnauthorized: () => void = () => {}

export function configureAuth(provider: () => string | null, unauthorized: () => void): void {
  tokenProvider = provider
  onUnauthorized = unauthorized
}

export interface RequestOptions {
  method?: string
  query?: Record<string, string | number | boolean | undefined | null>
  json?: unknown
  body?: BodyInit
  headers?: Record<string, string>
  signal?: AbortSignal
}

export function buildUrl(service: ServiceName, path: string, query?: RequestOptions['query']): string {
  const url = new URL(serviceUrls()[service] + path)
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
    }
  }
  return url.toString()
}

async function send(service: ServiceName, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  const token = tokenProvider()
  if (token) headers.Authorization = `Bearer ${token}`
  let body = options.body
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  }
  let response: Response
  try {
    response = await fetch(buildUrl(service, path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(service, 0, 'network')
  }
  if (!response.ok) {
    let problem: Record<string, unknown> = {}
    try {
      const text = await response.text()
      problem = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      problem = {}
    }
    if (response.status === 401 && token) onUnauthorized()
    throw new ApiError(service, response.status, 'http', problem as ConstructorParameters<typeof ApiError>[3])
  }
  return response
}

/** Calls a service and answers its JSON body (or undefined for an empty body). */
export async function api<T>(service: ServiceName, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(service, path, options)
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** The file name a Content-Disposition header names, preferring the UTF-8 `filename*`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1].trim() : fallback
}

/** Downloads a file with the bearer token and hands it to the browser as a download. */
export async function download(service: ServiceName, path: string, fallbackName: string, query?: RequestOptions['query']): Promise<string> {
  const response = await send(service, path, { query, headers: { Accept: 'text/csv, */*' } })
  const blob = await response.blob()
  const name = filenameFrom(response.headers.get('Content-Disposition'), fallbackName)
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  document.body.appendChild(anchor)
  anchor.click()
  anchor.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return name
}
