import { Injectable, Logger } from '@nestjs/common';
import { exec } from 'child_process';
import execa from 'execa';
import { promises as fsp } from 'fs';
import { promisify } from 'util';

const execAsync = promisify(exec);

const WATERMARK = '/usr/share/ferrylane/watermark-internal.pdf';

@Injectable()
export class PdfRenderer {
  private readonly logger = new Logger(PdfRenderer.name);

  /** Renders an HTML report through wkhtmltopdf. */
  async htmlToPdf(html: string, title: string, outPath: string): Promise<void> {
    const htmlPath = outPath.replace(/\.pdf$/, '.html');
    await fsp.writeFile(htmlPath, html, 'utf8');
    try {
      const { stderr } = await execAsync(`wkhtmltopdf --quiet --title "${title}" --footer-center "[page]/[topage]" ${htmlPath} ${outPath}`, { timeout: 120_000 }); // VULN cmdi
      if (stderr) {
        this.logger.warn(stderr.trim());
      }
    } finally {
      await fsp.rm(htmlPath, { force: true });
    }
  }

  /** Stamps the "internal use" overlay on crew reports. */
  async watermark(inPath: string, outPath: string, label: string): Promise<void> {
    await execa('qpdf', ['--overlay', WATERMARK, '--', `--set-page-labels=1:r/P/${label}`, inPath, outPath], { timeout: 60_000 }); // SAFE cmdi
  }
}
