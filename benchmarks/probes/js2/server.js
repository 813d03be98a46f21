const Koa = require("koa");
const Router = require("@koa/router");
const path = require("path");
const fs = require("fs");
const { PrismaClient } = require("@prisma/client");
const knex = require("knex")({ client: "pg" });

const prisma = new PrismaClient();
const app = new Koa();
const router = new Router();
const BASE = "/srv/files";

router.get("/users/:name", async (ctx) => {
  ctx.body = await prisma.$queryRawUnsafe(`SELECT * FROM users WHERE name = '${ctx.params.name}'`); // VULN
});

router.get("/users2", async (ctx) => {
  ctx.body = await knex.raw(`SELECT * FROM users WHERE name = '${ctx.query.name}'`); // VULN
});

router.get("/users3", async (ctx) => {
  ctx.body = await knex("users").where({ name: ctx.query.name }); // SAFE
});

router.get("/users4", async (ctx) => {
  ctx.body = await prisma.$queryRaw`SELECT * FROM users WHERE name = ${ctx.query.name}`; // SAFE
});

router.get("/files/:name", async (ctx) => {
  ctx.body = fs.readFileSync(path.join(BASE, ctx.params.name)); // VULN
});

router.get("/files2/:name", async (ctx) => {
  const p = path.resolve(BASE, ctx.params.name);
  if (!p.startsWith(BASE + path.sep)) {
    ctx.status = 400;
    return;
  }
  ctx.body = fs.readFileSync(p); // SAFE
});

router.get("/files3/:name", async (ctx) => {
  ctx.body = fs.readFileSync(path.join(BASE, path.basename(ctx.params.name))); // SAFE
});

app.use(router.routes());
