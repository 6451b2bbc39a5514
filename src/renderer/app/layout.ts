/**
 * The window's frame: toolbar and find bar on top, then outline, the page on
 * its desk, and the checks panel side by side, and the status bar at the
 * bottom. The page is an A4 sheet with GB/T 9704 margins (styles/page.css)
 * holding the editable text.
 */
import { h } from '../util/dom.js';

export interface Layout {
  root: HTMLElement;
  top: HTMLElement;
  workspace: HTMLElement;
  desk: HTMLElement;
  page: HTMLElement;
  mount: HTMLElement;
}

export function createLayout(): Layout {
  const mount = h('div', { class: 'page-text' });
  const page = h('div', { class: 'page' }, mount);
  const desk = h('main', { class: 'desk' }, h('div', { class: 'page-zoom' }, page));
  const workspace = h('div', { class: 'workspace outline-on checks-on' });
  const top = h('header', { class: 'top' });
  const root = h('div', { class: 'app' }, top, workspace);
  return { root, top, workspace, desk, page, mount };
}
