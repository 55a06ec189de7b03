/**
 * A loopback stand-in for a Discord webhook: records the JSON bodies it accepts, and can fail the
 * next N requests (500, 429 with retry_after…) or be down (its port closed) to exercise retries,
 * rate limits and the undelivered-message queue. Listens on 127.0.0.1 only.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  /** HTTP status answered. */
  status: number;
  body: unknown;
}

export interface FailOptions {
  /** Where a 429 carries its wait: Discord sends both (body seconds may be fractional). */
  retryAfterIn?: 'body' | 'header' | 'both';
}

export interface DiscordReceiver {
  /** Webhook URL, shaped like Discord's: http://127.0.0.1:<port>/api/webhooks/<id>/<token>. */
  url: string;
  /** The secret part of the URL (random per receiver, so a leak check cannot match by accident). */
  token: string;
  /** JSON bodies of accepted (204) messages, in arrival order. */
  messages: any[];
  /** Every request, accepted or failed. */
  requests: ReceivedRequest[];
  /** Answer the next `n` requests with `status` (429 carries `retryAfter` seconds). */
  failNext(n: number, status: number, retryAfter?: number, options?: FailOptions): void;
  /** Close the port: connections are refused until `up()`. */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startDiscordReceiver(): Promise<DiscordReceiver> {
  const messages: any[] = [];
  const requests: ReceivedRequest[] = [];
  const failures: Array<{ status: number; retryAfter?: number; retryAfterIn: 'body' | 'header' | 'both' }> = [];
  const token = `SECRETTOKEN-${randomBytes(12).toString('hex')}`;
  const webhookPath = `/api/webhooks/123456789012345678/${token}`;

  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the raw text: a test may want to see what was sent
      }
      const record = (status: number): void => {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status, body });
      };
      if (req.method !== 'POST' || req.url !== webhookPath) {
        record(404);
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Unknown Webhook', code: 10015 }));
        return;
      }
      const fail = failures.shift();
      if (fail) {
        record(fail.status);
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        const payload: Record<string, unknown> = { message: fail.status === 429 ? 'You are being rate limited.' : 'Internal error' };
        if (fail.retryAfter !== undefined) {
          if (fail.retryAfterIn !== 'header') payload.retry_after = fail.retryAfter;
          if (fail.retryAfterIn !== 'body') headers['retry-after'] = String(Math.ceil(fail.retryAfter));
        }
        res.writeHead(fail.status, headers);
        res.end(JSON.stringify(payload));
        return;
      }
      if (typeof body !== 'object' || body === null) {
        record(400);
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Cannot send an empty message', code: 50006 }));
        return;
      }
      record(204);
      messages.push(body);
      res.writeHead(204);
      res.end();
    });
  };

  let server = http.createServer(handler);
  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });

  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}${webhookPath}`,
    token,
    messages,
    requests,
    failNext(n, status, retryAfter, options) {
      for (let i = 0; i < n; i++) {
        failures.push({
          status,
          ...(retryAfter !== undefined ? { retryAfter } : {}),
          retryAfterIn: options?.retryAfterIn ?? 'both',
        });
      }
    },
    async down() {
      await stop();
    },
    async up() {
      server = http.createServer(handler);
      await listen(port);
    },
    close: stop,
  };
}
