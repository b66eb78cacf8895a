import type { Localized } from '../types.js'

/** The German partner municipalities, named in the five locales. */
export const stuttgart: Localized = {
  de: 'Stuttgart',
  en: 'Stuttgart',
  zh: '斯图加特',
  ko: '슈투트가르트',
  ja: 'シュトゥットガルト',
}

export const koeln: Localized = { de: 'Köln', en: 'Cologne', zh: '科隆', ko: '쾰른', ja: 'ケルン' }

export const braunschweig: Localized = {
  de: 'Braunschweig',
  en: 'Braunschweig',
  zh: '不伦瑞克',
  ko: '브라운슈바이크',
  ja: 'ブラウンシュヴァイク',
}
