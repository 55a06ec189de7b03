/**
 * A generated wiki for benchmark 2, written with the product's own page functions (mergeEntries,
 * replaceRegion, updateToc, renderPageIndex, serializeSeen), so it is exactly what the bot would
 * have built over the years:
 *
 * - `pages` topic pages `pages/topic-NNNNN.md`, each with a title, a TOC, and `entriesPerPage` entry
 *   blocks in its `entries:main` region (grouped under `## YYYY`, dates 2019–2026);
 * - the special pages (press = the default route, promotion queue, candidate pool) with empty
 *   regions, `pages/index.md` listing every page, `news/index.md`;
 * - `data/seen.tsv` holding every existing entry;
 * - `wiki-daily.yml` (JSON) whose routing rules send keywords kwNNNNNq to 250 existing topic pages;
 * - `items.json`: the new items of the day (NormalizedItem[]): half routed by keyword to those
 *   existing pages, 30 % to the default page, 10 % to the queue and 10 % to the pool (by host grade).
 *
 * Deterministic: a seeded PRNG, so every run benchmarks the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalUrl, entryId } from '../src/gate/canonical.js';
import { SeenIndex, serializeSeen } from '../src/gate/seen.js';
import type { NormalizedItem } from '../src/model.js';
import { mergeEntries, type EntryData } from '../src/pages/entries.js';
import { renderNewsIndex, renderPageIndex } from '../src/pages/indexes.js';
import { beginMarker, endMarker, regionBody, replaceRegion } from '../src/pages/regions.js';
import { updateToc } from '../src/pages/toc.js';
import { seededRandom } from './rand.js';

export interface WikiShape {
  pages: number;
  entriesPerPage: number;
  items: number;
}

export const ROUTED_PAGES = 250;
export const RUN_DATE = '2026-11-27';
export const RUN_TIME = '09:00';


const OUTLETS = ['스포츠조선', 'OSEN', '마이데일리', '스타뉴스', '엑스포츠뉴스', '텐아시아', '일간스포츠', '스포츠동아', '스포츠서울', '뉴스1'];
const SUBJECTS = ['화보', '인터뷰', '드라마', '영화', '광고', '시상식', '제작발표회', '예능', '팬미팅', '캐스팅'];

export function topicPage(n: number): string {
  return `pages/topic-${String(n).padStart(5, '0')}.md`;
}

export function routeKeyword(n: number): string {
  return `kw${String(n).padStart(5, '0')}q`;
}

/** The pages that receive routed items: spread over the whole wiki, not just its start. */
export function routedPages(shape: WikiShape): number[] {
  const step = Math.max(1, Math.floor(shape.pages / ROUTED_PAGES));
  return Array.from({ length: Math.min(ROUTED_PAGES, shape.pages) }, (_, i) => i * step);
}

export function benchConfig(shape: WikiShape): Record<string, unknown> {
  return {
    timezone: 'Asia/Seoul',
    sources: Array.from({ length: 10 }, (_, i) => ({ id: `bench-feed-${i}`, name: `Bench feed ${i}`, url: `https://feeds.example.com/${i}.xml` })),
    relevance: { terms: ['고윤정', 'Go Youn-jung'], contextTerms: SUBJECTS, threshold: 3 },
    grades: { default: 'land', queue: ['queue.example.net'], pool: ['pool.example.net'] },
    routing: {
      rules: routedPages(shape).map((n) => ({ page: topicPage(n), keywords: [routeKeyword(n)] })),
      defaultPage: 'pages/press.md',
    },
  };
}

function pageSkeleton(title: string, intro: string): string {
  return [
    `# ${title}`,
    '',
    intro,
    '',
    '<!-- TOC:START -->',
    '<!-- TOC:END -->',
    '',
    '## 자동 수집',
    '',
    beginMarker('entries:main'),
    endMarker('entries:main'),
    '',
    '## 관련 문서',
    '',
    '- [대문](index.md)',
    '',
  ].join('\n');
}

function dateBetween(random: () => number, fromMs: number, toMs: number): string {
  return new Date(fromMs + Math.floor(random() * (toMs - fromMs))).toISOString().slice(0, 10);
}

function withEntries(text: string, file: string, entries: EntryData[]): string {
  const body = regionBody(text, 'entries:main', file)!;
  const merged = mergeEntries(body, entries, { file, defaultYear: 2026 });
  return updateToc(replaceRegion(text, 'entries:main', merged.body, file), file);
}

async function writeRel(root: string, rel: string, text: string): Promise<void> {
  await writeFile(path.join(root, rel), text);
}

/** Write the wiki under `root` (an empty folder); returns the number of existing entries. */
export async function generateWiki(root: string, shape: WikiShape): Promise<{ entries: number; files: number; bytes: number }> {
  const random = seededRandom(20261127);
  await mkdir(path.join(root, 'pages'), { recursive: true });
  await mkdir(path.join(root, 'news'), { recursive: true });
  await mkdir(path.join(root, 'data'), { recursive: true });
  const seen = new SeenIndex();
  const files = new Map<string, string>();
  const from = Date.UTC(2019, 0, 1);
  const to = Date.UTC(2026, 10, 20);
  let serial = 0;
  for (let n = 0; n < shape.pages; n++) {
    const file = topicPage(n);
    const subject = SUBJECTS[n % SUBJECTS.length]!;
    const entries: EntryData[] = [];
    for (let k = 0; k < shape.entriesPerPage; k++) {
      const s = serial++;
      const outlet = s % OUTLETS.length;
      const url = canonicalUrl(`https://www.outlet${s % 40}.co.kr/news/articleView.html?idxno=${100000 + s}`);
      const date = random() < 0.03 ? undefined : dateBetween(random, from, to);
      entries.push({
        id: entryId(url),
        ...(date ? { date } : {}),
        outlet: OUTLETS[outlet]!,
        kind: 'news',
        title: `고윤정, ${subject} 소식 ${s} (주제 ${n})`,
        url,
        confidence: '보도(1차)',
      });
      seen.add(entryId(url), date ?? '2026-01-01', url);
    }
    const text = withEntries(pageSkeleton(`주제 ${n}: 고윤정 ${subject}`, `${subject}에 관한 기사 링크를 모읍니다.`), file, entries);
    files.set(file, text);
  }
  files.set('pages/press.md', updateToc(pageSkeleton('언론 보도', '분류되지 않은 보도 링크를 모읍니다.'), 'pages/press.md'));
  files.set('pages/promotion_queue.md', updateToc(pageSkeleton('승격 대기열', '검토가 필요한 항목입니다.'), 'pages/promotion_queue.md'));
  files.set('pages/candidate_pool.md', updateToc(pageSkeleton('후보 풀', '출처 등급이 낮은 후보입니다.'), 'pages/candidate_pool.md'));
  const indexSkeleton = (title: string): string => `# ${title}\n\n${beginMarker('index')}\n${endMarker('index')}\n`;
  files.set('pages/index.md', replaceRegion(indexSkeleton('문서 목록'), 'index', renderPageIndex('pages/index.md', 'pages', files).body));
  files.set('news/index.md', replaceRegion(indexSkeleton('수집 로그 목록'), 'index', renderNewsIndex('news/index.md', 'news', files).body));
  files.set('data/seen.tsv', serializeSeen(seen));
  let bytes = 0;
  const all = [...files];
  // Bounded parallelism: thousands of concurrent writes would only queue in the thread pool.
  for (let i = 0; i < all.length; i += 64) {
    await Promise.all(all.slice(i, i + 64).map(([rel, text]) => writeRel(root, rel, text)));
  }
  for (const [, text] of all) bytes += Buffer.byteLength(text);
  await writeFile(path.join(root, 'wiki-daily.yml'), JSON.stringify(benchConfig(shape), null, 1));
  await writeFile(path.join(root, 'items.json'), JSON.stringify(newItems(shape)));
  return { entries: serial, files: files.size, bytes };
}

/**
 * The new items of a run day (none of them already in the wiki). `daysBefore` 0 is the measured day
 * (RUN_DATE, items published the day before it: these bytes are what every figure so far was taken
 * on); 1 is yesterday's run, which bench/runcost.ts applies while generating so the measured run
 * finds the wiki as a run on any other day does (by-year page, timeline, a day log already written).
 * Different days never share an id or a URL: their article numbers lie in separate ranges.
 */
export function newItems(shape: WikiShape, daysBefore = 0): NormalizedItem[] {
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || daysBefore > 8) throw new Error(`newItems: daysBefore must be an integer 0…8, got ${daysBefore}`);
  const routed = routedPages(shape);
  const items: NormalizedItem[] = [];
  // Article numbers of day d start at 900000 - d × 100000 (today's stay 900000 + i). More items than
  // that per day would make two days overlap.
  if (shape.items > 100_000) throw new Error(`newItems: at most 100,000 items a day, got ${shape.items}`);
  const article = (i: number) => 900000 - daysBefore * 100000 + i;
  // Queue and pool links carry no article number today; another day's get a day prefix.
  const post = (i: number) => (daysBefore ? `d${daysBefore}-${i}` : String(i));
  const suffix = daysBefore ? ` (${daysBefore}일 전)` : '';
  for (let i = 0; i < shape.items; i++) {
    const share = i / shape.items;
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const published = new Date(Date.UTC(2026, 10, 26 - daysBefore, i % 24, i % 60)).toISOString();
    const sourceId = `bench-feed-${i % 10}`;
    let title: string;
    let link: string;
    if (share < 0.5) {
      const page = routed[i % routed.length]!;
      title = `고윤정 ${subject} ${routeKeyword(page)} 새 소식 ${i}${suffix}`;
      link = `https://m.news${i % 30}.co.kr/article/${article(i)}?utm_source=rss&utm_medium=feed`;
    } else if (share < 0.8) {
      title = `고윤정 ${subject} 근황 ${i}${suffix}`;
      link = `https://www.news${i % 30}.co.kr/article/${article(i)}?ref=rss`;
    } else if (share < 0.9) {
      title = `고윤정 ${subject} 소문 ${i}${suffix}`;
      link = `https://www.queue.example.net/post/${post(i)}`;
    } else {
      title = `고윤정 ${subject} 후보 ${i}${suffix}`;
      link = `https://blog.pool.example.net/p/${post(i)}`;
    }
    items.push({
      sourceId,
      sourceKind: 'feed',
      title,
      link,
      published,
      summary: `배우 고윤정의 ${subject} 관련 소식입니다. (${i})`,
      outlet: OUTLETS[i % OUTLETS.length]!,
    });
  }
  return items;
}
