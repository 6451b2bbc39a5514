/**
 * Before the end-to-end tests: build the renderer (and main, preload) with
 * electron-vite, so that the browser host serves the current sources, not an
 * old out/renderer.
 */
import { buildApp } from '../support/buildApp.js';

export default function globalSetup(): void {
  buildApp();
}
