/**
 * The one zod schema of a NormalizedItem (src/model.ts) as it is persisted: in shard outputs
 * (src/shard/output.ts) and in the Google News waiting list (src/collect/googlenews.ts). Strict, so a
 * file written by a different version is named as such instead of being half-read.
 */
import { z } from 'zod';
export const sourceKindSchema = z.enum(['feed', 'google-news', 'youtube', 'html']);
export const normalizedItemSchema = z.strictObject({
    sourceId: z.string().min(1),
    sourceKind: sourceKindSchema,
    title: z.string(),
    link: z.string().min(1),
    published: z.string().optional(),
    summary: z.string().optional(),
    guid: z.string().optional(),
    outlet: z.string().optional(),
    undecoded: z.boolean().optional(),
    googleNewsToken: z.string().optional(),
    kindHint: z.string().optional(),
});
const _sameShape = [true, true];
void _sameShape;
