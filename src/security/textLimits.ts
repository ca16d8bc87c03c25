import type { Field, TextareaField, TextField, Validate } from 'payload'

import { TEXT_MAX_LENGTH, TEXTAREA_MAX_LENGTH } from './limits'

/** Why a text value is too long, or null. */
export function lengthProblem(value: unknown, max: number): string | null {
  const values = Array.isArray(value) ? value : [value]
  for (const v of values) {
    if (typeof v === 'string' && v.length > max)
      return `The text is ${v.length} characters long; the limit for this field is ${max} characters.`
  }
  return null
}

/**
 * A text or textarea field with a maximum length: its own `maxLength`, or the default for its type
 * (a line: TEXT_MAX_LENGTH; a few paragraphs: TEXTAREA_MAX_LENGTH). A field with its own `validate`
 * (which replaces Payload's, and with it Payload's length check) gets the length check first.
 */
export function withMaxLength(field: Field): Field {
  if (field.type !== 'text' && field.type !== 'textarea') return field
  const max = field.maxLength ?? (field.type === 'text' ? TEXT_MAX_LENGTH : TEXTAREA_MAX_LENGTH)
  const own = field.validate as Validate | undefined
  // Payload's own validator checks maxLength; a field's own validate replaces it.
  if (!own) return { ...field, maxLength: max } as TextField | TextareaField
  const validate: Validate = (value, options) => lengthProblem(value, max) ?? own(value, options)
  return { ...field, maxLength: max, validate } as TextField | TextareaField
}
