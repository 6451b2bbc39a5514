/**
 * IPC channel names, apart from the contract's schemas so that the sandboxed
 * preload can use them without bundling zod.
 */
/** IPC channel of a contract method. */
export const channelOf = (method: string): string => `caogao:${method}`;
/** Channel on which main pushes HostEvents to the page. */
export const EVENT_CHANNEL = 'caogao:event';
/** Channel the preload sends on once the page listens for host events. */
export const EVENTS_READY_CHANNEL = 'caogao:eventsReady';
