/**
 * `base` with the `n`-th suffix (`n` = 1: `base` itself; 2: `base-2`), at most `maxLength` long:
 * the base is cut back at a hyphen (a word boundary) to make room for the suffix.
 */
export function withSuffix(base: string, n: number, maxLength: number): string {
  if (n <= 1) return base.slice(0, maxLength)
  const suffix = `-${n}`
  let head = base
  if (head.length + suffix.length > maxLength) {
    head = head.slice(0, maxLength - suffix.length)
    const cut = head.lastIndexOf('-')
    if (cut > 0) head = head.slice(0, cut)
  }
  return `${head.replace(/-+$/, '')}${suffix}`
}
