/**
 * 批注 comments as the .caogao file stores them (format version 2): an array
 * `comments` beside the document, and one beside each version's document.
 * Their shape and bounds are checked here before anything else reads them.
 *
 * Bounds: far above what a review produces (a heavily marked-up draft has a
 * few hundred comments) and far below what would slow opening: 10,000
 * comments of at most 100 replies, a text of at most 20,000 characters.
 */
import { z } from 'zod';
import type { ReviewComment } from '../review/comments.js';

export const COMMENT_LIMITS = { comments: 10_000, replies: 100, text: 20_000, name: 200, id: 100 };

const id = z.string().min(1).max(COMMENT_LIMITS.id);
const name = z.string().max(COMMENT_LIMITS.name);
const date = z.string().max(64);
const text = z.string().max(COMMENT_LIMITS.text);

const replySchema = z.object({ id, author: name, date, text });

const anchorSchema = z.object({
  blockId: z.string().max(COMMENT_LIMITS.id),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  quote: text,
  deleted: z.boolean().optional(),
  lostBlockId: z.string().max(COMMENT_LIMITS.id).optional(),
});

export const commentSchema = z.object({
  id,
  author: name,
  initials: z.string().max(20).optional(),
  date,
  text,
  anchor: anchorSchema,
  resolved: z.boolean(),
  replies: z.array(replySchema).max(COMMENT_LIMITS.replies),
});

export const commentsSchema = z.array(commentSchema).max(COMMENT_LIMITS.comments);

// The schema and the model's type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<z.infer<typeof commentSchema>, ReviewComment> = true;
void sameShape;
