import express from 'express';
import jwt from 'jsonwebtoken';
import { db } from './db';

const app = express();
const KEY = process.env.JWT_KEY as string;

app.get('/product', async (req, res) => {
  const rows = await db.query("SELECT * FROM products WHERE id = " + req.query.id);
  res.json(rows);
});

app.post('/calc', (req, res) => {
  res.json({ result: eval(req.body.expr) });
});

app.get('/hello', (req, res) => {
  res.send("<h1>" + req.query.name + "</h1>");
});

app.get('/login/callback', (req, res) => {
  res.redirect(req.query.next as string);
});

app.get('/me', (req, res) => {
  const token = req.headers.authorization as string;
  const claims = jwt.verify(token, KEY, { algorithms: ['none'] });
  res.json(claims);
});
