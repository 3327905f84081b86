import { describe, expect, it } from 'vitest'
import en from './locales/en.json'
import ja from './locales/ja.json'

function keys(resource: object, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('resource files', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort())
  })

  it('have no empty label', () => {
    const empty = (resource: object) => keys(resource).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource)
      return typeof value !== 'string' || value.trim() === ''
    })
    expect(empty(ja)).toEqual([])
    expect(empty(en)).toEqual([])
  })
})
