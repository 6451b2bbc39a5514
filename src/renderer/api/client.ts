/**
 * The API as the renderer uses it: the contract's methods returning plain
 * results and rejecting with ApiError (code plus the message in both
 * languages), over whichever bridge the host provides.
 */
import { apiMethods, type CaogaoApi, type CaogaoBridge, type ApiErrorShape, type HostEvent, type Lang } from '../../shared/api.js';

export class ApiError extends Error {
  readonly code: string;
  readonly messages: { zh: string; en: string };

  constructor(shape: ApiErrorShape) {
    super(shape.message.en);
    this.name = 'ApiError';
    this.code = shape.code;
    this.messages = shape.message;
  }

  /** The message in the user's language. */
  userMessage(lang: Lang): string {
    return this.messages[lang];
  }
}

export interface Client extends CaogaoApi {
  /** Listen to what the host pushes (open a document, menu commands, settings); returns the unsubscribe function. */
  onHostEvent(listener: (event: HostEvent) => void): () => void;
}

export function clientFor(bridge: CaogaoBridge): Client {
  const client: Record<string, unknown> = {};
  for (const method of apiMethods) {
    const send = bridge[method] as (arg: unknown) => ReturnType<CaogaoBridge[typeof method]>;
    client[method] = async (arg?: unknown) => {
      const envelope = await send(arg);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    };
  }
  client.onHostEvent = (listener: (event: HostEvent) => void) => bridge.onHostEvent(listener);
  return client as unknown as Client;
}
