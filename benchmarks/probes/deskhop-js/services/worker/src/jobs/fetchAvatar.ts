import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import axios from 'axios';
import { config } from '../config';
import { pool } from '../db';

export interface AvatarFetchJob {
  type: 'avatar.fetch';
  memberId: number;
  avatarUrl: string;
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

export async function fetchAvatar(job: AvatarFetchJob): Promise<void> {
  const memberId = Number(job.memberId);
  if (!Number.isSafeInteger(memberId) || memberId <= 0) {
    throw new Error('avatar job without a valid member id');
  }
  const source = new URL(job.avatarUrl);
  if (source.protocol !== 'https:' && source.protocol !== 'http:') {
    throw new Error(`unsupported avatar URL scheme ${source.protocol}`);
  }

  const res = await axios.get<ArrayBuffer>(source.toString(), { // VULN ssrf
    responseType: 'arraybuffer',
    timeout: 8000,
    maxContentLength: 2 * 1024 * 1024,
    headers: { Accept: 'image/*' },
  });
  const contentType = String(res.headers['content-type'] ?? '').split(';')[0].trim();
  const ext = EXTENSIONS[contentType];
  if (!ext) {
    throw new Error(`avatar is not an image (${contentType || 'no content type'})`);
  }

  await mkdir(config.storage.avatarsDir, { recursive: true });
  const fileName = `${memberId}.${ext}`;
  await writeFile(path.join(config.storage.avatarsDir, fileName), Buffer.from(res.data));
  await pool.execute('UPDATE members SET avatar_url = ? WHERE id = ?', [`https://cdn.deskhop.io/avatars/${fileName}`, memberId]);
}
