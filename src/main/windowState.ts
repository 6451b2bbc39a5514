/**
 * Remembering where the window was: size, position and maximised state, in
 * window.json in the user-data folder. A saved position that no longer lies
 * on any screen (a monitor was unplugged) is dropped, keeping the size.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../node/host/jsonFile.js';

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 900, maximized: false };

/** The state to open with: the saved one if its top-left corner region is visible on a screen. */
export function fitToScreens(saved: WindowState, screens: Area[]): WindowState {
  if (saved.x === undefined || saved.y === undefined) return saved;
  const { x, y } = saved;
  const visible = screens.some((s) => x + 100 > s.x && x < s.x + s.width - 100 && y >= s.y - 10 && y < s.y + s.height - 50);
  return visible ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}

export const windowStateFile = (dataDir: string) => join(dataDir, 'window.json');

export function loadWindowState(dataDir: string): Promise<WindowState> {
  return readJsonFile(windowStateFile(dataDir), stateSchema, DEFAULT_WINDOW);
}

export function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  return writeJsonFile(windowStateFile(dataDir), stateSchema.parse(state));
}
