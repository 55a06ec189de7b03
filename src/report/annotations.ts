/**
 * GitHub annotations for a run: what shows on the workflow run page without opening the log.
 *
 * Pure: the Action turns the list into workflow commands (core.error/warning with file and line);
 * the CLI ignores it. Capped, because a run with 300 warnings would bury the one that matters and
 * GitHub shows only the first few anyway.
 */
import type { ConfigIssueLocation } from '../errors.js';
import type { RunReport } from '../model.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** Path relative to the repository root (what GitHub maps onto the file view). */
  file?: string;
  line?: number;
  column?: number;
}

/** Warnings and failing sources annotated one by one; the rest are counted in one last annotation. */
export const ANNOTATION_CAP = 20;

/** One `error` annotation per config problem, at its file and line. */
export function configAnnotations(file: string, locations: readonly ConfigIssueLocation[], fallback: string): Annotation[] {
  const list = locations.length ? locations : [{ message: fallback }];
  return list.map((l) => ({
    level: 'error' as const,
    title: 'wiki-daily config',
    message: l.message,
    file,
    ...(l.line ? { line: l.line } : {}),
    ...(l.column ? { column: l.column } : {}),
  }));
}

/** Each failing source, then each warning of the run, as `warning` annotations (capped). */
export function reportAnnotations(r: RunReport, cap = ANNOTATION_CAP): Annotation[] {
  const all: Annotation[] = [
    ...r.sources
      .filter((s) => s.outcome === 'failed')
      .map((s) => ({ level: 'warning' as const, title: `source ${s.id} failed`, message: s.error ?? 'failed' })),
    ...r.warnings.map((w) => ({ level: 'warning' as const, title: 'wiki-daily', message: w })),
  ];
  if (all.length <= cap) return all;
  const shown = all.slice(0, cap);
  shown.push({
    level: 'warning',
    title: 'wiki-daily',
    message: `${all.length - cap} more warnings not annotated (${all.length} in all); see the job summary and the log`,
  });
  return shown;
}
