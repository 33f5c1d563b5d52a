/**
 * The operator's HTTP endpoint (--http-port): GET /metrics (Prometheus text), /health (the
 * process answers), /ready (a quorum of replicas is healthy, so writes can commit: 200, else
 * 503) and /status (evsql_replicas and evsql_stats as JSON). Read-only; nothing here changes the
 * server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ServerFigures } from '../wire/server.js';
import { EVSQL_VERSION } from '../pg/version.js';
import { Metrics } from './metrics.js';

export class OpsHttpServer {
  private readonly server: Server;
  private readonly metrics: Metrics;
  private readonly started = Date.now();

  constructor(private readonly figures: () => ServerFigures, private readonly log: { warn: (obj: object, msg?: string) => void }) {
    this.metrics = new Metrics(figures);
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: Error) => {
        this.log.warn({ url: req.url, err: err.message }, 'http request failed');
        send(res, 500, 'text/plain; charset=utf-8', `internal error: ${err.message}\n`);
      });
    });
  }

  /** Resolves with the port bound (useful with port 0). */
  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const addr = this.server.address();
    return typeof addr === 'object' && addr ? addr.port : port;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    switch (path) {
      case '/metrics':
        return send(res, 200, this.metrics.contentType, await this.metrics.text());
      case '/health':
        return send(res, 200, 'text/plain; charset=utf-8', 'ok\n');
      case '/ready': {
        const f = this.figures();
        const healthy = f.replicas.filter((r) => r.status === 'healthy').length;
        const ready = healthy >= f.quorum;
        return send(res, ready ? 200 : 503, 'text/plain; charset=utf-8', `${ready ? 'ready' : 'not ready'}: ${healthy} of ${f.replicas.length} replicas healthy, quorum ${f.quorum}\n`);
      }
      case '/status': {
        const f = this.figures();
        const body = { version: EVSQL_VERSION, uptime_s: Math.round((Date.now() - this.started) / 1000), ...f };
        return send(res, 200, 'application/json', JSON.stringify(body, null, 2) + '\n');
      }
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'not found: try /metrics, /health, /ready or /status\n');
    }
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
