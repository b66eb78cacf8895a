import { translate } from '../../i18n/label.js'

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * A photo's credit line in one language's form ("Foto: …", "摄影：…"). The credit itself is never
 * translated. The copyright holder is added only where the credit does not already name it
 * ("Landeshauptstadt Stuttgart/Miriam Kessler" owned by "Landeshauptstadt Stuttgart" stays as it
 * is). Null for a photo without a credit.
 */
export function creditLine(language: string, credit: unknown, holder: unknown): string | null {
  const name = trimmed(credit)
  if (!name) return null
  const owner = trimmed(holder)
  if (!owner || name.toLocaleLowerCase().includes(owner.toLocaleLowerCase()))
    return translate(language, 'photos.creditLine.credit', { credit: name })
  return translate(language, 'photos.creditLine.creditAndHolder', { credit: name, holder: owner })
}
