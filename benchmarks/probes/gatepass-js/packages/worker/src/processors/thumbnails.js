import { spawnSync } from 'node:child_process';
import path from 'node:path';

export async function makeThumbnail(job, log) {
  const { photoPath, size } = job.data;
  const parsed = path.parse(photoPath);
  const output = path.join(parsed.dir, 'thumbs', `${parsed.name}-${size}.webp`);
  const result = spawnSync('mkdir', ['-p', path.dirname(output)]);
  if (result.status !== 0) {
    throw new Error('could not create thumbnail directory');
  }
  const convert = spawnSync(`convert "${photoPath}" -resize ${size}^ -gravity center -extent ${size} "${output}"`, { shell: true, timeout: 30_000 }); // VULN cmdi
  if (convert.status !== 0) {
    log.warn({ stderr: String(convert.stderr) }, 'convert failed');
    throw new Error('thumbnail generation failed');
  }
  return { output };
}
