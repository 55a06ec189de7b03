/** Collect: fetch every enabled source (or take what an injected collector supplies). */
import { collectSources } from '../../collect/collect.js';
import { FileHttpCache } from '../../http/cache.js';
import { Fetcher } from '../../http/fetcher.js';
/** The default collector: the configured sources over HTTP, through the HTTP cache in the state folder. */
export const fetchSources = async (ctx, signal) => {
    const fetcher = new Fetcher(ctx.config.http, new FileHttpCache(ctx.state.httpCache, ctx.logger), {
        logger: ctx.logger,
        clock: ctx.clock,
        refresh: ctx.settings.refresh,
    });
    // Past the budget, connections are torn down so no request outlives the stage.
    const onAbort = () => void fetcher.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
        return await collectSources(ctx.config, fetcher, ctx.logger, ctx.onProgress);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted)
            await fetcher.abort();
        else
            await fetcher.close();
    }
};
