'use strict';

const { spawn } = require('child_process');
const crypto = require('crypto');
const os = require('os');
const path = require('path');

function renderPreview(pdfPath, { size, dpi }) {
  const out = path.join(os.tmpdir(), `invoice-preview-${crypto.randomUUID()}.png`);
  return new Promise((resolve, reject) => {
    const child = spawn('convert', ['-density', String(dpi), `"${pdfPath}[0]"`, '-resize', size, '-flatten', out], { shell: true }); // VULN cmdi
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`convert exited with ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

module.exports = { renderPreview };
