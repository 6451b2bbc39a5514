/** Messages of pages and print (menu 文件 and 视图, the page view, 打印预览). */
export const pagesMessages = {
  'menu-file-print': { zh: '打印…', en: 'Print…' },
  'menu-file-print-preview': { zh: '打印预览', en: 'Print Preview' },
  'menu-view-pages': { zh: '页面视图', en: 'Page View' },
  /** The gap in the page view where a printed page begins. */
  'ui-page-n': { zh: '第{n}页', en: 'Page {n}' },
  'ui-page-count': { zh: '共 {n} 页', en: '{n:page|pages}' },
  'ui-print-preview-title': { zh: '打印预览', en: 'Print preview' },
  'ui-print': { zh: '打印', en: 'Print' },
} as const;
