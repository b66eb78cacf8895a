import { rightsExpiredAt } from './expiry.js'

export type RightsStatus = 'expired' | 'expiring'

/** How the admin flags a photo: expired, expiring within `warningDays`, or (undefined) neither. */
export function rightsStatus(
  rightsExpireAt: unknown,
  warningDays: number,
  now: Date = new Date(),
): RightsStatus | undefined {
  if (rightsExpireAt === null || rightsExpireAt === undefined || rightsExpireAt === '')
    return undefined
  if (rightsExpiredAt(rightsExpireAt, now)) return 'expired'
  const warnFrom = new Date(now.getTime() + warningDays * 24 * 60 * 60 * 1000)
  return rightsExpiredAt(rightsExpireAt, warnFrom) ? 'expiring' : undefined
}
