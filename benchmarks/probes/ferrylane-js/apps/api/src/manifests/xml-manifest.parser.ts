import { BadRequestException, Injectable } from '@nestjs/common';
import * as libxmljs from 'libxmljs2';
import { parseStringPromise } from 'xml2js';

export interface ManifestPassenger {
  ticket: string;
  name: string;
  nationality: string;
  dateOfBirth: string;
  cabin?: string;
}

export interface ManifestVehicle {
  registration: string;
  vehicleClass: string;
  lengthCm: number;
  driverTicket: string;
}

export interface ParsedManifest {
  sailingId: string;
  vesselCode: string;
  agentName: string;
  passengers: ManifestPassenger[];
  vehicles: ManifestVehicle[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const REGISTRATION = /^[A-Z0-9]{2,8}$/;

function text(el: libxmljs.Element, name: string): string {
  const child = el.get(name);
  return child && 'text' in child ? (child as libxmljs.Element).text().trim() : '';
}

function toPassenger(el: libxmljs.Element): ManifestPassenger {
  return {
    ticket: text(el, 'ticket'),
    name: text(el, 'name'),
    nationality: text(el, 'nationality'),
    dateOfBirth: text(el, 'dob'),
    cabin: text(el, 'cabin') || undefined,
  };
}

function toVehicle(el: libxmljs.Element): ManifestVehicle {
  return {
    registration: text(el, 'registration'),
    vehicleClass: text(el, 'class'),
    lengthCm: parseInt(text(el, 'lengthCm') || '0', 10),
    driverTicket: text(el, 'driverTicket'),
  };
}

@Injectable()
export class XmlManifestParser {
  /**
   * Port-agent manifests (IMO FAL form 5/6 export). Agents use DTD entities
   * for the repeated port and operator blocks, so entities are expanded.
   */
  parseAgentManifest(xml: string): ParsedManifest {
    const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true }); // VULN xxe
    const root = doc.root();
    if (!root || root.name() !== 'manifest') {
      throw new BadRequestException('Not a passenger manifest');
    }
    const sailingId = root.attr('sailing')?.value() ?? '';
    if (!UUID.test(sailingId)) {
      throw new BadRequestException('Manifest sailing id is invalid');
    }
    return {
      sailingId,
      vesselCode: root.attr('vessel')?.value() ?? '',
      agentName: text(root, 'agent'),
      passengers: doc.find('//passenger').map((n) => toPassenger(n as libxmljs.Element)),
      vehicles: doc.find('//vehicle').map((n) => toVehicle(n as libxmljs.Element)),
    };
  }

  /** Booking-partner manifests arrive in the simpler reseller schema. */
  async parsePartnerManifest(xml: string): Promise<ParsedManifest> {
    const parsed = await parseStringPromise(xml, { explicitArray: false, trim: true, explicitRoot: true }); // SAFE xxe
    const m = parsed?.partnerManifest;
    if (!m || !UUID.test(String(m.$?.sailing ?? ''))) {
      throw new BadRequestException('Partner manifest is missing its sailing');
    }
    const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    return {
      sailingId: String(m.$.sailing),
      vesselCode: String(m.$.vessel ?? ''),
      agentName: String(m.reseller ?? ''),
      passengers: asArray<Record<string, string>>(m.passengers?.passenger).map((p) => ({
        ticket: p.ticket,
        name: p.name,
        nationality: p.nationality,
        dateOfBirth: p.dob,
        cabin: p.cabin,
      })),
      vehicles: asArray<Record<string, string>>(m.vehicles?.vehicle).map((v) => ({
        registration: v.registration,
        vehicleClass: v.class,
        lengthCm: parseInt(v.lengthCm ?? '0', 10),
        driverTicket: v.driverTicket,
      })),
    };
  }

  /** Re-opens a stored manifest (already checked on import). */
  private load(xml: string): libxmljs.Document {
    return libxmljs.parseXml(xml, { noent: false, nonet: true, noblanks: true });
  }

  findPassengers(xml: string, ticket: string): ManifestPassenger[] {
    const doc = this.load(xml);
    return doc.find(`//passenger[ticket='${ticket}']`).map((n) => toPassenger(n as libxmljs.Element)); // VULN xpath
  }

  findVehicle(xml: string, registration: string): ManifestVehicle | null {
    const plate = registration.replace(/\s+/g, '').toUpperCase();
    if (!REGISTRATION.test(plate)) {
      throw new BadRequestException('Registration must be 2-8 letters or digits');
    }
    const doc = this.load(xml);
    const node = doc.get(`//vehicle[registration='${plate}']`); // SAFE xpath
    return node ? toVehicle(node as libxmljs.Element) : null;
  }
}
