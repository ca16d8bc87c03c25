import { ValidationError, type Field, type FieldHook, type TextareaField, type TextField, type Validate } from 'payload'

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

/** A field hook refusing a value over `max` characters: 400 naming the field's path. */
const refuseLongText =
  (max: number): FieldHook =>
  ({ value, path, collection, req }) => {
    const problem = lengthProblem(value, max)
    if (problem) {
      throw new ValidationError({
        collection: collection?.slug,
        errors: [{ message: problem, path: (path ?? []).join('.') }],
        req,
      })
    }
    return value
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
  // Drafts skip validation (every Folio edit is a draft), so the limit is also a field hook,
  // which runs on every save; validate keeps the admin's inline message.
  const hooks = { ...field.hooks, beforeChange: [refuseLongText(max), ...(field.hooks?.beforeChange ?? [])] }
  if (!own) return { ...field, maxLength: max, hooks } as TextField | TextareaField
  const validate: Validate = (value, options) => lengthProblem(value, max) ?? own(value, options)
  return { ...field, maxLength: max, validate, hooks } as TextField | TextareaField
}
