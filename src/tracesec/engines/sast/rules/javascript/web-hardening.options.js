const express = require('express');
const cors = require('cors');
const app = express();

// CORS options built first and passed by name.
const openCors = { origin: true, credentials: true, maxAge: 600 };
// ruleid: trace.javascript.cors.credentials-any-origin
app.use(cors(openCors));
const listedCors = { origin: ['https://app.example.org'], credentials: true };
// ok: trace.javascript.cors.credentials-any-origin
app.use(cors(listedCors));
