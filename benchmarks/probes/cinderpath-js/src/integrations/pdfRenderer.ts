import { exec, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { logger } from '../lib/logger';

const execAsync = promisify(exec);

export interface PdfJob {
  inspectionId: string;
  title: string;
  html: string;
}

async function scratchFile(name: string): Promise<string> {
  await fs.mkdir(config.storage.scratchDir, { recursive: true });
  return path.join(config.storage.scratchDir, name);
}

/** Renders an inspection report with wkhtmltopdf and returns the output path. */
export async function renderPdf(job: PdfJob): Promise<string> {
  const htmlPath = await scratchFile(`${job.inspectionId}.html`);
  const pdfPath = path.join(config.storage.reportsDir, `${job.inspectionId}.pdf`);
  await fs.writeFile(htmlPath, job.html, 'utf8');
  const started = Date.now();
  await execAsync(`wkhtmltopdf --quiet --page-size Letter --title "${job.title}" ${htmlPath} ${pdfPath}`); // VULN cmdi
  logger.info('pdf rendered', { inspectionId: job.inspectionId, ms: Date.now() - started });
  await linearize(pdfPath);
  return pdfPath;
}

/** Linearizes the PDF in place so carrier portals can stream the first page. */
export function linearize(pdfPath: string): Promise<void> {
  const tmp = `${pdfPath}.lin`;
  return new Promise((resolve, reject) => {
    const child = spawn('qpdf', ['--linearize', pdfPath, tmp], { stdio: 'ignore' }); // SAFE cmdi
    child.on('error', reject);
    child.on('close', async (code) => {
      if (code !== 0) {
        reject(new Error(`qpdf exited with ${code}`));
        return;
      }
      try {
        await fs.rename(tmp, pdfPath);
        resolve();
      } catch (err) {
        reject(err);
      }
    });
  });
}
