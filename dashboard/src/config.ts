/** Where the three services listen. Read at start-up, never baked into the build. */
export interface ServiceUrls {
  order: string
  payment: string
  notification: string
}

export type ServiceName = keyof ServiceUrls

export function defaultUrls(location: { protocol: string; hostname: string }): ServiceUrls {
  const base = `${location.protocol}//${location.hostname}`
  return { order: `${base}:8000`, payment: `${base}:8001`, notification: `${base}:8002` }
}

let current: ServiceUrls = defaultUrls(window.location)

export function serviceUrls(): ServiceUrls {
  return current
}

export function setServiceUrls(urls: ServiceUrls): void {
  current = urls
}

/**
 * Reads config.json next to index.html (optional): {"order_url", "payment_url", "notification_url"}.
 * A missing or unreadable file leaves the defaults (same host, ports 8000, 8001, 8002).
 */
export async function loadConfig(): Promise<ServiceUrls> {
  const defaults = defaultUrls(window.location)
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' })
    if (response.ok) {
      const json = (await response.json()) as Record<string, unknown>
      const pick = (key: string, fallback: string) =>
        typeof json[key] === 'string' && json[key] ? (json[key] as string).replace(/\/$/, '') : fallback
      current = {
        order: pick('order_url', defaults.order),
        payment: pick('payment_url', defaults.payment),
        notification: pick('notification_url', defaults.notification),
      }
      return current
    }
  } catch {
    // No config file (or not JSON): the defaults apply.
  }
  current = defaults
  return current
}
