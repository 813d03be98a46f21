const express = require("express");
const axios = require("axios");

const app = express();
const ALLOWED = new Set(["api.example.com"]);

app.get("/fetch1", async (req, res) => {
  const u = new URL(req.query.url);
  if (!ALLOWED.has(u.hostname)) {
    return res.status(400).send("bad");
  }
  const r = await axios.get(u.toString());
  res.json(r.data);
});

app.get("/fetch2", async (req, res) => {
  const url = req.query.url;
  if (!ALLOWED.has(new URL(url).hostname)) {
    return res.status(400).send("bad");
  }
  const r = await axios.get(url);
  res.json(r.data);
});

app.get("/next", (req, res) => {
  let target = req.query.next || "/";
  if (!target.startsWith("/") || target.startsWith("//")) {
    target = "/";
  }
  res.redirect(target);
});

app.get("/fetch-vuln", async (req, res) => {
  const r = await axios.get(req.query.url);
  res.json(r.data);
});
