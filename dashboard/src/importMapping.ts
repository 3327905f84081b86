/**
 * The mapping step's state and the MappingSpec it sends: one choice per column of the file (a
 * target field, or '' to leave the column out), a separator per field several columns fill, and
 * fixed values for the fields no column fills. Pure functions, so the exact spec is tested apart
 * from the page.
 */
import type { ImportMapping, MappingSpec, TargetField } from './api/types'

/** What the person chose: `columns[i]` is the field column i fills ('' = not imported). */
export interface MappingDraft {
  columns: string[]
  /** Per field filled by several columns: what joins their values (default one space). */
  separators: Record<string, string>
  /** Per field: the value every row gets when no column fills it ('' = none). */
  fixed: Record<string, string>
}

export const DEFAULT_SEPARATOR = ' '

/** The draft a suggestion (or a profile's mapping) gives for the file's headers. */
export function draftFrom(mapping: Pick<ImportMapping, 'headers' | 'suggestion'>): MappingDraft {
  const columns = mapping.headers.map(() => '')
  const separators: Record<string, string> = {}
  const fixed: Record<string, string> = {}
  for (const [field, source] of Object.entries(mapping.suggestion.fields ?? {})) {
    if (!source) continue
    if (source.headers && source.headers.length > 0) {
      for (const header of source.headers) {
        const index = mapping.headers.findIndex((cell, i) => cell === header && columns[i] === '')
        if (index >= 0) columns[index] = field
      }
      if (source.separator !== undefined && source.separator !== null) separators[field] = source.separator
    } else if (source.value !== undefined && source.value !== null) {
      fixed[field] = source.value
    }
  }
  return { columns, separators, fixed }
}

/** The source headers of each field, in the file's column order. */
export function headersByField(headers: string[], draft: MappingDraft): Map<string, string[]> {
  const byField = new Map<string, string[]>()
  draft.columns.forEach((field, index) => {
    if (!field) return
    byField.set(field, [...(byField.get(field) ?? []), headers[index]])
  })
  return byField
}

/**
 * The MappingSpec of a draft: fields in the service's order, each from its columns (with the
 * separator when several are joined) or else from its fixed value; the columns left out are
 * listed as ignored, so the import does not warn about them.
 */
export function specFrom(headers: string[], fields: TargetField[], draft: MappingDraft): MappingSpec {
  const byField = headersByField(headers, draft)
  const mapped: NonNullable<MappingSpec['fields']> = {}
  for (const field of fields) {
    const sources = byField.get(field.name)
    if (sources) {
      mapped[field.name] =
        sources.length > 1 ? { headers: sources, separator: draft.separators[field.name] ?? DEFAULT_SEPARATOR } : { headers: sources }
      continue
    }
    const value = draft.fixed[field.name]?.trim()
    if (value) mapped[field.name] = { value }
  }
  return { fields: mapped, ignored: headers.filter((_, index) => !draft.columns[index]) }
}

/** The required fields that neither a column nor a fixed value fills. */
export function missingRequired(headers: string[], fields: TargetField[], draft: MappingDraft): string[] {
  const byField = headersByField(headers, draft)
  return fields.filter((field) => field.required && !byField.has(field.name) && !draft.fixed[field.name]?.trim()).map((field) => field.name)
}

/** One line per field of a saved mapping: "customer_name ← 姓 + 名", "currency = JPY". */
export function describeMapping(spec: MappingSpec): string[] {
  return Object.entries(spec.fields ?? {}).flatMap(([field, source]) => {
    if (!source) return []
    if (source.headers && source.headers.length > 0) return [`${field} ← ${source.headers.join(' + ')}`]
    if (source.value != null) return [`${field} = ${source.value}`]
    return []
  })
}
