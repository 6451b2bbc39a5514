import { CaogaoError } from '../../src/core/errors.js';
import { parseCaogao } from '../../src/core/format/caogaoFile.js';

/** The error with which parseCaogao refuses `text` (read as 报告.caogao); throws when it is accepted. */
export function caogaoRefusal(text: string): CaogaoError {
  try {
    parseCaogao(text, '报告.caogao');
  } catch (e) {
    if (e instanceof CaogaoError) return e;
    throw e;
  }
  throw new Error('parseCaogao accepted the input');
}
