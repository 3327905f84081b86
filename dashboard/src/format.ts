/** Locale-aware formatting for the dashboard's two languages, all through Intl. */
export type Lang = 'ja' | 'en'

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' }

export const localeOf = (lang: string): string => LOCALES[(lang as Lang)] ?? LOCALES.ja

export function formatYen(amount: number | string | null | undefined, lang: string): string {
  if (amount === null || amount === undefined || amount === '') return '—'
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'JPY' }).format(Number(amount))
}

export function formatNumber(value: number | null | undefined, lang: string, fractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value)
}

/** A share 0..1 as a percentage ("42.5%"). */
export function formatPercent(share: number | null | undefined, lang: string, fractionDigits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—'
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share)
}

export function formatDateTime(iso: string | null | undefined, lang: string, timeZone?: string): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

export function formatDate(value: string | Date | null | undefined, lang: string, timeZone?: string): string {
  if (!value) return '—'
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'short', day: 'numeric', timeZone }).format(
    typeof value === 'string' ? new Date(value) : value,
  )
}

/** A duration in seconds ("2 min 5 s" / "2分5秒"), for ETAs. */
export function formatDuration(seconds: number | null | undefined, lang: string): string {
  if (seconds === null || seconds === undefined || seconds < 0) return '—'
  const locale = localeOf(lang)
  const whole = Math.round(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value)
  const parts: string[] = []
  if (h) parts.push(unit(h, 'hour'))
  if (m) parts.push(unit(m, 'minute'))
  if (s || parts.length === 0) parts.push(unit(s, 'second'))
  return parts.join(' ')
}

/** The local calendar day (yyyy-mm-dd) of an instant, for grouping by day. */
export function localDay(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The instant local midnight of a yyyy-mm-dd day starts, plus some days. */
export function startOfLocalDay(day: string, plusDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d + plusDays)
}
