/**
 * The RunReport rendered for people: the GitHub job summary (markdown) and the CLI's plain text.
 * (The third rendering, --json, is the value itself; the daily report page is in page.ts.)
 */
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

export function headline(r: RunReport): string {
  const icon = STATUS_ICON[r.status] ?? '';
  const what =
    r.command === 'collect'
      ? `${r.itemsCollected} items from ${r.sources.length} sources`
      : `${r.itemsAdded} entries added, ${r.itemsCollected} items collected from ${r.sources.length} sources`;
  return `${icon} **${r.status}** — ${what}${r.dryRun ? ' (dry run)' : ''}${r.reason ? ` — ${r.reason}` : ''}`;
}

export function renderSummary(r: RunReport, opts: { repoUrl?: string; ref?: string } = {}): string {
  const out: string[] = [];
  out.push(`## goyoonjung-wiki daily — ${r.command} ${r.date}`, '', headline(r), '');
  const failed = r.sources.filter((s) => s.outcome === 'failed');
  const okCount = r.sources.length - failed.length;
  out.push(
    `| sources ok | failed | cache hit rate | items added | committed | pushed | duration |`,
    `|---|---|---|---|---|---|---|`,
    `| ${okCount} | ${failed.length} | ${Math.round(r.cache.hitRate * 100)} % | ${r.itemsAdded} | ${
      r.commitSha ? `\`${r.commitSha.slice(0, 8)}\`` : r.committed ? 'yes' : 'no'
    } | ${r.pushed ? 'yes' : 'no'} | ${seconds(r.durationMs)} |`,
    '',
  );
  if (r.errors.length || failed.length) {
    out.push('### Failures', '');
    for (const e of r.errors) out.push(`- ${cell(e)}`);
    for (const s of failed) out.push(`- source \`${s.id}\`: ${cell(s.error)}`);
    out.push('');
  }
  const pages = Object.entries(r.pages).filter(([, n]) => n > 0);
  if (pages.length) {
    out.push('### Entries added', '', '| page | entries |', '|---|---|');
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
  if (r.diff) out.push('<details><summary>Planned edits (dry run)</summary>', '', '```diff', r.diff, '```', '', '</details>', '');
  if (r.backupId) out.push(`Backup snapshot: \`${r.backupId}\``, '');
  if (r.runUrl) out.push(`[Workflow run](${r.runUrl})`, '');
  return capBytes(out.join('\n'), SUMMARY_LIMIT_BYTES);
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
  for (const x of r.repaired ?? []) lines.push(`  repaired: ${x}`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  for (const a of r.anomalies) lines.push(`  anomaly: ${a.metric} = ${a.value} (median ${a.median}, z ${a.z.toFixed(1)})`);
  if (r.backupId) lines.push(`  backup: ${r.backupId}`);
  lines.push(`  took ${seconds(r.durationMs)}`);
  return lines.join('\n');
}
