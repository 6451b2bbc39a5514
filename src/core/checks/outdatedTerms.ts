/**
 * Default list for outdated-term: names the statistical system or the 2018
 * institutional reform replaced. The user edits the list in the document's
 * settings (`checks.outdatedTerms`); a list there replaces this one.
 */
export interface OutdatedTerm {
  term: string;
  replacement: string;
}

export const DEFAULT_OUTDATED_TERMS: readonly OutdatedTerm[] = [
  // 2013: the urban/rural household survey was unified (城乡一体化住户调查)
  { term: '农民人均纯收入', replacement: '农村居民人均可支配收入' },
  { term: '农村居民人均纯收入', replacement: '农村居民人均可支配收入' },
  // 2011: the threshold and name of urban investment statistics changed
  { term: '城镇固定资产投资', replacement: '固定资产投资（不含农户）' },
  // 2016: the two medical insurance schemes were merged
  { term: '新型农村合作医疗', replacement: '城乡居民基本医疗保险' },
  { term: '城镇居民基本医疗保险', replacement: '城乡居民基本医疗保险' },
  // 2018: institutional reform
  { term: '工商行政管理局', replacement: '市场监督管理局' },
  { term: '食品药品监督管理局', replacement: '市场监督管理局' },
  { term: '国土资源局', replacement: '自然资源和规划局' },
  { term: '环境保护局', replacement: '生态环境局' },
  { term: '安全生产监督管理局', replacement: '应急管理局' },
  { term: '卫生和计划生育委员会', replacement: '卫生健康委员会' },
  { term: '卫计委', replacement: '卫健委' },
];
