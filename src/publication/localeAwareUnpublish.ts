import type { CollectionSlug, Payload, TaskConfig, TaskHandlerArgs } from 'payload'

interface ScheduleInput {
  doc?: { relationTo: CollectionSlug; value: number | string }
  locale?: string
  type?: 'publish' | 'unpublish'
  user?: { relationTo: CollectionSlug; value: number | string } | number | string
}

/**
 * Payload's `schedulePublish` job publishes one locale, but its unpublish ignores the locale and
 * would withdraw the default one. Payload adds that task after plugins run, so this wraps its
 * handler once the config is built: a scheduled unpublish with a locale withdraws exactly that
 * locale (through the same `localeStatus: 'unpublished'` write as the admin); everything else is
 * Payload's own handler.
 */
export function makeScheduledUnpublishLocaleAware(payload: Payload): void {
  const task = payload.config?.jobs?.tasks?.find(
    (candidate) => candidate.slug === 'schedulePublish',
  ) as TaskConfig | undefined
  const original = task?.handler
  if (!task || typeof original !== 'function' || (original as { twinning?: boolean }).twinning)
    return
  const codes = payload.config?.localization ? payload.config.localization.localeCodes : []

  const handler = async (args: TaskHandlerArgs<never>) => {
    const input = args.input as ScheduleInput | undefined
    if (input?.type !== 'unpublish' || !input.doc || !input.locale || !codes.includes(input.locale))
      return original(args as never)
    const { req } = args
    // As Payload does: act as the user who scheduled it, or with full access when no user is recorded.
    const user =
      input.user && typeof input.user === 'object'
        ? {
            ...(await req.payload.findByID({
              collection: input.user.relationTo,
              depth: 0,
              id: input.user.value,
            })),
            collection: input.user.relationTo,
          }
        : null
    const idType =
      req.payload.collections[input.doc.relationTo]?.customIDType ?? req.payload.db.defaultIDType
    await req.payload.update({
      collection: input.doc.relationTo,
      data: { localeStatus: 'unpublished' } as never,
      depth: 0,
      id: idType === 'number' ? Number(input.doc.value) : input.doc.value,
      locale: input.locale as never,
      overrideAccess: user === null,
      user,
    })
    return { output: {} }
  }
  task.handler = Object.assign(handler, { twinning: true }) as unknown as TaskConfig['handler']
}
