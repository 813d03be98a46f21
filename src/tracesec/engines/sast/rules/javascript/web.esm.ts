import * as fsp from 'fs/promises';
import path from 'node:path';
import axios from 'axios';
import express from 'express';

const app = express();

// the promise API imported as a namespace
app.get('/notes', async (req, res) => {
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  const body = await fsp.readFile(path.join('/srv/notes', String(req.query.file)), 'utf8');
  res.type('text/plain').send(body);
});

app.get('/notes/plain', async (req, res) => {
  // ok: trace.javascript.path-traversal.tainted-file-path
  const body = await fsp.readFile(path.join('/srv/notes', path.basename(String(req.query.file))), 'utf8');
  res.type('text/plain').send(body);
});

// a typed response (`axios.get<ArrayBuffer>(url)`)
app.get('/avatar', async (req, res) => {
  // ruleid: trace.javascript.ssrf.tainted-url
  const avatar = await axios.get<ArrayBuffer>(String(req.query.url), { responseType: 'arraybuffer' });
  // ok: trace.javascript.ssrf.tainted-url
  const fallback = await axios.get<ArrayBuffer>('https://cdn.example.com/default.png');
  res.send([avatar.data, fallback.data]);
});
