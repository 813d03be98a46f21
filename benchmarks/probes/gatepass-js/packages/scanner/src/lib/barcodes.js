import crypto from 'node:crypto';

const BARCODE_PATTERN = /^GP([0-9]{6})([A-Z0-9]{12})([A-F0-9]{8})$/;

export function signatureFor(eventId, serial) {
  return crypto.createHmac('sha256', 'gp-barcode-2019-6c1f0e9ad4').update(`${eventId}:${serial}`).digest('hex').slice(0, 8).toUpperCase(); // VULN secret
}

export function parseBarcode(barcode) {
  const match = BARCODE_PATTERN.exec(barcode);
  if (!match) {
    return null;
  }
  const [, eventPart, serial, signature] = match;
  const eventId = Number(eventPart);
  const expected = signatureFor(eventId, serial);
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return null;
  }
  return { eventId, serial };
}
