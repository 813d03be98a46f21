import * as fsp from 'fs/promises';
import path from 'node:path';
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
