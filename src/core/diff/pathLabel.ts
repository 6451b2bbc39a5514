/**
 * A heading path as people cite it: ["三", "（二）", "1."] → 三（二）1.,
 * ["三"] → 三、, ["附件", "5."] → 附件 5., [] → 开头 (the title block and preamble).
 */
import { message, type Lang } from '../messages/index.js';

export function pathLabel(path: readonly string[], lang: Lang = 'zh'): string {
  if (!path.length) return message('compare-preamble', lang);
  if (path[0] === '附件') return [message('compare-annex', lang), ...path.slice(1)].join(' ');
  return path.length === 1 ? `${path[0]}、` : path.join('');
}
