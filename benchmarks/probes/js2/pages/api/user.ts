import type { NextApiRequest, NextApiResponse } from "next";
import { exec } from "child_process";
import db from "../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const rows = await db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`); // VULN
  exec(`convert ${req.body.file} out.png`); // VULN
  res.status(200).json(rows);
}
