import express, { Router } from 'express';
import multer from 'multer';
import { requireAuth } from '../middleware/auth.js';
import * as documents from '../services/documentService.js';
import * as media from '../services/mediaService.js';
import * as venues from '../services/venueService.js';
import * as xml from '../services/xmlService.js';
import * as seatMaps from '../services/seatMapService.js';
import { enqueuePhotoThumbnail } from '../queues/index.js';
import { isVenueId } from '../utils/paths.js';
import { badRequest } from '../utils/errors.js';

export const venuesRouter = Router();
const archiveUpload = multer({ dest: '/tmp/gatepass-uploads', limits: { fileSize: 50 * 1024 * 1024 } });
const photoUpload = multer({ storage: multer.memoryStorage(), preservePath: true, limits: { fileSize: 8 * 1024 * 1024 } });
const xmlBody = express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' });

venuesRouter.get('/:venueId/documents/:name', requireAuth('staff', 'promoter'), async (req, res) => {
  if (!isVenueId(req.params.venueId)) throw badRequest('Invalid venue');
  const doc = await documents.openVenueDocument(req.params.venueId, req.params.name);
  res.setHeader('content-length', doc.size);
  res.attachment(doc.fileName);
  doc.stream.pipe(res);
});

venuesRouter.post('/:venueId/photos', requireAuth('staff'), photoUpload.single('photo'), async (req, res) => {
  if (!req.file) throw badRequest('photo is required');
  const stored = await media.storeVenuePhoto(Number(req.params.venueId), req.file);
  await enqueuePhotoThumbnail(stored, String(req.body.size ?? '640x360'));
  res.status(201).json({ stored });
});

venuesRouter.post('/:venueId/floorplan', requireAuth('staff'), archiveUpload.single('bundle'), async (req, res) => {
  if (!req.file) throw badRequest('bundle is required');
  res.status(201).json({ files: await venues.importFloorplanBundle(Number(req.params.venueId), req.file.path) });
});

venuesRouter.post('/:venueId/signage', requireAuth('staff'), archiveUpload.single('pack'), async (req, res) => {
  if (!req.file) throw badRequest('pack is required');
  res.status(201).json({ extracted: await venues.importSignagePack(Number(req.params.venueId), req.file.path) });
});

venuesRouter.post('/:venueId/seatmap/import', requireAuth('staff'), xmlBody, (req, res) => {
  res.json({ sections: xml.parseSeatMapImport(req.body) });
});

venuesRouter.post('/:venueId/accessibility', requireAuth('staff'), xmlBody, (req, res) => {
  res.json({ areas: xml.parseAccessibilityManifest(req.body) });
});

venuesRouter.get('/:venueId/sections/:code/rows', async (req, res) => {
  res.json({ rows: await seatMaps.rowsInSection(Number(req.params.venueId), req.params.code) });
});

venuesRouter.get('/:venueId/rows/:row/seats', async (req, res) => {
  res.json({ seats: await seatMaps.seatsInRow(Number(req.params.venueId), req.params.row) });
});
