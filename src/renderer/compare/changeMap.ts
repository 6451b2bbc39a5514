/**
 * 改动分布: a thin strip beside the rows' scrollbar with a mark for each
 * change at its place in the document, coloured by kind, as code editors show
 * search hits. A click on a mark goes to the change.
 */
import type { Change } from '../../core/diff/index.js';
import { tx } from '../app/i18n.js';
import { h, setChildren } from '../util/dom.js';

export class ChangeMap {
  readonly el: HTMLElement = tx(h('div', { class: 'cmp-map' }), { 'aria-label': 'compare-map' });

  constructor(private readonly select: (index: number) => void) {}

  /** `rowOf[i]` is the first row of change i; `rows` the number of rows. */
  show(changes: Change[], visible: number[], rowOf: number[], rows: number): void {
    setChildren(
      this.el,
      ...visible.map((i) => {
        const mark = h('button', { type: 'button', class: `cmp-mark cmp-kind-${changes[i].kind}`, tabindex: -1, 'aria-hidden': 'true' });
        mark.style.top = `${(100 * rowOf[i]) / Math.max(rows, 1)}%`;
        mark.addEventListener('click', () => this.select(i));
        return mark;
      }),
    );
  }
}
