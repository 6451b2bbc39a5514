/**
 * Test hosts start with a user who already confirmed their name (署名), so the
 * first-start question (src/renderer/settings/installIdentity.ts) does not
 * stand in front of tests about other things. The first-start test passes
 * `identity: false` and sees the question.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const TEST_AUTHOR = '测试用户';

/** Write settings.json with the test user's name into a fresh user-data folder (one that has none). */
export async function seedIdentity(dataDir: string, author = TEST_AUTHOR): Promise<void> {
  const file = join(dataDir, 'settings.json');
  if (existsSync(file)) return;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify({ author })}\n`);
}
