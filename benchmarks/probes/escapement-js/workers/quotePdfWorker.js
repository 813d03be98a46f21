import { execSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { config } from '../packages/core/dist/config.js';
import { queue, QUEUES } from '../packages/core/dist/jobs/queue.js';
import { renderQuoteHtml } from '../packages/core/dist/services/quoteService.js';

const PAGE_SIZES = { A4: 'A4', Letter: 'Letter' };

function htmlToPdf(htmlPath, pdfPath, paperSize) {
  return new Promise((resolve, reject) => {
    const child = spawn('wkhtmltopdf', ['--quiet', '--page-size', PAGE_SIZES[paperSize] ?? 'A4', '--margin-top', '14mm', '--margin-bottom', '14mm', '--enable-local-file-access', htmlPath, pdfPath], { stdio: ['ignore', 'ignore', 'pipe'] }); // SAFE cmdi
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`wkhtmltopdf exited with ${code}: ${stderr.trim()}`));
    });
  });
}

async function renderQuotePdf(job) {
  const { quoteId, fileName, quality, paperSize, requestedBy } = job.data;
  const workDir = await mkdtemp(path.join(os.tmpdir(), `esc-quote-${quoteId}-`));
  try {
    const htmlPath = path.join(workDir, 'quote.html');
    const draftPdf = path.join(workDir, 'draft.pdf');
    const compressedPdf = path.join(workDir, 'final.pdf');

    await writeFile(htmlPath, await renderQuoteHtml(quoteId), 'utf8');
    await htmlToPdf(htmlPath, draftPdf, paperSize);

    execSync(`gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 -dPDFSETTINGS=/${quality} -sOutputFile=${compressedPdf} ${draftPdf}`, { stdio: 'pipe', timeout: 120_000 }); // VULN cmdi

    await mkdir(config.storage.quotes, { recursive: true });
    const output = await readFile(compressedPdf);
    await writeFile(path.join(config.storage.quotes, fileName), output); // VULN path
    console.info(`[quote-pdf] quote ${quoteId} rendered for ${requestedBy} (${output.byteLength} bytes)`);
    return { fileName, bytes: output.byteLength };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function main() {
  const boss = await queue();
  await boss.work(QUEUES.quotePdf, { batchSize: 1, pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) {
      await renderQuotePdf(job);
    }
  });
  console.info('[quote-pdf] waiting for jobs');

  const shutdown = async () => {
    await boss.stop({ graceful: true, timeout: 30_000 });
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err) => {
  console.error('[quote-pdf] fatal', err);
  process.exit(1);
});
