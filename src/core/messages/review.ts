/** Messages of review (审阅): 批注 comments and 修订 suggestions in files, exports, imports and the command line. */
export const reviewMessages = {
  'review-no-author': { zh: '未署名', en: 'Unknown author' },
  // PDF and HTML export with comments: a note after the commented paragraph.
  'export-comment-note': { zh: '批注', en: 'Comment' },
  'export-comment-reply': { zh: '回复', en: 'Reply' },
  'export-comment-resolved': { zh: '（已解决）', en: ' (resolved)' },
  'export-comments-elsewhere': { zh: '其他批注（所在段落已删除）', en: 'Other comments (their paragraphs were deleted)' },
  'review-docx-anchor-deleted': { zh: '（原文已删除：“{quote}”）', en: '(The commented text was deleted: "{quote}")' },
  // .docx import
  'import-review-kept': {
    zh: '文档中的审阅记录已保留：{changes} 处修订、{comments} 条批注（{replies} 条回复），修订未自动接受，可逐条接受或拒绝。',
    en: "The document's review was kept: {changes:tracked change|tracked changes} and {comments:comment|comments} ({replies:reply|replies}); the changes were not accepted, each can be accepted or rejected.",
  },
  'import-review-problems': {
    zh: '文档中部分修订或批注的标记不完整，文字已全部导入，能读出的标记已保留：{items}。',
    en: 'Some tracked-change or comment markup in the document is broken; all the text was imported and the markup that could be read was kept: {items}.',
  },
  'import-review-unclosed': { zh: '{count} 条批注的范围没有结尾，已锚定到其引用处或段落末尾', en: '{count} comment ranges had no end and were closed at their reference or the paragraph end' },
  'import-review-missing': { zh: '{count} 处批注标记指向不存在的批注，已略去', en: '{count} comment marks named comments that do not exist and were dropped' },
  'import-review-del-in-ins': { zh: '{count} 处删除修订位于插入修订之内，两者均已保留', en: '{count:deletion|deletions} inside insertions, both kept' },
  'import-review-no-author': { zh: '{count} 处修订或批注没有作者，记为未署名', en: '{count:change or comment|changes or comments} had no author and are shown as unknown' },
  'import-review-bad-parent': {
    zh: 'commentsExtended.xml 中 {count} 项指向不存在的批注，相关回复作为独立批注保留',
    en: 'Entries of commentsExtended.xml pointing at no comment: {count}; their replies were kept as comments of their own',
  },
  'import-review-unplaced': { zh: '{count} 条批注在正文中没有位置，已放在报告开头', en: '{count:comment|comments} with no place in the text put at the start of the report' },
  'import-review-over-limit': { zh: '{count} 处修订或批注超出上限，已略去或截短', en: '{count:change or comment was|changes or comments were} past the limits and dropped or cut' },
  // caogao review
  'cli-review-command': { zh: '列出 .caogao 或 .docx 文件中的批注和修订', en: 'list the comments and tracked changes of a .caogao or .docx file' },
  'cli-review-none': { zh: '没有批注和修订。', en: 'No comments or tracked changes.' },
  'cli-review-comments': { zh: '批注（{count} 条）', en: 'Comments ({count})' },
  'cli-review-suggestions': { zh: '修订（{count} 处）', en: 'Tracked changes ({count})' },
  'cli-review-insert': { zh: '插入', en: 'inserted' },
  'cli-review-delete': { zh: '删除', en: 'deleted' },
  'cli-review-structure': { zh: '结构', en: 'structure' },
  'cli-review-resolved': { zh: '已解决', en: 'resolved' },
  'cli-review-deleted': { zh: '原文已删除', en: 'text deleted' },
  'cli-batch-comments': { zh: '批注', en: 'comments' },
  'cli-batch-suggestions': { zh: '修订', en: 'changes' },
} as const;
