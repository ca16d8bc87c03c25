/**
 * Admin components of the workflow, for payload.config.ts:
 * `admin: { components: workflowAdminComponents }`. Paths are relative to the config's importMap baseDir.
 */
export const workflowAdminComponents = {
  views: {
    translations: {
      Component: '/src/workflow/admin/TranslationsView#TranslationsView',
      path: '/translations' as const,
      exact: true,
    },
  },
  afterNavLinks: ['/src/workflow/admin/TranslationsNavLink#TranslationsNavLink'],
  beforeDashboard: ['/src/workflow/admin/MyWork#MyWorkPanel'],
}
