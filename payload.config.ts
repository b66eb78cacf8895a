import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createConfig } from './src/setup/config.js'
import { readEnvironment, StartupError } from './src/setup/environment.js'

/** Reads the environment and builds the config; a misconfiguration stops startup with one line, not a stack trace. */
async function load() {
  try {
    return await createConfig(readEnvironment(), path.dirname(fileURLToPath(import.meta.url)))
  } catch (error) {
    if (!(error instanceof StartupError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

export default load()
