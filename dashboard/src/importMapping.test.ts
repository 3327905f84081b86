import { describe, expect, it } from 'vitest'
import type { TargetField } from './api/types'
import { describeMapping, draftFrom, missingRequired, specFrom } from './importMapping'

const FIELDS: TargetField[] = [
  { name: 'customer_email', japanese_name: 'メールアドレス', required: true },
  { name: 'customer_name', japanese_name: '顧客名', required: true },
  { name: 'product_name', japanese_name: '商品名', required: true },
  { name: 'quantity', japanese_name: '数量', required: true },
  { name: 'unit_price', japanese_name: '単価', required: true },
  { name: 'currency', japanese_name: '通貨', required: false },
  { name: 'notes', japanese_name: '備考', required: false },
]
const HEADERS = ['メール', '姓', '名', '品名', '数量', '単価', 'メモ', '姓']

describe('mapping draft', () => {
  it('takes the suggestion: columns by header text (a repeated header once per mention), separators and fixed values', () => {
    const draft = draftFrom({
      headers: HEADERS,
      suggestion: {
        fields: {
          customer_email: { headers: ['メール'] },
          customer_name: { headers: ['姓', '名'], separator: '・' },
          product_name: { headers: ['品名'] },
          currency: { value: 'JPY' },
        },
        ignored: ['メモ'],
      },
    })
    expect(draft).toEqual({
      columns: ['customer_email', 'customer_name', 'customer_name', 'product_name', '', '', '', ''],
      separators: { customer_name: '・' },
      fixed: { currency: 'JPY' },
    })
    expect(missingRequired(HEADERS, FIELDS, draft)).toEqual(['quantity', 'unit_price'])
  })

  it('gives the spec in field order: joins with their separator (a space by default), trimmed fixed values, the rest ignored', () => {
    const spec = specFrom(HEADERS, FIELDS, {
      columns: ['customer_email', 'customer_name', 'customer_name', 'product_name', 'quantity', 'unit_price', 'notes', ''],
      separators: {},
      fixed: { currency: ' USD ', notes: 'not used: a column fills notes', unit_price: '' },
    })
    expect(spec).toEqual({
      fields: {
        customer_email: { headers: ['メール'] },
        customer_name: { headers: ['姓', '名'], separator: ' ' },
        product_name: { headers: ['品名'] },
        quantity: { headers: ['数量'] },
        unit_price: { headers: ['単価'] },
        currency: { value: 'USD' },
        notes: { headers: ['メモ'] },
      },
      ignored: ['姓'],
    })
    expect(Object.keys(spec.fields ?? {})).toEqual(['customer_email', 'customer_name', 'product_name', 'quantity', 'unit_price', 'currency', 'notes'])
  })

  it('describes a saved mapping one field a line', () => {
    expect(
      describeMapping({ fields: { customer_name: { headers: ['姓', '名'], separator: ' ' }, currency: { value: 'JPY' } }, ignored: ['メモ'] }),
    ).toEqual(['customer_name ← 姓 + 名', 'currency = JPY'])
  })
})
