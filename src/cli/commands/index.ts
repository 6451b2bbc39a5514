import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { outlineCommand } from './outline.js';
import { reviewCommand } from './review.js';
import { targetsCommand } from './targets.js';
import { webCommand } from './web.js';

/** Every `caogao` command, in the order `caogao --help` lists them. */
export const commands: Command[] = [importCommand, outlineCommand, checkCommand, targetsCommand, reviewCommand, diffCommand, exportCommand, webCommand];
