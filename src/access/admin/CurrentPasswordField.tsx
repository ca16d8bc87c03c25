'use client'
/**
 * The current-password field of a user's account, masked like the password fields beside it and
 * offered the browser's saved password (`autocomplete="current-password"`). Optional in the form:
 * the server asks for it only when someone changes their own password (src/access/password.ts).
 */
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

const optional = () => true as const

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField field={field} path={path ?? field.name} autoComplete="current-password" validate={optional} />
)

export default CurrentPasswordField
