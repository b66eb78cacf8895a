import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { twinning } from '../plugin.js'
import { databaseAdapter } from './database.js'
import type { Environment } from './environment.js'

/** The ready-to-run Twinning newsroom: the plugin, the database named by DATABASE_URI, five admin languages. */
export async function createConfig(env: Environment, rootDir: string): Promise<SanitizedConfig> {
  return buildConfig({
    admin: {
      // The built-in avatar: gravatar would make every admin page call an outside host.
      avatar: 'default',
      importMap: { baseDir: rootDir },
      meta: { titleSuffix: ' – Twinning' },
    },
    db: await databaseAdapter(env.databaseUri),
    editor: lexicalEditor(),
    // Runs scheduled publishing inside the app process, checked every minute (README, "Scheduled publishing").
    jobs: {
      autoRun: [{ cron: '* * * * *', limit: 50, queue: 'default' }],
      shouldAutoRun: () => env.jobsAutoRun,
    },
    // Loaded on init only: the seed's demo content stays out of every other import of the config.
    onInit: async (payload) => (await import('./initialize.js')).initialize(payload, env),
    // Run from sources, so the admin components come from src/ rather than the built package.
    plugins: [
      twinning({
        adminModule: '/src/admin/index.js',
        cache: env.cache && { redisPrefix: env.redisPrefix, redisUrl: env.redisUrl },
        mediaDir: env.mediaDir,
        partners: {
          corsOrigins: env.corsOrigins,
          rateLimit: env.rateLimit && {
            ...env.rateLimit,
            redisPrefix: env.redisPrefix,
            redisUrl: env.redisUrl,
            trustProxy: env.trustProxy,
          },
          webhooks: { allowedHosts: env.webhookAllowedHosts },
        },
        urlSlugs: { style: Object.fromEntries(env.nativeSlugs.map((code) => [code, 'native'])) },
      }),
    ],
    secret: env.secret,
    serverURL: env.serverUrl,
    sharp,
    typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
  })
}
