/** 字数 for the status bar: the one rule of src/core/wordCount.ts, also used by the versions list. */
export { countText, countWords, countWordsJson } from '../../core/wordCount.js';
