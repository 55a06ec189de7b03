/**
 * A throw-away, fully offline copy of the wiki wired like production: a bare git repository as
 * `origin`, a clone holding the wiki's pages, and a loopback server (127.0.0.1) serving the bundled
 * fixture feeds in place of the real sources. Used by `wiki-daily demo`, the end-to-end tests and the
 * benchmark, so all three exercise the same real parts.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { DEFAULT_CONFIG_FILE, parseConfig } from '../config/load.js';
import { googleNewsEmulator } from './googlenews.js';
import { startFixtureServer } from './server.js';
/**
 * What the demo's Google News emulator knows: the opaque token of googlenews.xml (a 뉴스1 article)
 * and the 22 opaque tokens of the real-shaped capture (googlenews-opaque.json).
 */
export async function demoGoogleNewsTokens(fixtures) {
    const capture = JSON.parse(await readFile(path.join(fixtures, 'googlenews-opaque.json'), 'utf8'));
    return {
        ...capture,
        CBMiP0FVX3lxTE5tOGNSMXBYMHYzYnEyS2Y3aFp0V3FZazVKZE00ZVM5Z0ExdVRuVnhDNm9QekxyRThpSGpCMndReQ: 'https://www.news1.kr/entertain/celebrity/5612399',
    };
}
const run = promisify(execFile);
/** Environment for git in the demo: no global config, a fixed identity, never a prompt. */
function isolatedGitEnv(base = process.env) {
    return {
        ...base,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: base.GIT_AUTHOR_NAME ?? 'Demo Maintainer',
        GIT_AUTHOR_EMAIL: base.GIT_AUTHOR_EMAIL ?? 'maintainer@example.invalid',
        GIT_COMMITTER_NAME: base.GIT_COMMITTER_NAME ?? 'Demo Maintainer',
        GIT_COMMITTER_EMAIL: base.GIT_COMMITTER_EMAIL ?? 'maintainer@example.invalid',
    };
}
export async function git(cwd, ...args) {
    const { stdout } = await run('git', args, { cwd, env: isolatedGitEnv(), maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
}
async function exists(p) {
    try {
        await stat(p);
        return true;
    }
    catch {
        return false;
    }
}
/** The project folder that holds `fixtures/feeds` (walking up from this module, then from cwd). */
export async function findProjectRoot(start) {
    const starts = [start, path.dirname(fileURLToPath(import.meta.url)), process.cwd()].filter((s) => !!s);
    for (const s of starts) {
        let dir = path.resolve(s);
        for (;;) {
            if (await exists(path.join(dir, 'fixtures', 'feeds')))
                return dir;
            const up = path.dirname(dir);
            if (up === dir)
                break;
            dir = up;
        }
    }
    throw new Error('cannot find the bundled fixtures (fixtures/feeds); run the demo from a clone of the repository');
}
/** The fixture sources of the demo, one per kind the product handles, plus one broken feed. */
export function demoSources(base) {
    return [
        { id: 'elle', route: '/elle/feed', file: 'rss2-magazine.xml', contentType: 'application/rss+xml; charset=utf-8', config: { id: 'elle', name: 'ELLE Korea', url: `${base}/elle/feed?s=%EA%B3%A0%EC%9C%A4%EC%A0%95&feed=rss2`, kindHint: 'pictorial' } },
        { id: 'rdf', route: '/rdf.xml', file: 'rdf.xml', contentType: 'application/rdf+xml', config: { id: 'rdf', url: `${base}/rdf.xml` } },
        { id: 'atom', route: '/atom.xml', file: 'atom.xml', contentType: 'application/atom+xml', config: { id: 'atom', url: `${base}/atom.xml` } },
        { id: 'jsonfeed', route: '/feed.json', file: 'feed.json', contentType: 'application/feed+json', config: { id: 'jsonfeed', url: `${base}/feed.json` } },
        { id: 'euckr', route: '/euc-kr.xml', file: 'euc-kr.xml', contentType: 'application/rss+xml', config: { id: 'euckr', url: `${base}/euc-kr.xml` } },
        { id: 'gn-main', route: '/rss/search', file: 'googlenews.xml', contentType: 'application/rss+xml; charset=utf-8', config: { id: 'gn-main', query: '고윤정 when:1d' } },
        { id: 'yt-tvn', route: '/feeds/videos.xml', file: 'youtube.xml', contentType: 'application/atom+xml; charset=utf-8', config: { id: 'yt-tvn', name: 'tvN', channelId: 'UCtx-7YigHLZx7icq0KqHhow' } },
        { id: 'kbs-person', route: '/person_view.html', file: 'person.html', contentType: 'text/html; charset=utf-8', config: { id: 'kbs-person', kind: 'html', name: 'KBS연예', url: `${base}/person_view.html?idx=220921`, linkPattern: 'list_view\\.html\\?idx=\\d+', maxLinks: 5 } },
        { id: 'broken', route: '/broken.xml', file: 'malformed.xml', contentType: 'application/rss+xml', config: { id: 'broken', name: 'A broken feed', url: `${base}/broken.xml` } },
    ];
}
/**
 * The wiki's routing rules name its real source ids; the demo has fewer sources. Drop the missing ids,
 * and drop a rule whose only criterion was sources that are all missing (an emptied rule would
 * otherwise match everything).
 */
function pruneRoutingSources(raw) {
    const routing = raw.routing;
    if (!routing?.rules)
        return;
    const ids = new Set(raw.sources.map((s) => s.id));
    routing.rules = routing.rules.flatMap((rule) => {
        const sources = rule.sources;
        if (!sources)
            return [rule];
        const kept = sources.filter((id) => ids.has(id));
        const otherCriteria = (rule.keywords ?? []).length + (rule.kinds ?? []).length;
        if (!kept.length && !otherCriteria)
            return [];
        return [{ ...rule, sources: kept }];
    });
}
/** Article pages the KBS-like person page links to (`list_view.html?idx=N`). */
async function articleRoutes(fixtures, personHtml) {
    const routes = {};
    const ids = [...personHtml.matchAll(/list_view\.html\?idx=(\d+)/g)].map((m) => m[1]);
    const pages = ['article-1.html', 'article-2.html'];
    let i = 0;
    for (const idx of [...new Set(ids)]) {
        const file = pages[i++ % pages.length];
        routes[`/list_view.html?idx=${idx}`] = {
            body: await readFile(path.join(fixtures, file)),
            contentType: 'text/html; charset=utf-8',
        };
    }
    return routes;
}
export async function prepareDemoWorkspace(opts) {
    const fixtures = path.join(opts.projectRoot, 'fixtures', 'feeds');
    const googleNews = googleNewsEmulator({ tokens: await demoGoogleNewsTokens(fixtures) });
    const server = await startFixtureServer({
        host: '127.0.0.1',
        ...(opts.latencyMs ? { latencyMs: opts.latencyMs } : {}),
        handler: (req) => googleNews.handle(req),
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiki-daily-demo-'));
    try {
        const sources = opts.onlyExtraSources ? [] : demoSources(server.url);
        for (const s of sources) {
            server.setRoute(s.route, { body: await readFile(path.join(fixtures, s.file)), contentType: s.contentType });
        }
        if (!opts.onlyExtraSources) {
            // The fixture page links to articles by absolute URL too, as the real one does; serve those on
            // loopback as well, so the demo and the tests never reach for the real host.
            const person = (await readFile(path.join(fixtures, 'person.html'), 'utf8')).replace(/https?:\/\/kstar\.kbs\.co\.kr/g, server.url);
            server.setRoute('/person_view.html', { body: person, contentType: 'text/html; charset=utf-8' });
            for (const [k, v] of Object.entries(await articleRoutes(fixtures, person)))
                server.setRoute(k, v);
            // Any other article id the page links to (e.g. with &page=1) gets an article too.
            server.setRoute('/list_view.html', { body: await readFile(path.join(fixtures, 'article-1.html')), contentType: 'text/html; charset=utf-8' });
        }
        for (const [k, v] of Object.entries(opts.extraRoutes ?? {}))
            server.setRoute(k, v);
        // The wiki: a bare origin and a clone with the project's pages.
        const origin = path.join(dir, 'origin.git');
        const root = path.join(dir, 'wiki');
        await run('git', ['init', '-q', '--bare', '-b', 'main', origin], { env: isolatedGitEnv() });
        await mkdir(root, { recursive: true });
        const wikiRoot = opts.wikiRoot ?? opts.projectRoot;
        for (const sub of ['pages', 'news', 'data']) {
            const from = path.join(wikiRoot, sub);
            if (await exists(from))
                await cp(from, path.join(root, sub), { recursive: true });
        }
        const base = await readFile(path.join(wikiRoot, DEFAULT_CONFIG_FILE), 'utf8')
            .then((t) => (parseYaml(t) ?? {}))
            .catch(() => ({}));
        const raw = {
            ...base,
            sources: [
                ...sources.map((s) => s.config),
                ...(opts.extraSources ?? []).map((s) => JSON.parse(JSON.stringify(s).replaceAll('{{BASE}}', server.url))),
            ],
            http: {
                ...(base.http ?? {}),
                googleNewsBaseUrl: server.url,
                youtubeBaseUrl: server.url,
                timeoutMs: 5000,
                retries: 1,
                backoffBaseMs: 50,
                backoffMaxMs: 200,
            },
            // Polite to the emulator too, but quick: the demo resolves a handful of tokens.
            googleNews: { ...(base.googleNews ?? {}), minIntervalMs: 20 },
        };
        pruneRoutingSources(raw);
        for (const [k, v] of Object.entries(opts.overrides ?? {})) {
            raw[k] = v && typeof v === 'object' && !Array.isArray(v) ? { ...(raw[k] ?? {}), ...v } : v;
        }
        const configFile = path.join(root, DEFAULT_CONFIG_FILE);
        const config = parseConfig(raw, configFile);
        await writeFile(configFile, `# Demo config: the wiki's own rules, sources served on loopback.\n${toYaml(raw)}`);
        await writeFile(path.join(root, '.gitignore'), '.wiki-daily/\n');
        await git(root, 'init', '-q', '-b', 'main');
        await git(root, 'add', '-A');
        await git(root, 'commit', '-q', '-m', 'wiki before the demo run');
        await git(root, 'remote', 'add', 'origin', origin);
        await git(root, 'push', '-q', '-u', 'origin', 'main');
        const stateDir = path.join(root, '.wiki-daily');
        return {
            dir,
            root,
            origin,
            stateDir,
            configFile,
            config,
            server,
            googleNews,
            async close(o) {
                await server.close();
                if (!o?.keepFiles)
                    await rm(dir, { recursive: true, force: true });
            },
        };
    }
    catch (err) {
        await server.close();
        await rm(dir, { recursive: true, force: true });
        throw err;
    }
}
