/** A small report to edit in the crafted compare tests, and a compact view of changes. */
import type { Node as PMNode } from 'prosemirror-model';
import type { Change } from '../../../../src/core/diff/index.js';
import { annex, doc, entry, p, part, salutation, section, summary, title } from '../../../support/builder.js';

export function draft(): PMNode {
  return doc(
    title('政府工作报告'),
    salutation('各位代表：'),
    p('现在，我代表区人民政府，向大会报告工作，请予审议。'),
    part(
      '过去一年工作回顾',
      section(
        '经济运行稳中有进',
        p('综合实力不断增强。地区生产总值增长6.5%，固定资产投资增长10%。社会消费品零售总额突破500亿元，居全市第一。'),
        p('就业形势总体稳定。新增城镇就业1.7万人，城镇登记失业率控制在4%以内。'),
      ),
      section(
        '改革开放持续深化',
        p('营商环境持续优化。推行“一网通办”，市场主体新增2.1万户。'),
        p('国资国企改革深入推进。完成企业改制12家，盘活闲置资产20亿元。'),
      ),
      section('民生保障更加有力', p('教育事业优质均衡发展。新改扩建中小学、幼儿园8所，新增学位5000个。')),
    ),
    part(
      '2022年工作安排',
      summary('全年经济社会发展主要预期目标是：地区生产总值增长7.5%左右，固定资产投资增长9%。'),
      section(
        '实施产业质效提升行动',
        p('提速建设武汉金融城。新增金融机构5—6家，金融业增加值突破400亿元。'),
        p('巩固提升消费首位度。建设国际消费中心城市核心区，社会消费品零售总额增长10%。'),
      ),
      section('实施创新动能提升行动', p('推进数字经济引强育新。制定数字经济产业创新发展政策，数字经济核心产业增加值增长15%。')),
      section('实施城区品质提升行动', p('推进城市有机更新。完成老旧小区改造30个，新建口袋公园10个。')),
    ),
    annex('名词解释', entry('六稳', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。'), entry('双减', '减轻义务教育阶段学生作业负担、校外培训负担。')),
  );
}

/** The parts of a change a reader sees: kind, where, what (and where from, for a move or renumber). */
export function brief(c: Change): Record<string, unknown> {
  return {
    kind: c.kind,
    node: c.node,
    path: c.path,
    ...(c.kind === 'move' || c.kind === 'renumber' ? { oldPath: c.oldPath } : {}),
    before: c.before,
    after: c.after,
    ...(c.detail ? { detail: c.detail } : {}),
  };
}
