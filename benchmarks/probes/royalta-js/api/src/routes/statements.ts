import { Router } from 'express';
import { config } from '../config';
import { findByPeriod, listStatements, statementLines } from '../repositories/statementRepository';
import { buildStatementPdf, exportStatementCsv } from '../services/statementService';
import { applyPresetSplit, PRESETS, simulateCustomSplit, type SplitContext } from '../services/royaltyCalculator';
import { sendStatementFile } from '../lib/storage';
import { artistOf, asyncHandler, HttpError, PERIOD_RE, UUID_RE } from '../lib/http';
import { escapeHtml, formatCents } from '../lib/text';

const router = Router();

const splitContext = (b: Record<string, unknown>): SplitContext => ({
  gross: Number(b.gross ?? 0),
  streams: Number(b.streams ?? 0),
  rate: Number(b.rate ?? 0.0035),
  points: Number(b.points ?? 0),
});

router.get('/', asyncHandler(async (req, res) => {
  const rows = await listStatements(artistOf(req));
  res.json({ statements: rows.map((s) => ({ ...s, net: formatCents(s.net_cents, s.currency) })), splitPresets: [...PRESETS.keys()] });
}));

router.post('/simulate', (req, res) => {
  res.json({ amount: simulateCustomSplit(String(req.body.formula ?? ''), splitContext(req.body)) });
});

router.post('/simulate/preset', (req, res) => {
  res.json({ amount: applyPresetSplit(String(req.body.preset ?? ''), splitContext(req.body)) });
});

router.post('/export', asyncHandler(async (req, res) => {
  const result = await exportStatementCsv({
    artistId: artistOf(req),
    period: String(req.body.period ?? ''),
    currency: req.preferences.currency,
    includeTerritories: Boolean(req.body.territories),
  });
  res.status(202).json(result);
}));

router.get('/:statementId/pdf', asyncHandler(async (req, res) => {
  const { statementId } = req.params;
  if (!UUID_RE.test(statementId)) throw new HttpError(400, 'invalid statement id');
  const { dir, fileName } = await buildStatementPdf(statementId, artistOf(req), String(req.query.locale ?? req.preferences.locale));
  res.sendFile(fileName, { root: dir, headers: { 'Content-Type': 'application/pdf' } }); // SAFE path
}));

router.get('/:period/download', (req, res) => {
  sendStatementFile(res, artistOf(req), String(req.query.file ?? `${req.params.period}.pdf`));
});

router.get('/:period', asyncHandler(async (req, res) => {
  const { period } = req.params;
  if (!PERIOD_RE.test(period)) {
    res.status(404).type('html').send(`<p class="empty">No statement for period ${escapeHtml(period)}.</p>`); // SAFE xss
    return;
  }
  const statement = await findByPeriod(artistOf(req), period);
  if (!statement) throw new HttpError(404, 'statement not found');
  const lines = await statementLines(statement.id);
  res.render('statement', {
    statement: { ...statement, net: formatCents(statement.net_cents, statement.currency) },
    lines: lines.map((l) => ({ ...l, net: formatCents(l.net_cents, statement.currency) })),
    note: req.query.note,
    footerHtml: config.footerHtml,
    generatedAt: new Date().toISOString(),
  });
}));

export default router;
