import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { outlineCommand } from './outline.js';

/** Every `caogao` command, in the order `caogao --help` lists them. */
export const commands: Command[] = [importCommand, outlineCommand];
