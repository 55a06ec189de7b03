/**
 * A loopback stand-in for the GitHub REST issues API (the subset the failure issue uses): list with
 * `labels` and `state` filters, create, comment, update. Records every call. Listens on 127.0.0.1;
 * pass `url` as GITHUB_API_URL. `updated_at` comes from an injected clock so "one comment a day" can
 * be tested without waiting a day.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: { name: string }[];
  comments: { body: string; created_at: string }[];
  created_at: string;
  updated_at: string;
  html_url: string;
  pull_request?: unknown;
}

export interface ApiCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
}

export interface GitHubApi {
  url: string;
  issues: FakeIssue[];
  calls: ApiCall[];
  /** Calls that changed something (POST/PATCH). */
  writes(): ApiCall[];
  /** Answer every request with this status until cleared (an API outage). */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

export async function startGitHubApi(opts: { owner: string; repo: string; now: () => number }): Promise<GitHubApi> {
  const issues: FakeIssue[] = [];
  const calls: ApiCall[] = [];
  let failure: number | undefined;
  const base = `/repos/${opts.owner}/${opts.repo}/issues`;
  const iso = (): string => new Date(opts.now()).toISOString();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      calls.push({
        method: req.method ?? '',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        body,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      });
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (failure) return send(failure, { message: 'simulated outage' });
      const one = new RegExp(`^${base}/(\\d+)(/comments)?$`).exec(u.pathname);
      if (u.pathname === base && req.method === 'GET') {
        const labels = (u.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const state = u.searchParams.get('state') ?? 'open';
        return send(
          200,
          issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l))),
        );
      }
      if (u.pathname === base && req.method === 'POST') {
        const number = issues.length + 1;
        const issue: FakeIssue = {
          number,
          title: String(body?.title ?? ''),
          body: String(body?.body ?? ''),
          state: 'open',
          labels: ((body?.labels as string[]) ?? []).map((name) => ({ name })),
          comments: [],
          created_at: iso(),
          updated_at: iso(),
          html_url: `https://github.test/${opts.owner}/${opts.repo}/issues/${number}`,
        };
        issues.push(issue);
        return send(201, issue);
      }
      const issue = one ? issues.find((i) => i.number === Number(one[1])) : undefined;
      if (one && !issue) return send(404, { message: 'Not Found' });
      if (issue && one?.[2] && req.method === 'POST') {
        issue.comments.push({ body: String(body?.body ?? ''), created_at: iso() });
        issue.updated_at = iso();
        return send(201, { id: issue.comments.length, body: body?.body });
      }
      if (issue && !one?.[2] && req.method === 'PATCH') {
        if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
        if (typeof body?.state_reason === 'string') issue.state_reason = body.state_reason;
        issue.updated_at = iso();
        return send(200, issue);
      }
      return send(404, { message: `no route ${req.method} ${u.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    calls,
    writes: () => calls.filter((c) => c.method !== 'GET'),
    failWith(status) {
      failure = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
