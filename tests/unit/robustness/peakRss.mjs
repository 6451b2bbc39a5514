// Loaded with `node --import` by the robustness tests: on exit, writes the
// process's peak resident memory (KB, worker threads included) to the file
// named by CAOGAO_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.CAOGAO_PEAK_RSS_FILE) writeFileSync(process.env.CAOGAO_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
