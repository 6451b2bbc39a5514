/**
 * Lead sentences (段首句). In a report's task and review sections most
 * paragraphs open with a short summary sentence (综合经济实力不断增强。) that
 * print shows in bold. Plain text loses the bold, so import marks a first
 * sentence that is short, has no comma, and is followed by more text.
 */
const MAX_LEAD = 24;

/** Length of the lead sentence including its 。, or 0 when the paragraph has none. */
export function leadSentenceLength(text: string): number {
  const end = text.indexOf('。');
  if (end <= 1 || end + 1 > MAX_LEAD || end + 1 >= text.length) return 0;
  const sentence = text.slice(0, end);
  if (/[，,；;：:！？]/.test(sentence)) return 0;
  return end + 1;
}
