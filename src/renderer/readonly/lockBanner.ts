/**
 * The words of the read-only banner: whose lock, on which machine, since
 * when (the viewer's local time, as drafting staff read it: 2026-03-05 14:07).
 */
import { message, type Lang } from '../../core/messages/index.js';
import type { LockHolder } from '../../shared/api.js';

export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function bannerText(file: string, holder: LockHolder, lang: Lang): string {
  const unknown = lang === 'zh' ? '未知' : 'unknown';
  return message('readonly-banner', lang, {
    file,
    user: holder.user.trim() || unknown,
    host: holder.host.trim() || unknown,
    since: localTime(holder.since),
  });
}
