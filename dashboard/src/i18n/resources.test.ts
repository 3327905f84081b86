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

  it('name the mapping step, its status and the profiles in both languages', () => {
    const pick = (resource: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource)
    const labels = ['imports.statuses.needs_mapping', 'mapping.title', 'mapping.selectFor', 'mapping.ignore', 'mapping.preview',
      'mapping.confirm', 'mapping.saveProfile', 'mapping.matches.fuzzy', 'profiles.title', 'imports.sheet', 'imports.profile']
    expect(labels.map((key) => pick(en, key))).toEqual([
      'Needs mapping', 'Map the columns', 'Field for column {{header}}', 'Do not import', 'Preview',
      'Confirm mapping', 'Save as profile', 'Similar', 'Mapping profiles', 'Sheet (workbooks only)', 'Mapping profile',
    ])
    expect(labels.map((key) => pick(ja, key))).toEqual([
      '列の対応付け待ち', '列の対応付け', '列「{{header}}」の取り込み先', '取り込まない', 'プレビュー',
      '対応付けを確定', 'プロファイルとして保存', '類似', 'マッピングプロファイル', 'シート（Excelブックのみ）', 'マッピングプロファイル',
    ])
  })
})
