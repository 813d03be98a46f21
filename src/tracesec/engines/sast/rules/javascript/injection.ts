import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { pool } from './db';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { NextRequest } from 'next/server';

const app = express();

app.get('/orders', async (req: Request, res: Response) => {
  const id: string = req.query.id as string;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await pool.query(`SELECT * FROM orders WHERE id = ${id}`);
  // ok: trace.javascript.sql-injection.tainted-query
  const rows2 = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);
  // ruleid: trace.javascript.sql-injection.tainted-query
  const typed = await pool.query<{ id: string }>(`SELECT * FROM orders WHERE id = ${id}`);
  // ok: trace.javascript.sql-injection.tainted-query
  const typedSafe = await pool.query<{ id: string }>('SELECT * FROM orders WHERE id = $1', [id]);
  res.json({ rows, rows2, typed, typedSafe });
});

app.post('/calc', (req: Request, res: Response) => {
  // ruleid: trace.javascript.code-injection.tainted-eval
  const value = eval(req.body.expr);
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`convert ${req.body.file} out.png`);
  res.json({ value });
});

// NestJS: handler parameters bound from the request by decorators
@Controller('users')
export class UsersController {
  @Get()
  async find(@Query('name') name: string, @Param('id') id: string) {
    // ruleid: trace.javascript.sql-injection.tainted-query
    await pool.query("SELECT * FROM users WHERE name = '" + name + "'");
    // ok: trace.javascript.sql-injection.tainted-query
    await pool.query('SELECT * FROM users WHERE id = $1', [id]);
  }

  @Get(':id/lots')
  async lots(@Param('id', ParseIntPipe) id: number, @Query('lot', new ParseIntPipe()) lot: number, @Query('sort') sort: string) {
    // ok: trace.javascript.sql-injection.tainted-query
    await pool.query(`SELECT * FROM lots WHERE grower = ${id} AND lot = ${lot}`);
    // ruleid: trace.javascript.sql-injection.tainted-query
    await pool.query(`SELECT * FROM lots WHERE grower = ${id} ORDER BY ${sort}`);
  }

  // an upload's client-side name is the client's
  @Post(':id/photos')
  async photo(@Param('id', ParseIntPipe) id: number, @UploadedFile() photo: Express.Multer.File) {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec(`exiftool -all= "${photo.originalname}"`);
    // ok: trace.javascript.command-injection.tainted-shell-command
    exec(`exiftool -all= /srv/photos/${id}.jpg`);
  }

  @Post('convert')
  convert(@Body() dto: { file: string }) {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec(`convert ${dto.file} out.png`);
  }

  rename(file: string) {
    // ok: trace.javascript.command-injection.tainted-shell-command
    exec(`convert ${file} out.png`);
  }
}

// Next.js route handler: the request URL is the visitor's
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q');
  // ruleid: trace.javascript.sql-injection.tainted-query
  return pool.query("SELECT * FROM items WHERE q = '" + q + "'");
}

// Next.js App Router route handlers read a Fetch API Request
export async function POST(request: Request) {
  const body = await request.json();
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`convert ${body.file} out.png`);
  const { searchParams } = new URL(request.url);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await pool.query(`SELECT * FROM orders WHERE id = '${searchParams.get('id')}'`);
  const limit = Number(searchParams.get('limit'));
  // ok: trace.javascript.sql-injection.tainted-query
  await pool.query(`SELECT * FROM orders LIMIT ${limit}`);
  return Response.json({ ok: true });
}

// Hono: the context's request reads
export const search = async (c: any) => {
  // ruleid: trace.javascript.sql-injection.tainted-query
  return c.json(await pool.query(`SELECT * FROM items WHERE name = '${c.req.query('name')}'`));
};

// destructured from a cast: the request's values all the same
router.post('/labs/:labId/notify', async (ctx) => {
  const { callbackUrl, name } = ctx.request.body as { callbackUrl: string; name: string };
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT id FROM labs WHERE name = '${name}'`);
  // ok: trace.javascript.sql-injection.tainted-query
  await db.query('SELECT id FROM labs WHERE callback = $1', [callbackUrl]);
});

import { promisify } from 'node:util';
import * as cp from 'node:child_process';
import util from 'node:util';
const execAsync = promisify(exec);
const run = util.promisify(cp.exec);
const execFileAsync = promisify(cp.execFile);

router.post('/pets/:petId/photo', async (ctx) => {
  const name = ctx.request.body.name;
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  await execAsync(`convert "/srv/photos/${name}" -thumbnail 320x320 thumb.jpg`);
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  await run('ls ' + name);
  // ok: trace.javascript.command-injection.tainted-shell-command
  await execFileAsync('convert', [`/srv/photos/${name}`, 'thumb.jpg']);
});

// a Next.js route handler destructuring its JSON body from a cast
export async function POST(req: Request) {
  const { articleSlug, limit = 10 } = (await req.json()) as { articleSlug: string; limit?: number };
  // ruleid: trace.javascript.sql-injection.tainted-query
  await pool.query(`SELECT id FROM articles WHERE slug = '${articleSlug}' LIMIT ${limit}`);
  // ok: trace.javascript.sql-injection.tainted-query
  await pool.query('SELECT id FROM articles WHERE slug = $1', [articleSlug]);
}

// TypeORM: the data source's raw query, and a query builder's condition written as SQL text
app.get('/growers', async (req: Request, res: Response) => {
  const region = req.query.region as string;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const raw = await this.dataSource.query(`SELECT * FROM growers WHERE region = '${region}'`);
  const qb = this.dataSource.getRepository(Grower).createQueryBuilder('g');
  // ruleid: trace.javascript.sql-injection.tainted-query
  const built = await qb.where(`g.region = '${region}'`).getRawMany();
  // ruleid: trace.javascript.sql-injection.tainted-query
  const concatenated = await qb.andWhere("g.region = '" + region + "'").getRawMany();
  // ok: trace.javascript.sql-injection.tainted-query
  const bound = await qb.where('g.region = :region', { region }).getRawMany();
  // a Mongoose path is no SQL text
  // ok: trace.javascript.sql-injection.tainted-query
  const adults = await Grower.find().where(region).gte(21);
  res.json({ raw, built, concatenated, bound, adults });
});

// a tagged template binds what it interpolates (drizzle, postgres.js, slonik, Prisma)
app.post('/lessons/:id/note', async (req: Request, res: Response) => {
  const note = String(req.body.note);
  // ok: trace.javascript.sql-injection.tainted-query
  await db.execute(sql`update lessons set teacher_note = ${note} where id = ${req.params.id}`);
  // ok: trace.javascript.sql-injection.tainted-query
  await prisma.$queryRaw(Prisma.sql`SELECT * FROM lessons WHERE note = ${note}`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.execute(sql.raw(`update lessons set teacher_note = '${note}'`));
  const noteFilter = note ? `and teacher_note = '${note}'` : '';
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.execute(sql`select * from lessons where id = ${req.params.id} ${sql.raw(noteFilter)}`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.execute(`update lessons set teacher_note = '${note}'`);
  res.json({ ok: true });
});
