import type { Validate } from 'payload'

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/**
 * Wraps a field validator so a missing required localized value says which locale lacks it
 * ("This field is required in ko."), instead of Payload's locale-less "This field is required".
 */
export function requiredInLocale<T extends Validate<any, any, any, any>>(validate: T): T {
  return (async (value: unknown, args: Parameters<T>[1]) => {
    if (args.required && isEmpty(value)) {
      return args.req.t('twinning:errors.requiredInLocale' as never, {
        locale: args.req.locale ?? '',
      })
    }
    return validate(value, args)
  }) as T
}
