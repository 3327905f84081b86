/**
 * The column-mapping and mapping-profile payloads of the order service (issue #18), written by
 * hand from the shared contract while the service's OpenAPI document does not describe them yet.
 * Every name here is re-exported by ./types; once docs/openapi/order-service.yaml has the mapping
 * endpoints and `npm run api:types` has run, each alias becomes `OrderSchemas['<schema name>']`
 * in ./types and this file goes away (the type check then shows any difference from the service).
 */

/** A field the import fills: ImportColumn's header names. */
export type TargetFieldName =
  | 'customer_email'
  | 'customer_name'
  | 'product_name'
  | 'quantity'
  | 'unit_price'
  | 'currency'
  | 'notes'
  | 'order_ref'

/** Where one field's value comes from: source columns (joined with `separator`, default " "), or one fixed value. */
export interface FieldSource {
  headers?: string[]
  separator?: string
  value?: string
}

/** A column mapping: target field → its source, and the source headers deliberately not imported. */
export interface MappingSpec {
  fields: Partial<Record<string, FieldSource>>
  ignored?: string[]
}

export type MatchKind = 'exact' | 'alias' | 'fuzzy' | 'profile' | 'none'

/** How the service matched one header cell of the file. */
export interface HeaderMatch {
  header: string
  field: string | null
  match: MatchKind
  score: number
}

/** A field the import knows, in the service's order. */
export interface TargetField {
  name: string
  japanese_name: string
  required: boolean
}

/** A row of the file as read: its own row number and its cells. */
export interface SampleRow {
  row_number: number
  cells: string[]
}

/** GET /api/v1/imports/{id}/mapping: the file's header and first rows, and a suggested mapping. */
export interface ImportMapping {
  header_row: number
  headers: string[]
  preview: SampleRow[]
  suggestion: MappingSpec
  matches: HeaderMatch[]
  profile: string | null
  fields: TargetField[]
}

/** A row error as the import reports it. */
export interface MappingRowError {
  row_number: number
  column: string | null
  code: string
  message: string
}

/** One row as it will be imported under a mapping. */
export interface MappingPreviewRow {
  row_number: number
  values: Record<string, string | null>
  errors: MappingRowError[]
}

/** POST /api/v1/imports/{id}/mapping/preview: the first rows as they will be imported. */
export interface MappingPreview {
  rows: MappingPreviewRow[]
  valid_rows: number
  invalid_rows: number
  problems: string[]
}

/** PUT /api/v1/imports/{id}/mapping's body. */
export interface ConfirmMappingRequest {
  mapping: MappingSpec
  save_as_profile: string | null
}

/** A saved mapping: the header set it recognises and the mapping it applies. */
export interface ImportProfile {
  name: string
  headers: string[]
  mapping: MappingSpec
  updated_by: string
  updated_at: string
}

/** GET /api/v1/imports/profiles. */
export interface ImportProfileList {
  items: ImportProfile[]
}
