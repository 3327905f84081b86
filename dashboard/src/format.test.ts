import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDuration, formatNumber, formatPercent, formatYen, localDay, startOfLocalDay } from './format'

describe('formatYen', () => {
  it('formats yen with the full-width sign and grouping in Japanese', () => {
    expect(formatYen(183100, 'ja')).toBe('￥183,100')
  })
  it('formats yen with the half-width sign in English', () => {
    expect(formatYen(183100, 'en')).toBe('¥183,100')
  })
  it('accepts a decimal string as the services send money', () => {
    expect(formatYen('89800', 'en')).toBe('¥89,800')
  })
  it('shows a dash for a missing amount', () => {
    expect(formatYen(null, 'ja')).toBe('—')
  })
})

describe('formatNumber and formatPercent', () => {
  it('groups thousands', () => {
    expect(formatNumber(1234567, 'ja')).toBe('1,234,567')
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5')
  })
  it('formats a share as a percentage', () => {
    expect(formatPercent(0.425, 'en')).toBe('42.5%')
    expect(formatPercent(null, 'en')).toBe('—')
  })
})

describe('formatDateTime', () => {
  const instant = '2026-03-01T05:07:00Z'
  it('uses the Japanese year/month/day order', () => {
    expect(formatDateTime(instant, 'ja', 'UTC')).toBe('2026/03/01 5:07')
  })
  it('uses the English month name and AM/PM', () => {
    expect(formatDateTime(instant, 'en', 'UTC')).toBe('Mar 1, 2026, 5:07 AM')
  })
  it('shows a dash for no date', () => {
    expect(formatDateTime(null, 'en')).toBe('—')
  })
})

describe('formatDuration', () => {
  it('spells minutes and seconds in each language', () => {
    expect(formatDuration(125, 'en')).toBe('2 min 5 sec')
    expect(formatDuration(125, 'ja')).toBe('2 分 5 秒')
  })
  it('shows zero seconds and hides unknown', () => {
    expect(formatDuration(0, 'en')).toBe('0 sec')
    expect(formatDuration(null, 'en')).toBe('—')
  })
})

describe('local days', () => {
  it('round-trips a calendar day through its local midnight', () => {
    expect(localDay(startOfLocalDay('2026-02-28'))).toBe('2026-02-28')
    expect(localDay(startOfLocalDay('2026-02-28', 1))).toBe('2026-03-01')
  })
})
