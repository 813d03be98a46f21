import express, { Request, Response } from "express";
import { exec } from "child_process";
import { Pool } from "pg";

const app = express();
const pool = new Pool();

app.get("/users/:name", async (req: Request, res: Response) => {
  const { name } = req.params;
  const r = await pool.query(`SELECT * FROM users WHERE name = '${name}'`); // VULN
  res.json(r.rows);
});

app.post("/run", (req: Request, res: Response) => {
  const { host } = req.body;
  exec(`ping -c 1 ${host}`, (err, out) => res.json({ out })); // VULN
});

app.get("/users2/:id", async (req: Request, res: Response) => {
  const id = Number(req.params.id);
  const r = await pool.query(`SELECT * FROM users WHERE id = ${id}`); // SAFE
  res.json(r.rows);
});

app.get("/users3", async (req: Request, res: Response) => {
  const r = await pool.query("SELECT * FROM users WHERE name = $1", [req.query.name]); // SAFE
  res.json(r.rows);
});
