/**
 * Dates as photo metadata writes them, to ISO 8601 in UTC. A time with an offset is exact; a time
 * without one (the camera's clock, zone unknown) is read as UTC, so the clock time shows unchanged
 * in UTC; a date without a time is taken at 12:00 UTC, which stays on the same calendar day in
 * every zone from UTC−11 to UTC+11. Anything that is not a real date gives `undefined`.
 */

const pad = (value: string | undefined, fallback = '00') => value ?? fallback

function toIso(
  [year, month, day]: [string, string, string],
  time: [string, string, string] | undefined,
  offset: string | undefined,
): string | undefined {
  const [hour, minute, second] = time ?? ['12', '00', '00']
  // An offset that is not one (garbage) counts as none.
  const zone = (time && offset && normalizeOffset(offset)) || 'Z'
  const stamp = `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`
  const date = new Date(stamp)
  if (Number.isNaN(date.getTime())) return undefined
  // Date accepts 2025-02-30 as March 2nd: the fields must survive the round trip (in UTC+0 terms).
  const check = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`)
  if (
    check.getUTCFullYear() !== Number(year) ||
    check.getUTCMonth() + 1 !== Number(month) ||
    check.getUTCDate() !== Number(day) ||
    Number(year) < 1800
  )
    return undefined
  return date.toISOString()
}

/** `+02:00`, `+0200`, `-05`, `Z` → `+02:00` / `Z`; undefined when not an offset. */
function normalizeOffset(offset: string): string | undefined {
  if (offset === 'Z') return 'Z'
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset.trim())
  if (!match || Number(match[2]) > 14 || Number(match[3] ?? 0) > 59) return undefined
  return `${match[1]}${match[2]}:${pad(match[3])}`
}

/** EXIF DateTimeOriginal `2025:07:14 10:30:00` with OffsetTimeOriginal `+02:00` when present. */
export function parseExifDate(value: string | undefined, offset?: string): string | undefined {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value ?? '')
  if (!match) return undefined
  const [, year, month, day, hour, minute, second] = match as unknown as string[]
  return toIso([year!, month!, day!], [hour!, minute!, second!], offset)
}

/** IPTC DateCreated `20250714` with TimeCreated `103000+0200` when present. */
export function parseIptcDate(date: string | undefined, time?: string): string | undefined {
  const day = /^(\d{4})(\d{2})(\d{2})$/.exec(date ?? '')
  if (!day) return undefined
  const clock = /^(\d{2})(\d{2})(\d{2})([+-]\d{4})?$/.exec(time ?? '')
  return toIso(
    [day[1]!, day[2]!, day[3]!],
    clock ? [clock[1]!, clock[2]!, clock[3]!] : undefined,
    clock?.[4],
  )
}

/** XMP dates (ISO 8601): `2025-07-14`, `2025-07-14T10:30`, `2025-07-14T10:30:00.5+02:00`. */
export function parseXmpDate(value: string | undefined): string | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      value?.trim() ?? '',
    )
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, zone] = match
  return toIso(
    [year!, month!, day!],
    hour !== undefined ? [hour, minute!, pad(second)] : undefined,
    zone,
  )
}
