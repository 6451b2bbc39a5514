/**
 * Review (审阅): 批注 comments kept beside the document and 修订 suggestions
 * marked in it. index.ts only re-exports.
 */
export * from './comments.js';
export * from './suggestions.js';
export * from './structure.js';
export * from './fromComparison.js';
