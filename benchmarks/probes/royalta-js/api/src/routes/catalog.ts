import os from 'os';
import path from 'path';
import { createHash, randomUUID } from 'crypto';
import { Router } from 'express';
import multer from 'multer';
import { fetchRemoteArtwork, parseMetadataYaml, unpackArtworkPack, unpackDeliveryBundle } from '../services/catalogImportService';
import { labelRates, parseDdexMessage, parseDspSalesReport, recordingOverrides } from '../lib/xmlFeeds';
import { storeCoverArt, streamArtwork } from '../lib/storage';
import { asyncHandler, HttpError } from '../lib/http';
import { requireRole } from '../middleware/auth';

const router = Router();
const diskUpload = multer({ dest: path.join(os.tmpdir(), 'royalta-uploads'), limits: { fileSize: 500 * 1024 * 1024 } });
const memoryUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });
const labelAdmin = requireRole('label_admin');

function uploaded(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file) throw new HttpError(400, 'file upload required');
  return file;
}

router.post('/bundles', labelAdmin, diskUpload.single('bundle'), (req, res) => {
  res.status(201).json(unpackDeliveryBundle(uploaded(req.file).path, randomUUID()));
});

router.post('/artwork-packs', labelAdmin, diskUpload.single('pack'), asyncHandler(async (req, res) => {
  res.status(201).json(await unpackArtworkPack(uploaded(req.file).path, randomUUID()));
}));

router.post('/ddex', labelAdmin, memoryUpload.single('message'), (req, res) => {
  res.status(201).json({ release: parseDdexMessage(uploaded(req.file).buffer.toString('utf8')) });
});

router.post('/sales-reports', requireRole('label_admin', 'finance'), memoryUpload.single('report'), (req, res) => {
  const file = uploaded(req.file);
  const lines = parseDspSalesReport(file.buffer.toString('utf8'));
  const checksum = createHash('sha1').update(file.buffer).digest('hex'); // SAFE hash
  res.status(201).json({ checksum, lines: lines.length, revenue: lines.reduce((sum, l) => sum + l.revenue, 0) });
});

router.post('/metadata', labelAdmin, memoryUpload.single('metadata'), (req, res) => {
  const metadata = parseMetadataYaml(uploaded(req.file).buffer.toString('utf8'));
  res.json({ title: metadata.title, tracks: metadata.tracks.length });
});

router.post('/tracks/:trackId/artwork', memoryUpload.single('image'), asyncHandler(async (req, res) => {
  const file = uploaded(req.file);
  if (!file.mimetype.startsWith('image/')) throw new HttpError(415, 'artwork must be an image');
  res.status(201).json({ stored: await storeCoverArt(req.params.trackId, file.originalname, file.buffer) });
}));

router.post('/tracks/:trackId/artwork/remote', asyncHandler(async (req, res) => {
  const image = await fetchRemoteArtwork(String(req.body.url ?? ''));
  res.status(201).json({ stored: await storeCoverArt(req.params.trackId, 'cover.jpg', image), bytes: image.length });
}));

router.get('/tracks/:trackId/artwork/:variant', (req, res) => streamArtwork(res, req.params.trackId, req.params.variant));

router.get('/rates/:labelCode', requireRole('label_admin', 'finance'), (req, res) => {
  res.json({ labelCode: req.params.labelCode, rates: labelRates(req.params.labelCode) });
});

router.get('/overrides/:isrc', (req, res) => {
  res.json({ rates: recordingOverrides(req.params.isrc.toUpperCase()) });
});

export default router;
