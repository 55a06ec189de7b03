/**
 * A loopback emulator of the two Google News endpoints the resolver uses (see src/feeds/resolve.ts),
 * in the shapes the public decoders document, for the tests, the benchmark and the offline demo:
 *
 * - GET `/articles/<token>` and `/rss/articles/<token>`: a page whose `c-wiz > div[jscontroller]`
 *   carries `data-n-a-sg` / `data-n-a-ts` (404 for an unknown token; optionally a redirect to a
 *   "sorry" page for `/articles/`, or an interstitial without the attributes, as Google does);
 * - POST `/_/DotsSplashUi/data/batchexecute`: `)]}'`, a blank line, JSON rows with
 *   `["wrb.fr","Fbv4je","[\"garturlres\",\"<url>\",1]",…]` when the signature matches the token.
 *
 * Like Google it answers 429 (Retry-After: 1) when more than `maxInFlight` of these requests are in
 * flight at once, and counts everything so a test can assert politeness.
 */
import { createHash } from 'node:crypto';
import { BATCHEXECUTE_PATH } from '../feeds/resolve.js';
const TIMESTAMP = 1_764_115_200;
const ARTICLE_PATH = /^\/(?:rss\/)?articles\/([A-Za-z0-9_-]+)$/;
function signatureOf(token) {
    return `AV${createHash('sha256').update(token).digest('base64url').slice(0, 30)}`;
}
function page(token) {
    return `<!doctype html><html><head><title>Google News</title></head><body><c-wiz jsrenderer="x"><div jscontroller="aLI87" jsaction="rcuQ6b:npT2md" data-n-a-id="${token}" data-n-a-sg="${signatureOf(token)}" data-n-a-ts="${TIMESTAMP}"></div></c-wiz></body></html>`;
}
function batchAnswer(url) {
    const rows = [
        ['wrb.fr', 'Fbv4je', JSON.stringify(['garturlres', url, 1]), null, null, null, 'generic'],
        ['di', 42],
        ['af.httprm', 41, '-1234567890123456789', 7],
    ];
    return `)]}'\n\n${JSON.stringify(rows)}`;
}
/** The token, timestamp and signature of a garturlreq form body; undefined when it is not one. */
function readBatchRequest(body) {
    try {
        const freq = new URLSearchParams(body).get('f.req');
        const envelope = JSON.parse(freq ?? '')[0]?.[0];
        if (!Array.isArray(envelope) || envelope[0] !== 'Fbv4je' || typeof envelope[1] !== 'string')
            return undefined;
        const inner = JSON.parse(envelope[1]);
        if (inner[0] !== 'garturlreq' || typeof inner[2] !== 'string' || typeof inner[3] !== 'number' || typeof inner[4] !== 'string')
            return undefined;
        return { token: inner[2], ts: inner[3], sig: inner[4] };
    }
    catch {
        return undefined;
    }
}
export function googleNewsEmulator(opts) {
    const max = opts.maxInFlight ?? 2;
    const stats = { pages: 0, batches: 0, tooMany: 0, maxInFlight: 0 };
    let inFlight = 0;
    const answer = (req) => {
        const path = req.path.replace(/\?.*$/, '');
        const article = ARTICLE_PATH.exec(path);
        if (req.method === 'GET' && article) {
            stats.pages++;
            if (opts.articlesRedirect && !path.startsWith('/rss/'))
                return { redirectTo: '/sorry/index', status: 302 };
            const token = article[1];
            if (!(token in opts.tokens))
                return { status: 404, body: 'not found' };
            if (opts.interstitial)
                return { body: '<html><body><script>window.location.reload()</script></body></html>', contentType: 'text/html; charset=utf-8', etag: false };
            return { body: page(token), contentType: 'text/html; charset=utf-8', etag: false };
        }
        if (req.method === 'POST' && path === BATCHEXECUTE_PATH) {
            stats.batches++;
            const r = readBatchRequest(req.body);
            const url = r ? opts.tokens[r.token] : undefined;
            if (!r || url === undefined || r.sig !== signatureOf(r.token) || r.ts !== TIMESTAMP)
                return { status: 400, body: `)]}'\n\n[["er",null,null,null,null,400]]` };
            return { body: batchAnswer(url), contentType: 'application/json; charset=utf-8', etag: false };
        }
        return undefined;
    };
    return {
        stats,
        async handle(req) {
            const path = req.path.replace(/\?.*$/, '');
            if (!ARTICLE_PATH.test(path) && path !== BATCHEXECUTE_PATH)
                return undefined;
            inFlight++;
            stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
            try {
                if (inFlight > max) {
                    stats.tooMany++;
                    return { status: 429, retryAfter: '1', body: 'Too Many Requests', etag: false };
                }
                if (opts.latencyMs)
                    await new Promise((r) => setTimeout(r, opts.latencyMs));
                if (opts.hold)
                    await opts.hold;
                return answer(req);
            }
            finally {
                inFlight--;
            }
        },
    };
}
