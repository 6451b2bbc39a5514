/**
 * Which Chromium PDF export and the end-to-end tests start (src/node/chromium.ts):
 * a path named in the environment, else the system's, else Playwright's own;
 * a name that does not exist is passed over.
 */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../src/node/chromium.js';

const on = (...paths: string[]) => (path: string) => paths.includes(path);
const system = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

describe('findChromium', () => {
  it('takes CHROMIUM_PATH, then CAOGAO_CHROMIUM, then CHROME_PATH, when the file is there', () => {
    const env = { CHROMIUM_PATH: '/opt/a', CAOGAO_CHROMIUM: '/opt/b', CHROME_PATH: '/opt/c' };
    expect(findChromium({ env, system, bundled: () => null, exists: on('/opt/a', '/opt/b', '/opt/c', '/usr/bin/chromium') })).toBe('/opt/a');
    expect(findChromium({ env, system, bundled: () => null, exists: on('/opt/b', '/opt/c') })).toBe('/opt/b');
    expect(findChromium({ env, system, bundled: () => null, exists: on('/opt/c') })).toBe('/opt/c');
  });

  it('falls back to the system browsers in order, then to Playwright’s own', () => {
    const env = { CHROMIUM_PATH: '/opt/missing' };
    expect(findChromium({ env, system, bundled: () => '/pw/chrome', exists: on('/usr/bin/google-chrome', '/pw/chrome') })).toBe('/usr/bin/google-chrome');
    expect(findChromium({ env, system, bundled: () => '/pw/chrome', exists: on('/pw/chrome') })).toBe('/pw/chrome');
  });

  it('finds nothing when no candidate exists', () => {
    expect(findChromium({ env: {}, system, bundled: () => '/pw/chrome', exists: on() })).toBeNull();
    expect(findChromium({ env: {}, system, bundled: () => null, exists: on() })).toBeNull();
  });
});
