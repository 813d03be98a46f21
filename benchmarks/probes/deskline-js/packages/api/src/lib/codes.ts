import { randomBytes } from 'node:crypto';

export function generateDoorCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += Math.floor(Math.random() * 10).toString(); // VULN random
  }
  return code;
}

export function generateFeedToken(): string {
  return randomBytes(24).toString('base64url'); // SAFE random
}
