/**
 * One call of the API as every host runs it: validate the argument against the
 * method's schema, run the service, and wrap the outcome in an envelope. A
 * CaogaoError becomes its catalog code and both messages; anything else is an
 * internal error. Electron's IPC wiring and the browser host both use this, so
 * they refuse and report exactly the same way.
 */
import { CaogaoError } from '../core/errors.js';
import { message, type MessageKey } from '../core/messages/index.js';
import { apiSchemas, type ApiErrorShape, type ApiMethod, type CaogaoApi, type Envelope } from './api.js';

export function errorShape(code: MessageKey, params: Record<string, string | number>): ApiErrorShape {
  return { code, message: { zh: message(code, 'zh', params), en: message(code, 'en', params) } };
}

export function failure(code: MessageKey, params: Record<string, string | number>): Envelope<never> {
  return { ok: false, error: errorShape(code, params) };
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}

export async function dispatch(services: CaogaoApi, method: ApiMethod, arg: unknown): Promise<Envelope<unknown>> {
  const parsed = apiSchemas[method].arg.safeParse(arg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue.path.join('.') || '(参数)'}：${issue.message}`;
    return failure('api-bad-request', { method, detail });
  }
  try {
    const run = services[method] as (a: unknown) => Promise<unknown>;
    const value = await run.call(services, parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof CaogaoError) return { ok: false, error: errorShape(error.code, error.params) };
    return failure('api-internal', { method, detail: error instanceof Error ? error.message : String(error) });
  }
}
