/** `npm run corpus`: how Caogao reads the 21 real reports, against their hand annotations. */
import { corpusFigures, formatCorpusFigures } from '../support/corpusFigures.js';

console.log(formatCorpusFigures(corpusFigures()));
