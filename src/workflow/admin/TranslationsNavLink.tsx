import type { ServerProps } from 'payload'

/** Nav link to the translation dashboard (admin.components.afterNavLinks). */
export function TranslationsNavLink({ payload }: ServerProps) {
  const adminRoute = payload?.config?.routes?.admin ?? '/admin'
  return (
    <a className="nav__link" href={`${adminRoute}/translations`} style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">Translations</span>
    </a>
  )
}

export default TranslationsNavLink
