import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import type { Config, Field } from 'payload'

import { twinning } from '../../src/index.js'
import { flattenResource } from '../../src/i18n/resources.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const LANGUAGES = ['de', 'en', 'zh', 'ko', 'ja']
const files = Object.fromEntries(
  LANGUAGES.map((lng) => [
    lng,
    flattenResource(JSON.parse(readFileSync(path.join(ROOT, 'locales', `${lng}.json`), 'utf8'))),
  ]),
)
const vars = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('locales/*.json', () => {
  it('have the same keys in all five languages', () => {
    const keys = Object.keys(files.de!).sort()
    expect(keys.length).toBeGreaterThan(300)
    for (const lng of LANGUAGES) expect(Object.keys(files[lng]!).sort()).toEqual(keys)
  })

  it('have no empty strings and the same {{vars}} per key', () => {
    for (const [key, german] of Object.entries(files.de!)) {
      for (const lng of LANGUAGES) {
        const text = files[lng]![key]!
        expect({ key, lng, empty: text.trim() === '' }).toEqual({ key, lng, empty: false })
        expect({ key, lng, vars: vars(text) }).toEqual({ key, lng, vars: vars(german) })
      }
    }
  })

  it('contain every key the code uses', () => {
    const sources: string[] = []
    const collect = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry)
        if (statSync(full).isDirectory()) collect(full)
        else if (/\.tsx?$/.test(entry)) sources.push(readFileSync(full, 'utf8'))
      }
    }
    collect(path.join(ROOT, 'src'))
    collect(path.join(ROOT, 'collections'))
    const used = new Set<string>()
    for (const source of sources) {
      for (const m of source.matchAll(/\blabel\('([\w.]+)'/g)) used.add(m[1]!)
      for (const m of source.matchAll(/\btranslate\([^,]+,\s*'([\w.]+)'/g)) used.add(m[1]!)
      for (const m of source.matchAll(/\bt\('twinning:([\w.]+)'/g)) used.add(m[1]!)
      for (const m of source.matchAll(/urlField\('\w+',\s*'([\w.]+)'/g)) used.add(m[1]!)
    }
    expect(used.size).toBeGreaterThan(40)
    expect([...used].filter((key) => !(key in files.de!))).toEqual([])
  })
})

describe('labels in the config', () => {
  const config = twinning()({ collections: [], secret: 'x' } as unknown as Config)
  const problems: string[] = []
  const checkLabel = (where: string, value: unknown) => {
    if (value === undefined || value === false) return
    if (typeof value !== 'object' || value === null) {
      problems.push(`${where}: plain ${typeof value}`)
      return
    }
    for (const lng of LANGUAGES) {
      const text = (value as Record<string, unknown>)[lng]
      if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: no ${lng}`)
    }
  }
  const walk = (fields: Field[], where: string) => {
    for (const field of fields) {
      const name = 'name' in field ? field.name : field.type
      const here = `${where}.${name}`
      if ('label' in field) checkLabel(`${here} label`, field.label)
      else if ('name' in field) problems.push(`${here}: no label`)
      const description = (field.admin as { description?: unknown } | undefined)?.description
      checkLabel(`${here} description`, description)
      if (
        'options' in field &&
        !(field.custom as { twinning?: { labelsAreCodes?: boolean } } | undefined)?.twinning
          ?.labelsAreCodes
      ) {
        for (const option of field.options) {
          if (typeof option === 'string') problems.push(`${here} option ${option}: plain string`)
          else checkLabel(`${here} option ${option.value}`, option.label)
        }
      }
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          checkLabel(`${here} tab`, tab.label)
          walk(tab.fields, here)
        }
      else if ('fields' in field) walk(field.fields, here)
    }
  }
  for (const collection of config.collections ?? []) {
    checkLabel(`${collection.slug} singular`, collection.labels?.singular)
    checkLabel(`${collection.slug} plural`, collection.labels?.plural)
    checkLabel(`${collection.slug} group`, collection.admin?.group)
    walk(collection.fields, collection.slug)
  }
  const localization = config.localization as Exclude<Config['localization'], false | undefined>
  for (const locale of localization.locales)
    checkLabel(
      `locale ${typeof locale === 'string' ? locale : locale.code}`,
      typeof locale === 'string' ? locale : locale.label,
    )

  it('are objects with all five languages filled, never plain strings', () => {
    expect(problems).toEqual([])
  })
})
