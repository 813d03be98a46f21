import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { config } from './config';
import { openPhoto } from './photoStore';
import { resolveInside } from './util/paths';
import { listToday } from './visitorStore';
import { handleConnection } from './ws/checkinHandler';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
  const file = resolveInside(config.publicDir, pathname === '/' ? '/index.html' : pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info || !info.isFile()) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  createReadStream(file).pipe(res); // SAFE path
}

async function servePhoto(rawName: string, res: http.ServerResponse): Promise<void> {
  const photo = await openPhoto(decodeURIComponent(rawName));
  if (!photo) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': photo.size, 'Cache-Control': 'private, max-age=3600' });
  photo.stream.pipe(res);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'kiosk.local'}`);

  const handle = async () => {
    if (req.method === 'GET' && url.pathname === '/api/visitors/today') {
      const visitors = await listToday();
      return sendJson(res, 200, {
        site: config.site,
        visitors: visitors.map((v) => ({
          id: String(v._id),
          name: v.name,
          company: v.company ?? null,
          hostEmail: v.hostEmail,
          status: v.status,
          note: v.note ?? null,
          photoUrl: v.photo ? `/photos/${encodeURIComponent(v.photo)}` : null,
          checkedInAt: v.checkedInAt ?? null,
        })),
      });
    }
    if (req.method === 'GET' && url.pathname.startsWith('/photos/')) {
      return servePhoto(url.pathname.slice('/photos/'.length), res);
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      return serveStatic(url.pathname, res);
    }
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
  };

  handle().catch((err) => {
    console.error('[kiosk] http error', err);
    if (!res.headersSent) sendJson(res, 500, { error: 'internal_error' });
    else res.end();
  });
});

const wss = new WebSocketServer({ server, path: '/ws', maxPayload: config.maxMessageBytes });
wss.on('connection', handleConnection);

server.listen(config.port, () => {
  console.log(`[kiosk] ${config.site} kiosk listening on :${config.port}`);
});
