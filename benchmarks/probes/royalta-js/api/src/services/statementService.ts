import path from 'path';
import { randomUUID } from 'crypto';
import { config } from '../config';
import { buildCommand } from '../lib/text';
import { renderStatementPdf, runExportJob } from '../lib/exportRunner';

export interface ExportRequest {
  artistId: string;
  period: string;
  currency?: string;
  includeTerritories?: boolean;
}

const LOCALES = new Set(['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP']);

export async function exportStatementCsv(req: ExportRequest) {
  const outFile = path.join(config.storage.exportsDir, `${req.artistId}-${randomUUID()}.csv`);
  const cmd = buildCommand('royalta-export', {
    artist: req.artistId,
    period: req.period,
    currency: req.currency ?? 'USD',
    territories: req.includeTerritories,
    out: outFile,
  });
  return { file: path.basename(outFile), summary: await runExportJob(cmd) };
}

export async function buildStatementPdf(statementId: string, artistId: string, locale: string) {
  const lang = LOCALES.has(locale) ? locale : 'en-GB';
  const dir = path.join(config.storage.statementsDir, artistId);
  const fileName = `${statementId}.${lang}.pdf`;
  await renderStatementPdf(path.join(dir, `${statementId}.csv`), path.join(dir, fileName), lang);
  return { dir, fileName };
}
