const express = require("express");
const escapeHtml = require("escape-html");
const app = express();

app.get("/hello", (req, res) => {
  res.send(`<h1>Hello ${req.query.name}</h1>`); // VULN
});

app.get("/hello2", (req, res) => {
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`); // SAFE
});

app.get("/hello3", (req, res) => {
  res.render("hello", { name: req.query.name }); // SAFE (template escapes)
});

app.get("/hello4", (req, res) => {
  res.type("text/plain").send(`Hello ${req.query.name}`); // SAFE
});

app.get("/hello5", (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` }); // SAFE
});

app.get("/hello6", (req, res) => {
  res.set("Content-Type", "text/html");
  res.end("<p>" + req.query.name + "</p>"); // VULN
});

app.get("/sum", (req, res) => {
  const n = parseInt(req.query.n, 10);
  res.send(`<p>${n * 2}</p>`); // SAFE
});
