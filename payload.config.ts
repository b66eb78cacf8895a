import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createConfig } from './src/setup/config.js'
import { environmentOrExit } from './src/setup/environment.js'

export default createConfig(environmentOrExit(), path.dirname(fileURLToPath(import.meta.url)))
