import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Payload names its errors by class (`ValidationError`, `Forbidden`, …) and answers that name to
  // API clients; minifying the server bundle renamed them to letters ("name": "g").
  experimental: { serverMinification: false },
  serverExternalPackages: [
    'sharp',
    '@libsql/client',
    'libsql',
    'ioredis',
    'lindera-wasm-nodejs-ipadic',
    '@node-rs/jieba',
  ],
  webpack: (webpackConfig) => {
    // Our TypeScript sources import each other with `.js` endings (ESM style).
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
