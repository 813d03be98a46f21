import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { pool } from './db';

const app = express();

app.get('/orders', async (req: Request, res: Response) => {
  const id: string = req.query.id as string;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await pool.query(`SELECT * FROM orders WHERE id = ${id}`);
  // ok: trace.javascript.sql-injection.tainted-query
  const rows2 = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);
  res.json({ rows, rows2 });
});

app.post('/calc', (req: Request, res: Response) => {
  // ruleid: trace.javascript.code-injection.tainted-eval
  const value = eval(req.body.expr);
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`convert ${req.body.file} out.png`);
  res.json({ value });
});
