/**
 * Admin components of publishing (issue 6), for payload.config.ts. Paths are relative to the
 * config's importMap baseDir.
 *   /admin/publish                       PublishView (server) + PublishPanel (client)
 *   nav link, dashboard panel            PublishLinks.tsx
 *   report sidebar "Publish…" link       PublishReportLink (a UI field on Reports)
 *   publication downloads                PublicationDownloads (a UI field on Publications)
 */
export const publishAdminComponents = {
  views: {
    publish: {
      Component: '/src/publish/admin/PublishView#PublishView',
      path: '/publish' as const,
      exact: true,
    },
  },
  afterNavLinks: ['/src/publish/admin/PublishLinks#PublishNavLink'],
  beforeDashboard: [
    '/src/publish/admin/PublishLinks#PublishDashboardPanel',
    '/src/publish/admin/ReadinessPanel#ReadinessPanel',
  ],
}
