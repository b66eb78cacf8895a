import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, FieldHook } from 'payload'

/**
 * Hooks of the `api-clients` collection that belong to webhooks (being built): URL checks at
 * registration, the signing secret (generated, stored encrypted), and a client's deliveries
 * removed with it.
 */
export const checkWebhookUrls: CollectionBeforeChangeHook = ({ data }) => data
export const ensureWebhookSecret: CollectionBeforeChangeHook = ({ data }) => data
export const encryptWebhookSecret: FieldHook = ({ value }) => value
export const decryptWebhookSecret: FieldHook = ({ value }) => value
export const deleteClientDeliveries: CollectionBeforeDeleteHook = () => undefined
