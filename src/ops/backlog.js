/**
 * The backlog: collected items a run did not write because of the limits (pages/caps.ts). The next
 * run adds them to what it collects, so they land even when the feed has moved on; the gate drops any
 * that meanwhile landed (they are in the seen file). Lives in the state folder: losing it only means
 * the excess is found again in the feeds, as long as they still carry it.
 */
import { z } from 'zod';
import { errorMessage } from '../errors.js';
import { readIfExists, writeFileAtomic } from '../fsutil.js';
import { normalizedItemSchema } from '../item-schema.js';
/** The backlog file is data we wrote, but may be damaged or from another version: read it through this. */
const backlogFile = z.object({ version: z.literal(1), items: z.array(normalizedItemSchema) });
/** Items waiting from earlier runs; a damaged file gives none and a warning naming it. */
export async function readBacklog(file) {
    const text = await readIfExists(file);
    if (text === undefined)
        return { items: [] };
    try {
        const parsed = backlogFile.parse(JSON.parse(text));
        return { items: parsed.items };
    }
    catch (err) {
        return { items: [], warning: `backlog ${file} unreadable, ignored (its items come back from the feeds): ${errorMessage(err).slice(0, 300)}` };
    }
}
/** Replace the backlog with what this run deferred (an empty list empties it). */
export async function writeBacklog(file, items) {
    const keep = (i) => {
        const { sourceId, sourceKind, title, link, published, summary, guid, outlet, undecoded, kindHint } = i;
        return Object.fromEntries(Object.entries({ sourceId, sourceKind, title, link, published, summary, guid, outlet, undecoded, kindHint }).filter(([, v]) => v !== undefined));
    };
    await writeFileAtomic(file, `${JSON.stringify({ version: 1, items: items.map(keep) })}\n`);
}
