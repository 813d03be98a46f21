import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { config } from '../config';
import { savePhoto } from '../photoStore';
import { printLocally } from '../printer';
import { enqueueBadgePrint } from '../queue';
import {
  attachPhoto,
  createWalkIn,
  findByCode,
  findById,
  findByInvite,
  markCheckedIn,
  type Visitor,
} from '../visitorStore';

type Outgoing =
  | { type: 'visitor'; visitor: PublicVisitor }
  | { type: 'checked_in'; visitorId: string }
  | { type: 'printed'; visitorId: string }
  | { type: 'error'; error: string };

interface PublicVisitor {
  id: string;
  name: string;
  company?: string;
  hostName?: string;
  status: string;
}

const CHECKIN_CODE = /^\d{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function send(socket: WebSocket, message: Outgoing): void {
  if (socket.readyState === socket.OPEN) {
    socket.send(JSON.stringify(message));
  }
}

function toPublic(v: Visitor): PublicVisitor {
  return { id: String(v._id), name: v.name, company: v.company, hostName: v.hostName, status: v.status };
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

async function handleMessage(socket: WebSocket, msg: Record<string, unknown>): Promise<void> {
  switch (msg.type) {
    case 'lookup-invite': {
      const visitor = await findByInvite(String(msg.email ?? ''), msg.pin as string);
      if (!visitor) return send(socket, { type: 'error', error: 'invite_not_found' });
      return send(socket, { type: 'visitor', visitor: toPublic(visitor) });
    }

    case 'lookup-code': {
      if (typeof msg.code !== 'string' || !CHECKIN_CODE.test(msg.code)) {
        return send(socket, { type: 'error', error: 'invalid_code' });
      }
      const visitor = await findByCode(msg.code);
      if (!visitor) return send(socket, { type: 'error', error: 'code_not_found' });
      return send(socket, { type: 'visitor', visitor: toPublic(visitor) });
    }

    case 'checkin': {
      const visitor = await findById(String(msg.visitorId ?? ''));
      if (!visitor || !visitor._id) return send(socket, { type: 'error', error: 'visitor_not_found' });
      await markCheckedIn(visitor._id, text(msg.note, 500) || undefined);
      if (typeof msg.photo === 'string') {
        await attachPhoto(visitor._id, await savePhoto(visitor._id.toHexString(), msg.photo));
      }
      await enqueueBadgePrint({
        site: config.site,
        visitorName: visitor.name,
        company: visitor.company ?? '',
        hostEmail: visitor.hostEmail,
        day: visitor.day,
      });
      return send(socket, { type: 'checked_in', visitorId: visitor._id.toHexString() });
    }

    case 'walk-in': {
      const name = text(msg.name, 80);
      const hostEmail = text(msg.hostEmail, 254);
      if (name.length < 2 || !EMAIL.test(hostEmail)) {
        return send(socket, { type: 'error', error: 'name_and_host_required' });
      }
      const visitor = await createWalkIn({
        name,
        company: text(msg.company, 120) || undefined,
        hostEmail,
        note: text(msg.note, 500) || undefined,
      });
      await enqueueBadgePrint({
        site: config.site,
        visitorName: visitor.name,
        company: visitor.company ?? '',
        hostEmail: visitor.hostEmail,
        day: visitor.day,
      });
      return send(socket, { type: 'checked_in', visitorId: String(visitor._id) });
    }

    case 'reprint': {
      const visitor = await findById(String(msg.visitorId ?? ''));
      if (!visitor) return send(socket, { type: 'error', error: 'visitor_not_found' });
      await printLocally(config.localPrinter, visitor);
      return send(socket, { type: 'printed', visitorId: String(visitor._id) });
    }

    default:
      return send(socket, { type: 'error', error: 'unknown_message' });
  }
}

export function handleConnection(socket: WebSocket, req: IncomingMessage): void {
  const remote = req.socket.remoteAddress;
  console.log(`[kiosk] tablet connected from ${remote}`);

  socket.on('message', (data: RawData) => {
    let msg: unknown;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return send(socket, { type: 'error', error: 'bad_json' });
    }
    if (typeof msg !== 'object' || msg === null) {
      return send(socket, { type: 'error', error: 'bad_message' });
    }
    handleMessage(socket, msg as Record<string, unknown>).catch((err) => {
      console.error('[kiosk] message failed', err);
      send(socket, { type: 'error', error: 'internal_error' });
    });
  });

  socket.on('close', () => console.log(`[kiosk] tablet ${remote} disconnected`));
}
