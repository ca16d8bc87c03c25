import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The web edition (/report/<year>/<locale>/) is a static site with relative links: its folder
  // URLs must keep their trailing slash (Next would otherwise redirect /en/ to /en).
  skipTrailingSlashRedirect: true,
  // Type-checking is its own CI step (`npm run typecheck`); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The typst compiler and sharp are native modules, subset-font and harfbuzzjs load WebAssembly
  // files beside their code: keep them out of the server bundle.
  serverExternalPackages: ['sharp', '@myriaddreamin/typst-ts-node-compiler', 'subset-font', 'harfbuzzjs'],
  // Payload sends an error's message to the client only when the error has a name
  // (payload/dist/utilities/formatErrors.js), and names come from class names, which server
  // minification erases: every refusal ("four-eyes: you made this change", "Forbidden") would reach
  // editors as "An unknown error occurred.". A self-hosted server loses little without minification.
  // The proxy (src/proxy.ts) makes Next buffer request bodies for it, cut at 10 MB by default,
  // which broke uploads between 10 MB and the media limit (src/security/limits.ts: 25 MB + form).
  experimental: { serverMinification: false, proxyClientMaxBodySize: 26 * 1024 * 1024 },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
