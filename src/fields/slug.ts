import type { FieldHook, TextField } from 'payload'

/** Lower-case ASCII words joined by hyphens, made from any title (accents folded, other scripts dropped). */
export const slugify = (input: string): string =>
  input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A URL-safe identifier. Left empty, it is made from the field named `from` in the source language.
 */
export const slugField = (from = 'title', overrides: Partial<Omit<TextField, 'type'>> = {}): TextField => {
  const fillFromTitle: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[from] ?? originalDoc?.[from]
    const text = typeof source === 'string' ? source : typeof source === 'number' ? String(source) : source?.en
    return typeof text === 'string' ? slugify(text) || undefined : value
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    admin: { position: 'sidebar', description: `Made from the ${from} when left empty.` },
    hooks: { beforeValidate: [fillFromTitle] },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : `The slug "${String(value ?? '')}" must be lower-case letters, digits and single hyphens (e.g. belarus-2020).`,
    ...overrides,
  } as TextField
}
