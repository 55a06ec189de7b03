/**
 * README.md stays true to the code: its CLI block is the real global usage, every command's flags are
 * in the per-command paragraph, every action input and output is in its table, and the abridged
 * daily.yml matches the workflow where it matters (triggers, permissions, the job's condition, the
 * action's inputs). README.md is a tool file, not the wiki's content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMAND_TABLE, FLAG_ALIASES, globalUsage } from '../src/command-table.js';
import { parseActionInputs } from '../src/settings.js';
import { PROJECT_ROOT } from './support/fixture-wiki.js';

type Any = Record<string, any>;
const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const read = (rel: string) => readFileSync(path.join(PROJECT_ROOT, rel), 'utf8');

/** The first fenced block after a heading. */
function blockAfter(heading: string, fence = '```'): string {
  const at = readme.indexOf(`${heading}\n`);
  expect(at, heading).toBeGreaterThan(-1);
  const start = readme.indexOf(`${fence}`, at);
  const bodyStart = readme.indexOf('\n', start) + 1;
  return readme.slice(bodyStart, readme.indexOf('\n```', bodyStart));
}

/** The markdown table rows (first cell, unquoted) under a heading. */
function tableNames(heading: string): string[] {
  const at = readme.indexOf(`${heading}\n`);
  const rest = readme.slice(at).split('\n').slice(1);
  const rows = rest.slice(rest.findIndex((l) => l.startsWith('|')));
  return rows.slice(0, rows.findIndex((l) => !l.startsWith('|'))).slice(2).map((l) => /^\| `([^`]+)` \|/.exec(l)?.[1] ?? l);
}

describe('README.md', () => {
  it('shows the real `wiki-daily --help` in its CLI block, naming every command', () => {
    const block = blockAfter('## The CLI');
    expect(block).toBe(globalUsage());
    for (const spec of COMMAND_TABLE) expect(block, spec.name).toMatch(new RegExp(`^ {2,4}${spec.name.split(' ').at(-1)}\\b`, 'm'));
  });

  it('lists every flag of every command in the per-command paragraph, and the exit codes', () => {
    const start = readme.indexOf('Each command takes only its own flags;');
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start));
    for (const spec of COMMAND_TABLE.filter((c) => c.flags.length)) {
      const name = spec.name + (spec.arg?.required ? ` ${spec.arg.name}` : '');
      const at = paragraph.indexOf(`\`${name}\``);
      expect(at, `${name} in the per-command paragraph`).toBeGreaterThan(-1);
      const own = paragraph.slice(at, paragraph.indexOf(';', at) === -1 ? undefined : paragraph.indexOf(';', at));
      for (const flag of spec.flags) {
        const shown = Object.entries(FLAG_ALIASES[spec.name] ?? {}).find(([, to]) => to === flag)?.[0] ?? flag;
        expect(own, `${name} --${shown}`).toContain(`--${shown}`);
      }
    }
    expect(readme).toContain('Exit codes: 0 success (also partial and skipped), 1 failed,\n2 usage or config error, 130 interrupted by Ctrl-C.');
  });

  it("has a row for every action.yml input and output, and lists every command in the command input's row", () => {
    const action = parseYaml(read('action.yml')) as Any;
    expect(tableNames('### Action inputs')).toEqual(Object.keys(action.inputs));
    expect(tableNames('### Action outputs')).toEqual(Object.keys(action.outputs));
    const commandRow = readme.split('\n').find((l) => l.startsWith('| `command` |'))!;
    // Not for the action: monitor and shards need --interval / --count, which no input carries, and
    // demo is the offline tour for a person.
    for (const needsFlag of ['monitor', 'shards']) expect(() => parseActionInputs((n) => (n === 'command' ? needsFlag : ''), {})).toThrow(/needs --/);
    for (const group of new Set(COMMAND_TABLE.map((c) => c.name.split(' ')[0]!)))
      if (!['monitor', 'shards', 'demo'].includes(group)) expect(commandRow, group).toContain(`\`${group}`);
    for (const name of Object.keys(action.inputs)) {
      const dflt = String(action.inputs[name].default ?? '');
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`))!;
      expect(row.split(' | ')[1], `default of ${name}`).toBe(dflt === '' ? "`''`" : `\`${dflt}\``);
    }
  });

  it('abridges daily.yml without changing what matters', () => {
    const snippet = parseYaml(blockAfter('`.github/workflows/daily.yml` (abridged):')) as Any;
    const daily = parseYaml(read('.github/workflows/daily.yml')) as Any;
    expect(snippet.on.schedule).toEqual(daily.on.schedule);
    expect(Object.keys(snippet.on.workflow_dispatch.inputs)).toEqual(Object.keys(daily.on.workflow_dispatch.inputs));
    expect(snippet.permissions).toEqual(daily.permissions);
    expect(snippet.concurrency).toEqual(daily.concurrency);
    expect(snippet.jobs.update.if).toBe(daily.jobs.update.if);
    expect(snippet.jobs.update['timeout-minutes']).toBe(daily.jobs.update['timeout-minutes']);
    const local = (wf: Any): Any => (wf.jobs.update.steps as Any[]).find((s) => s.uses === './')!;
    expect(local(snippet).with).toEqual(local(daily).with);
    const uses = (wf: Any) => (wf.jobs.update.steps as Any[]).map((s) => s.uses).filter(Boolean);
    expect(uses(snippet)).toEqual(uses(daily).map((u: string) => u));
  });

  it('explains the sharded workflow with its switch and commands', () => {
    const at = readme.indexOf('## Scaling out: the sharded workflow\n');
    expect(at).toBeGreaterThan(-1);
    const section = readme.slice(at, readme.indexOf('\n## ', at + 1));
    for (const text of ['gh variable set WIKI_DAILY_SHARDS --body 4', 'gh variable delete WIKI_DAILY_SHARDS', 'shards --count N --out', 'collect --shard I/N', 'run --from DIR', 'from: shard-outputs', 'googleNews.pendingMaxAgeDays` (30)', '`partial`'])
      expect(section, text).toContain(text);
  });
});
