import Boom from '@hapi/boom';
import { propertyRepository } from '../repositories/propertyRepository';
import { PropertyUpdateDto, toPropertyView } from '../dto/property';
import { previewParcelLayer, ParcelBoundary } from '../integrations/publicDataClient';
import { publish, Topics, ImageryRequestedMessage } from '../queue/kafka';
import { isHttpUrl } from '../lib/security/urlGuard';

async function requireProperty(id: string, carrierId?: string) {
  const property = await propertyRepository.findById(id);
  if (!property || (carrierId && property.carrierId !== carrierId)) {
    throw Boom.notFound('property not found');
  }
  return property;
}

export async function getPropertyView(id: string, carrierId?: string) {
  return toPropertyView(await requireProperty(id, carrierId));
}

export async function getCoordinates(id: string, carrierId: string) {
  const property = await requireProperty(id, carrierId);
  return { latitude: property.latitude, longitude: property.longitude };
}

export async function listProperties(carrierId: string, sortKey: string, limit: number) {
  try {
    return await propertyRepository.listForCarrier(carrierId, sortKey, Math.min(Math.max(limit, 1), 500));
  } catch (err) {
    if (err instanceof RangeError) throw Boom.badRequest(err.message);
    throw err;
  }
}

export async function updateProperty(id: string, carrierId: string, dto: PropertyUpdateDto) {
  await requireProperty(id, carrierId);
  return propertyRepository.update(id, dto);
}

/** Homeowner-supplied gate codes / directions for the inspector. */
export async function updateAccessNotes(id: string, notes: string) {
  if (notes.length > 4000) throw Boom.badRequest('access notes too long');
  return propertyRepository.update(id, { accessNotes: notes });
}

export async function appendHazardNotes(id: string, carrierId: string, notes: string) {
  await requireProperty(id, carrierId);
  const line = `[${new Date().toISOString().slice(0, 10)}] ${notes.trim()}`;
  return propertyRepository.appendHazardNotes(id, line);
}

export async function setRiskTier(id: string, carrierId: string, tier: unknown) {
  const parsed = Number.parseInt(String(tier), 10);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 5) {
    throw Boom.badRequest('tier must be an integer from 0 to 5');
  }
  await requireProperty(id, carrierId);
  return propertyRepository.setRiskTier(id, parsed);
}

export async function requestAerialImagery(id: string, carrierId: string, sourceUrl: string, requestedBy: string, capturedAt?: string) {
  await requireProperty(id, carrierId);
  if (!isHttpUrl(sourceUrl)) throw Boom.badRequest('sourceUrl must be an http(s) URL');
  const message: ImageryRequestedMessage = { propertyId: id, sourceUrl, capturedAt, requestedBy };
  await publish(Topics.imageryRequested, id, message);
  return { queued: true };
}

export async function previewCountyParcels(sourceUrl: string, limit?: number): Promise<ParcelBoundary[]> {
  if (!isHttpUrl(sourceUrl)) throw Boom.badRequest('layer URL must be http(s)');
  return previewParcelLayer(sourceUrl, limit ?? 25);
}
