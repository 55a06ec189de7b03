/**
 * A loopback stand-in for the GitHub Actions results service, speaking just the subset the real
 * @actions/artifact (v6) client uses, so tests drive the real toolkit code:
 *
 * - Twirp JSON `POST /twirp/github.actions.results.api.v1.ArtifactService/{CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact}`
 *   (bearer ACTIONS_RUNTIME_TOKEN; responses in proto field names, as the service sends them).
 * - Azure-blob-style signed URLs, path style `/blob/<account>/<container>/<blob>?sig=…` (the Azure
 *   SDK treats an IP host as path style): `PUT` with `x-ms-blob-type` (single shot),
 *   `PUT ?comp=block&blockid=…` + `PUT ?comp=blocklist`, and `GET` to download.
 * - The two REST calls a cross-run artifact download makes through Octokit (`GITHUB_API_URL` =
 *   `<url>api`): list a run's artifacts by name, and the `/zip` redirect. The REST `run_id` is
 *   matched against the Twirp `workflow_run_backend_id` as a string.
 *
 * Everything received is kept in memory for assertions.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArtifactEntry {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  blob: string;
  mimeType?: string;
  expiresAt?: string;
  finalized: boolean;
  size?: number;
  hash?: string;
  createdAt: number;
}

export interface StoredBlob {
  data: Buffer;
  contentType?: string;
  /** How it arrived: one PUT or staged blocks + block list. */
  via: 'single' | 'blocks';
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Parsed JSON body for Twirp calls. */
  body?: unknown;
}

export interface ActionsServerOptions {
  /** Twirp workflow_run_backend_id baked into the runtime token (also the REST run_id). */
  runBackendId?: string;
  jobBackendId?: string;
  /** The token the REST API accepts (`Authorization: token|Bearer <apiToken>`). */
  apiToken?: string;
}

export interface ActionsServer {
  /** Base URL with trailing slash, for ACTIONS_RESULTS_URL. */
  url: string;
  /** For GITHUB_API_URL. */
  apiUrl: string;
  runtimeToken: string;
  runBackendId: string;
  jobBackendId: string;
  artifacts: ArtifactEntry[];
  blobs: Map<string, StoredBlob>;
  requests: RecordedRequest[];
  /** Runtime token for another run/job (to simulate a later run talking to the same service). */
  tokenFor(runBackendId: string, jobBackendId: string): string;
  close(): Promise<void>;
}

function base64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** An unsigned JWT: the artifact client only decodes the `scp` claim, it never verifies signatures. */
export function unsignedJwt(runBackendId: string, jobBackendId: string): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ scp: `Actions.GenericRead:00000000 Actions.Results:${runBackendId}:${jobBackendId}`, iat: 0 }),
  );
  return `${header}.${payload}.`;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Protobuf JSON wrappers (StringValue, Int64Value) arrive as bare values. */
function wrapped(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value);
  return undefined;
}

export async function startActionsServer(opts: ActionsServerOptions = {}): Promise<ActionsServer> {
  const runBackendId = opts.runBackendId ?? '1001';
  const jobBackendId = opts.jobBackendId ?? 'job-1';
  const sig = randomBytes(8).toString('hex');
  const validTokens = new Set<string>([unsignedJwt(runBackendId, jobBackendId)]);
  const artifacts: ArtifactEntry[] = [];
  const blobs = new Map<string, StoredBlob>();
  const staged = new Map<string, Map<string, Buffer>>();
  const requests: RecordedRequest[] = [];
  let nextId = 1;
  let base = '';

  const signedUrl = (container: string, blob: string): string =>
    `${base}blob/devstoreaccount1/${container}/${encodeURIComponent(blob)}?sv=2023-11-03&sr=b&sp=rcw&sig=${sig}`;

  function twirpArtifact(method: string, body: Record<string, unknown>): unknown {
    const run = str(body.workflow_run_backend_id);
    const job = str(body.workflow_job_run_backend_id);
    if (!run || !job) throw new HttpFailure(400, 'workflow_run_backend_id and workflow_job_run_backend_id are required');
    switch (method) {
      case 'CreateArtifact': {
        const name = str(body.name);
        if (!name) throw new HttpFailure(400, 'name is required');
        if (artifacts.some((a) => a.runBackendId === run && a.name === name && a.finalized)) {
          throw new HttpFailure(409, `an artifact named ${name} already exists in this run`);
        }
        const entry: ArtifactEntry = {
          id: nextId++,
          name,
          runBackendId: run,
          jobBackendId: job,
          blob: `${run}/${name}.zip`,
          finalized: false,
          createdAt: Date.now(),
        };
        const mime = wrapped(body.mime_type);
        if (mime) entry.mimeType = mime;
        const exp = str(body.expires_at);
        if (exp) entry.expiresAt = exp;
        artifacts.push(entry);
        return { ok: true, signed_upload_url: signedUrl('actions-results', entry.blob) };
      }
      case 'FinalizeArtifact': {
        const entry = artifacts.find((a) => a.runBackendId === run && a.name === body.name && !a.finalized);
        if (!entry) throw new HttpFailure(404, `no artifact ${String(body.name)} awaiting finalize`);
        const blob = blobs.get(`actions-results/${entry.blob}`);
        if (!blob) throw new HttpFailure(400, `artifact ${entry.name} was never uploaded`);
        const hash = wrapped(body.hash);
        const actual = `sha256:${createHash('sha256').update(blob.data).digest('hex')}`;
        if (hash && hash !== actual) throw new HttpFailure(400, `hash ${hash} != uploaded ${actual}`);
        entry.finalized = true;
        entry.size = Number(body.size);
        if (hash) entry.hash = hash;
        return { ok: true, artifact_id: String(entry.id) };
      }
      case 'ListArtifacts': {
        const nameFilter = wrapped(body.name_filter);
        const idFilter = wrapped(body.id_filter);
        const list = artifacts.filter(
          (a) => a.finalized && a.runBackendId === run && (!nameFilter || a.name === nameFilter) && (!idFilter || String(a.id) === idFilter),
        );
        return {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: new Date(a.createdAt).toISOString(),
            ...(a.hash ? { digest: a.hash } : {}),
          })),
        };
      }
      case 'GetSignedArtifactURL': {
        const entry = artifacts.find((a) => a.finalized && a.runBackendId === run && a.name === body.name);
        if (!entry) throw new HttpFailure(404, `artifact ${String(body.name)} not found`);
        return { signed_url: signedUrl('actions-results', entry.blob) };
      }
      case 'DeleteArtifact': {
        const i = artifacts.findIndex((a) => a.finalized && a.runBackendId === run && a.name === body.name);
        if (i < 0) throw new HttpFailure(404, `artifact ${String(body.name)} not found`);
        const [entry] = artifacts.splice(i, 1);
        blobs.delete(`actions-results/${entry!.blob}`);
        return { ok: true, artifact_id: String(entry!.id) };
      }
      default:
        throw new HttpFailure(404, `ArtifactService/${method} is not implemented`);
    }
  }

  async function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (url.searchParams.get('sig') !== sig) throw new HttpFailure(403, 'bad or missing signature');
    // /blob/<account>/<container>/<blob…>
    const parts = url.pathname.split('/').slice(2);
    const container = parts[1];
    const name = decodeURIComponent(parts.slice(2).join('/'));
    if (!container || !name) throw new HttpFailure(400, `bad blob path ${url.pathname}`);
    const blobKey = `${container}/${name}`;
    const comp = url.searchParams.get('comp');
    if (req.method === 'PUT' && comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) throw new HttpFailure(400, 'blockid missing');
      const blocks = staged.get(blobKey) ?? new Map<string, Buffer>();
      blocks.set(blockId, await readBody(req));
      staged.set(blobKey, blocks);
      res.writeHead(201, { 'x-ms-request-server-encrypted': 'true' }).end();
      return;
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const xml = (await readBody(req)).toString('utf8');
      const ids = [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '');
      const blocks = staged.get(blobKey) ?? new Map<string, Buffer>();
      const pieces = ids.map((id) => {
        const b = blocks.get(id);
        if (!b) throw new HttpFailure(400, `block ${id} was never staged for ${blobKey}`);
        return b;
      });
      const stored: StoredBlob = { data: Buffer.concat(pieces), via: 'blocks' };
      const ct = req.headers['x-ms-blob-content-type'];
      if (typeof ct === 'string') stored.contentType = ct;
      blobs.set(blobKey, stored);
      staged.delete(blobKey);
      res.writeHead(201, { etag: `"${nextId++}"`, 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (req.method === 'PUT') {
      if (!req.headers['x-ms-blob-type']) throw new HttpFailure(400, 'x-ms-blob-type header missing');
      const stored: StoredBlob = { data: await readBody(req), via: 'single' };
      const ct = req.headers['x-ms-blob-content-type'];
      if (typeof ct === 'string') stored.contentType = ct;
      blobs.set(blobKey, stored);
      res.writeHead(201, { etag: `"${nextId++}"`, 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (req.method === 'GET') {
      const blob = blobs.get(blobKey);
      if (!blob) throw new HttpFailure(404, `blob ${blobKey} not found`);
      res
        .writeHead(200, { 'content-type': blob.contentType ?? 'application/octet-stream', 'content-length': blob.data.length })
        .end(blob.data);
      return;
    }
    throw new HttpFailure(405, `${req.method} not supported on blobs`);
  }

  function handleRest(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const auth = req.headers.authorization ?? '';
    if (!opts.apiToken || !/^(token|bearer) /i.test(auth) || auth.split(' ')[1] !== opts.apiToken) {
      throw new HttpFailure(401, 'Bad credentials');
    }
    const list = url.pathname.match(/^\/api\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/([^/]+)\/artifacts$/);
    if (req.method === 'GET' && list) {
      const name = url.searchParams.get('name');
      const found = artifacts.filter((a) => a.finalized && a.runBackendId === list[3] && (!name || a.name === name));
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          total_count: found.length,
          artifacts: found.map((a) => ({
            id: a.id,
            name: a.name,
            size_in_bytes: a.size ?? 0,
            created_at: new Date(a.createdAt).toISOString(),
            digest: a.hash ?? null,
            expired: false,
          })),
        }),
      );
      return;
    }
    const zip = url.pathname.match(/^\/api\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/);
    if (req.method === 'GET' && zip) {
      const entry = artifacts.find((a) => a.finalized && String(a.id) === zip[3]);
      if (!entry) throw new HttpFailure(404, 'Not Found');
      res.writeHead(302, { location: signedUrl('actions-results', entry.blob) }).end();
      return;
    }
    throw new HttpFailure(404, `REST ${req.method} ${url.pathname} is not implemented`);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    void (async () => {
      try {
        const twirp = url.pathname.match(/^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/);
        if (twirp && req.method === 'POST') {
          const auth = req.headers.authorization ?? '';
          if (!auth.startsWith('Bearer ') || !validTokens.has(auth.slice('Bearer '.length))) {
            throw new HttpFailure(401, 'missing or unknown runtime token');
          }
          const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
          requests.push({ method: req.method, path: url.pathname, body });
          const out = twirpArtifact(twirp[1]!, body);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
          return;
        }
        requests.push({ method: req.method ?? '?', path: url.pathname + (url.search ? url.search.replace(/sig=[^&]*/, 'sig=***') : '') });
        if (url.pathname.startsWith('/blob/')) return await handleBlob(req, res, url);
        if (url.pathname.startsWith('/api/')) return handleRest(req, res, url);
        throw new HttpFailure(404, `no route for ${req.method} ${url.pathname}`);
      } catch (err) {
        const status = err instanceof HttpFailure ? err.status : 500;
        const msg = err instanceof Error ? err.message : String(err);
        if (!res.headersSent) {
          // Twirp error shape ({code,msg}); the blob and REST clients only look at the status.
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code: status === 404 ? 'not_found' : 'internal', msg, message: msg }));
        } else res.destroy();
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;

  return {
    url: base,
    apiUrl: `${base}api`,
    runtimeToken: unsignedJwt(runBackendId, jobBackendId),
    runBackendId,
    jobBackendId,
    artifacts,
    blobs,
    requests,
    tokenFor(run, job) {
      const t = unsignedJwt(run, job);
      validTokens.add(t);
      return t;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
