import type { TextField } from 'payload'

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Returns an error message for a link readers may follow, or null when it is acceptable. */
export function linkProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'is empty'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a valid URL (expected https://…, http://… or mailto:…)`
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return `"${value}" uses ${url.protocol} links; only http, https and mailto are allowed`
  }
  if (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !url.hostname.includes('.') &&
    url.hostname !== 'localhost'
  ) {
    return `"${value}" has no valid host name`
  }
  if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
    return `"${value}" is not a valid e-mail link`
  }
  return null
}

/** A URL field that only accepts http(s) and mailto links. */
export const urlField = (overrides: Partial<Omit<TextField, 'type'>> & { name: string }): TextField =>
  ({
    type: 'text',
    validate: (value: unknown, { required }: { required?: boolean }) => {
      if (value === null || value === undefined || value === '') return required ? 'A URL is required.' : true
      const problem = linkProblem(value)
      return problem ? `The link ${problem}.` : true
    },
    admin: { placeholder: 'https://…' },
    ...overrides,
  }) as TextField
