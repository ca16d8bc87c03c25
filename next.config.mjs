import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Type-checking is its own CI step (`npm run typecheck`); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The typst compiler and sharp are native modules: keep them out of the server bundle.
  serverExternalPackages: ['sharp', '@myriaddreamin/typst-ts-node-compiler'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
