/** Messages of review (审阅): 批注 comments and 修订 suggestions in files, exports, imports and the command line. */
export const reviewMessages = {
  'review-no-author': { zh: '未署名', en: 'Unknown author' },
  'review-docx-anchor-deleted': { zh: '（原文已删除：“{quote}”）', en: '(The commented text was deleted: "{quote}")' },
} as const;
