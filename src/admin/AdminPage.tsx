import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

/** The first value of a search parameter (Next gives a string or an array). */
export const firstParam = (v: unknown): string | undefined =>
  Array.isArray(v) ? v[0] : typeof v === 'string' ? v : undefined

/**
 * A custom admin view's page: Payload's default template (nav, header, locale switcher) around a
 * titled body. Used by /admin/translations and /admin/publish.
 */
export function adminPage(
  { initPageResult, params, searchParams }: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'>,
  title: string,
  children: React.ReactNode,
  bodyStyle: React.CSSProperties = {},
) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div
        className="gutter--left gutter--right folio-view"
        style={{ paddingTop: 24, paddingBottom: 48, ...bodyStyle }}
      >
        <h1>{title}</h1>
        {children}
      </div>
    </DefaultTemplate>
  )
}
