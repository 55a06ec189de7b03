/**
 * The RunReport rendered for people: the GitHub job summary (markdown) and the CLI's plain text.
 * (The third rendering, --json, is the value itself; the daily report page is in page.ts.)
 */
import { seenFiles } from '../gate/seen.js';
import { wikiIndexFiles } from '../pages/wikiindex.js';
import type { RunReport, SourceReport } from '../model.js';

/** GitHub refuses step summaries over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

const STATUS_ICON: Record<string, string> = {
  success: '🟢',
  partial: '🟡',
  failed: '🔴',
  skipped: '⏭️',
  running: '⏳',
};

function cell(s: string | number | undefined): string {
  return String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 300);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function sourceResult(s: SourceReport): string {
  if (s.outcome === 'failed') return `❌ ${s.error ?? 'failed'}`;
  const how = s.outcome === 'fresh' ? 'cached' : s.outcome === 'not-modified' ? '304' : 'fetched';
  return s.items === 0 ? `⚠️ ${how}, no items` : `✅ ${how}`;
}

function headline(r: RunReport): string {
  const icon = STATUS_ICON[r.status] ?? '';
  const what =
    r.command === 'collect'
      ? `${r.itemsCollected} items from ${r.sources.length} sources`
      : `${r.itemsAdded} entries added, ${r.itemsCollected} items collected from ${r.sources.length} sources`;
  return `${icon} **${r.status}** — ${what}${r.dryRun ? ' (dry run)' : ''}${r.reason ? ` — ${r.reason}` : ''}`;
}

/** Entries listed one by one in the job summary; the rest are counted. */
export const SUMMARY_ENTRY_LIMIT = 50;

export interface SummaryOptions {
  /** `https://github.com/owner/repo`: page and commit links. */
  repoUrl?: string;
  ref?: string;
  /** The seen file's path (config pages.seenFile): its diff (and its recent file's) goes last and collapsed in a dry run, as the wiki index's do. */
  seenFile?: string;
}

/** Markdown link text: brackets and line breaks would break the link. */
function linkText(s: string): string {
  return cell(s).replace(/([[\]])/g, '\\$1');
}

/** A URL in a markdown link target: only http(s), and no characters that end the target. */
function linkTarget(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c)) : undefined;
}

function commitCell(r: RunReport, repoUrl?: string): string {
  if (!r.commitSha) return r.committed ? 'yes' : 'no';
  const short = `\`${r.commitSha.slice(0, 8)}\``;
  // A commit that was not pushed does not exist on GitHub: a link would be a 404.
  if (r.pushed && repoUrl) return `[${short}](${repoUrl}/commit/${r.commitSha})`;
  return r.pushed ? short : `${short} (not pushed)`;
}

/** Split a multi-file unified diff into one chunk per file (by its `+++ b/<path>` header). */
export function splitDiff(diff: string): { path: string; text: string }[] {
  const chunks: { path: string; text: string }[] = [];
  const lines = diff.split('\n');
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    const text = lines.slice(start, end).join('\n').replace(/\n+$/, '');
    const plus = /^\+\+\+ b\/(.*?)(\t.*)?$/m.exec(text);
    chunks.push({ path: plus?.[1] ?? '', text });
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      // `Index:` (diff's own header) belongs to the chunk that follows it.
      const head = i > 0 && lines[i - 1]!.startsWith('Index: ') ? i - 1 : i;
      flush(head);
      start = head;
      i++;
    }
  }
  flush(lines.length);
  return chunks;
}

function renderEntries(r: RunReport, out: string[]): void {
  const entries = r.entries ?? [];
  if (!entries.length) return;
  const shown = entries.slice(0, SUMMARY_ENTRY_LIMIT);
  out.push(`### ${r.dryRun ? 'Entries to add' : 'Entries added'} (${entries.length})`, '', '| entry | outlet | page |', '|---|---|---|');
  for (const e of shown) {
    const target = linkTarget(e.url);
    out.push(`| ${target ? `[${linkText(e.title)}](${target})` : linkText(e.title)} | ${cell(e.outlet ?? '')} | \`${cell(e.page)}\` |`);
  }
  if (entries.length > shown.length) out.push('', `… and ${entries.length - shown.length} more (${entries.length} in all).`);
  out.push('');
}

function renderDryRunDiff(diff: string, seenFile: string, out: string[]): void {
  const chunks = splitDiff(diff);
  // The machine files go last, collapsed: both seen files (the base and its recent file,
  // src/gate/seenstore.ts) and both wiki index files (src/pages/wikiindex.ts), a line per page each.
  const seenPaths = seenFiles(seenFile);
  const indexPaths = wikiIndexFiles();
  const pages = chunks.filter((c) => !seenPaths.includes(c.path) && !indexPaths.includes(c.path));
  if (pages.length) {
    out.push('### Planned page edits', '');
    for (const c of pages) out.push(`#### \`${cell(c.path)}\``, '', '```diff', c.text, '```', '');
  }
  for (const [label, paths] of [['Seen file', seenPaths], ['Wiki index', indexPaths]] as const) {
    for (const c of chunks.filter((x) => paths.includes(x.path)))
      out.push(`<details><summary>${label} <code>${cell(c.path)}</code></summary>`, '', '```diff', c.text, '```', '', '</details>', '');
  }
}

export function renderSummary(r: RunReport, opts: SummaryOptions = {}): string {
  const out: string[] = [];
  out.push(`## ${r.dryRun ? 'Planned — ' : ''}goyoonjung-wiki daily — ${r.command} ${r.date}`, '', headline(r), '');
  const failed = r.sources.filter((s) => s.outcome === 'failed');
  const okCount = r.sources.length - failed.length;
  out.push(
    `| sources ok | failed | cache hit rate | items added | committed | pushed | duration |`,
    `|---|---|---|---|---|---|---|`,
    `| ${okCount} | ${failed.length} | ${Math.round(r.cache.hitRate * 100)} % | ${r.itemsAdded} | ${commitCell(r, opts.repoUrl)} | ${
      r.pushed ? 'yes' : 'no'
    } | ${seconds(r.durationMs)} |`,
    '',
  );
  // A dry run shows what it would write before anything else: that is what the maintainer asked for.
  if (r.dryRun && r.diff) renderDryRunDiff(r.diff, opts.seenFile ?? 'data/seen.tsv', out);
  if (r.errors.length || failed.length) {
    out.push('### Failures', '');
    for (const e of r.errors) out.push(`- ${cell(e)}`);
    for (const s of failed) out.push(`- source \`${s.id}\`: ${cell(s.error)}`);
    out.push('');
  }
  renderEntries(r, out);
  const pages = Object.entries(r.pages).filter(([, n]) => n > 0);
  if (pages.length) {
    out.push('### Entries added per page', '', '| page | entries |', '|---|---|');
    for (const [p, n] of pages.sort()) {
      const link = opts.repoUrl ? `[${p}](${opts.repoUrl}/blob/${opts.ref ?? 'HEAD'}/${p})` : `\`${p}\``;
      out.push(`| ${link} | ${n} |`);
    }
    out.push('');
  }
  if (r.command !== 'collect') {
    const l = r.lanes;
    out.push(
      `Lanes: land ${l.land} · queue ${l.queue} · pool ${l.pool} · discard ${l.discard} · duplicate ${l.duplicate} · irrelevant ${l.irrelevant}`,
      '',
    );
  }
  if (r.curated?.length) {
    out.push(`### Curated (${r.curated.length})`, '');
    for (const x of r.curated.slice(0, 50)) out.push(`- ${cell(x)}`);
    out.push('');
  }
  if (r.repaired?.length) {
    out.push('### Repaired (left behind by an earlier run)', '');
    for (const x of r.repaired.slice(0, 50)) out.push(`- ${cell(x)}`);
    out.push('');
  }
  if (r.warnings.length) {
    out.push('<details><summary>Warnings (' + r.warnings.length + ')</summary>', '');
    for (const w of r.warnings.slice(0, 200)) out.push(`- ${cell(w)}`);
    out.push('', '</details>', '');
  }
  if (r.anomalies.length) {
    out.push('### Anomalies', '');
    for (const a of r.anomalies)
      out.push(`- ${a.metric}: ${a.value} (median ${a.median}, robust z ${a.z.toFixed(1)})`);
    out.push('');
  }
  out.push(`<details><summary>Sources (${r.sources.length})</summary>`, '');
  out.push('| source | kind | result | HTTP | items | time |', '|---|---|---|---|---|---|');
  for (const s of r.sources)
    out.push(
      `| \`${cell(s.id)}\` | ${s.kind} | ${cell(sourceResult(s))} | ${s.httpStatus ?? ''} | ${s.items} | ${seconds(s.durationMs)} |`,
    );
  out.push('', '</details>', '');
  if (r.stages.length) {
    out.push('<details><summary>Stages</summary>', '', '| stage | time | result |', '|---|---|---|');
    for (const st of r.stages) out.push(`| ${st.stage} | ${seconds(st.durationMs)} | ${st.ok ? 'ok' : cell(st.error ?? 'failed')} |`);
    out.push('', '</details>', '');
  }
  if (r.changedFiles.length) {
    out.push(`<details><summary>Changed files (${r.changedFiles.length})</summary>`, '');
    for (const f of r.changedFiles.slice(0, 500)) out.push(`- \`${f}\``);
    out.push('', '</details>', '');
  }
  if (r.diff && !r.dryRun) out.push('<details><summary>Planned edits</summary>', '', '```diff', r.diff, '```', '', '</details>', '');
  if (r.backupId) out.push(backupLine(r), '');
  if (r.runUrl) out.push(`[Workflow run](${r.runUrl})`, '');
  return capBytes(out.join('\n'), SUMMARY_LIMIT_BYTES);
}

/**
 * Which run holds the backup: only a snapshot this run created (and uploaded) is in this run's
 * artifacts; an unchanged tree reuses an earlier snapshot whose artifact lives in the run that made it.
 */
export function backupLine(r: RunReport): string {
  const id = `\`${r.backupId}\``;
  if (r.backupCreated === false) return `Backup: unchanged since ${id} (an earlier run took it; restore.yml finds it in the state cache)`;
  const runId = r.runUrl?.match(/\/actions\/runs\/(\d+)/)?.[1];
  if (r.backupArtifact)
    return `Backup snapshot: ${id}, artifact \`${r.backupArtifact}\` in this run${runId ? ` (run id ${runId}: restore.yml backup-run-id)` : ''}`;
  return `Backup snapshot: ${id} (state folder only; no artifact uploaded by this run)`;
}

/** Cut text to a byte budget on a line boundary, saying so. */
export function capBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const note = '\n\n… (truncated to stay under the job summary limit)\n';
  let cut = text.slice(0, limit - note.length);
  while (Buffer.byteLength(cut) > limit - note.length) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return cut.slice(0, cut.lastIndexOf('\n')) + note;
}

/** Plain text for a terminal. */
export function renderText(r: RunReport): string {
  const lines: string[] = [];
  lines.push(`wiki-daily ${r.command} ${r.date}: ${r.status.toUpperCase()}${r.dryRun ? ' (dry run)' : ''}${r.reason ? ` — ${r.reason}` : ''}`);
  const failed = r.sources.filter((s) => s.outcome === 'failed').length;
  lines.push(
    `  sources: ${r.sources.length - failed} ok, ${failed} failed · cache hit rate ${Math.round(r.cache.hitRate * 100)} % · ${r.itemsCollected} items collected`,
  );
  if (r.command !== 'collect') {
    const l = r.lanes;
    lines.push(
      `  entries added: ${r.itemsAdded} (land ${l.land}, queue ${l.queue}, pool ${l.pool}; ${l.duplicate} duplicate, ${l.irrelevant} irrelevant, ${l.discard} discarded)`,
    );
    for (const [p, n] of Object.entries(r.pages).sort()) if (n) lines.push(`    ${p}: +${n}`);
    lines.push(
      `  changed files: ${r.changedFiles.length} · commit: ${r.commitSha ? r.commitSha.slice(0, 8) : 'none'} · pushed: ${r.pushed ? 'yes' : 'no'}`,
    );
  }
  for (const s of r.sources.filter((x) => x.outcome === 'failed')) lines.push(`  ✗ ${s.id}: ${s.error}`);
  for (const e of r.errors) lines.push(`  error: ${e}`);
  for (const x of r.curated ?? []) lines.push(`  curated: ${x}`);
  for (const x of r.repaired ?? []) lines.push(`  repaired: ${x}`);
  // Warnings belong in what a person reads, not only in the logs (issue 10).
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  for (const a of r.anomalies) lines.push(`  anomaly: ${a.metric} = ${a.value} (median ${a.median}, z ${a.z.toFixed(1)})`);
  if (r.backupId) lines.push(`  backup: ${r.backupCreated === false ? `unchanged since ${r.backupId}` : r.backupId}`);
  lines.push(`  took ${seconds(r.durationMs)}`);
  return lines.join('\n');
}

/**
 * The job summary of a run that never started because the config is invalid: every problem with its
 * `file:line`, so the maintainer can fix them all in one edit.
 */
export function renderConfigErrorSummary(
  err: { message: string; locations: readonly { message: string; line?: number; column?: number }[] },
  file: string,
  command = 'run',
): string {
  const out = [`## goyoonjung-wiki daily — ${command}`, '', `${STATUS_ICON.failed} **failed** — invalid config \`${cell(file)}\``, ''];
  const list = err.locations.length ? err.locations : [{ message: err.message.split('\n')[0] ?? err.message }];
  out.push(`### Config errors (${list.length})`, '', '| where | problem |', '|---|---|');
  for (const l of list) out.push(`| \`${cell(file)}${l.line ? `:${l.line}` : ''}\` | ${cell(l.message)} |`);
  out.push('', 'Nothing was collected, written or committed.', '');
  return capBytes(out.join('\n'), SUMMARY_LIMIT_BYTES);
}
