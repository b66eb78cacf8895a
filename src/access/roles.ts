import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'translator'] as const
export type Role = (typeof ROLES)[number]

/** True when the request's user holds one of the roles. Users without a `roles` field hold none. */
export function hasRole(user: PayloadRequest['user'], ...roles: Role[]): boolean {
  const held = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(held) && held.some((role) => roles.includes(role as Role))
}

/** Newsroom staff (admin, editor or translator): see drafts and every locale, edit documents. */
export const isStaffUser = (user: PayloadRequest['user']): boolean =>
  hasRole(user, 'admin', 'editor', 'translator')

/** The locales a user may write translations in: a translator's own, everyone else's staff all of them. */
export function writableLocales(user: PayloadRequest['user'], all: string[]): string[] {
  if (hasRole(user, 'admin', 'editor')) return all
  const own =
    ((user as { locales?: unknown } | null | undefined)?.locales as string[] | undefined) ?? []
  return hasRole(user, 'translator') ? all.filter((code) => own.includes(code)) : []
}
