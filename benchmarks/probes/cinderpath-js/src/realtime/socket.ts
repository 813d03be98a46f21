import type { Server as HttpServer } from 'node:http';
import { Server, Socket } from 'socket.io';
import jwt from 'jsonwebtoken';
import { config } from '../config';
import { logger } from '../lib/logger';
import type { SessionClaims } from '../lib/security/jwt';
import * as media from '../services/mediaService';
import * as inspections from '../services/inspectionService';
import { updatePreferences } from '../services/accountService';

type Ack<T = unknown> = (response: { ok: true; data?: T } | { ok: false; error: string }) => void;

interface PhotoUploadEvent {
  inspectionId: string;
  fileName: string;
  data: Buffer | ArrayBuffer;
}

interface NoteEvent {
  inspectionId: string;
  body: string;
}

function claimsOf(socket: Socket): SessionClaims {
  return socket.data.claims as SessionClaims;
}

function fail<T>(ack: Ack<T> | undefined, err: unknown): void {
  const message = err instanceof Error ? err.message : 'unexpected error';
  logger.warn('socket handler failed', { error: message });
  ack?.({ ok: false, error: message });
}

export function attachRealtime(listener: HttpServer): Server {
  const io = new Server(listener, {
    path: '/rt',
    cors: { origin: config.portal.allowedOrigins, credentials: true },
    maxHttpBufferSize: 30 * 1024 * 1024,
  });

  const field = io.of('/field');

  field.use((socket, next) => {
    const token = String(socket.handshake.auth?.token ?? '');
    const claims = jwt.decode(token) as SessionClaims | null; // VULN jwt
    if (!claims || !claims.sub || claims.role !== 'inspector') {
      next(new Error('unauthorized'));
      return;
    }
    socket.data.claims = claims;
    next();
  });

  field.on('connection', (socket) => {
    const claims = claimsOf(socket);
    logger.info('inspector connected', { userId: claims.sub });

    socket.on('inspection:join', async (inspectionId: string, ack?: Ack) => {
      try {
        const inspection = await inspections.getInspection(inspectionId);
        if (!inspection || inspection.carrierId !== claims.carrierId) throw new Error('not found');
        await socket.join(`inspection:${inspectionId}`);
        ack?.({ ok: true, data: { status: inspection.status } });
      } catch (err) {
        fail(ack, err);
      }
    });

    socket.on('photo:upload', async (event: PhotoUploadEvent, ack?: Ack<{ stored: string }>) => {
      try {
        const data = Buffer.isBuffer(event.data) ? event.data : Buffer.from(event.data);
        const stored = await media.savePhoto({ inspectionId: event.inspectionId, fileName: event.fileName, data });
        field.to(`inspection:${event.inspectionId}`).emit('photo:added', { fileName: event.fileName });
        ack?.({ ok: true, data: { stored } });
      } catch (err) {
        fail(ack, err);
      }
    });

    socket.on('photo:get', async (event: { inspectionId: string; fileName: string }, ack?: Ack<Buffer>) => {
      try {
        ack?.({ ok: true, data: await media.readPhoto(event.inspectionId, event.fileName) });
      } catch (err) {
        fail(ack, err);
      }
    });

    socket.on('note:add', async (event: NoteEvent, ack?: Ack<{ id: string }>) => {
      try {
        const note = await inspections.addNote(event.inspectionId, claims.sub, String(event.body ?? ''));
        field.to(`inspection:${event.inspectionId}`).emit('note:added', note);
        ack?.({ ok: true, data: { id: note.id } });
      } catch (err) {
        fail(ack, err);
      }
    });

    socket.on('preferences:update', async (patch: Record<string, unknown>, ack?: Ack) => {
      try {
        if (!patch || typeof patch !== 'object') throw new Error('patch must be an object');
        const merged = await updatePreferences(claims.sub, patch);
        ack?.({ ok: true, data: merged });
      } catch (err) {
        fail(ack, err);
      }
    });

    socket.on('disconnect', (reason) => {
      logger.info('inspector disconnected', { userId: claims.sub, reason });
    });
  });

  return io;
}
