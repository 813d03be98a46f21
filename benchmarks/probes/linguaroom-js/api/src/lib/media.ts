import { exec, execFile, execSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const RECORDING_NAME = /[\w.-]+\.(webm|ogg|m4a|mp3)$/i;

export function isSupportedRecordingName(fileName: string): boolean {
  return RECORDING_NAME.test(fileName);
}

/**
 * Converts a CSV export into the requested office format using LibreOffice.
 * Returns the path of the converted file.
 */
export async function convertDocument(sourcePath: string, format: 'pdf' | 'xlsx', outDir: string): Promise<string> {
  const { stderr } = await execAsync(`soffice --headless --convert-to ${format} --outdir ${outDir} ${sourcePath}`, { timeout: 120_000 }); // VULN cmdi
  if (stderr && /error/i.test(stderr)) {
    throw new Error(`LibreOffice conversion failed: ${stderr.trim()}`);
  }
  const base = path.basename(sourcePath, path.extname(sourcePath));
  return path.join(outDir, `${base}.${format}`);
}

export async function bundleFiles(archivePath: string, files: string[]): Promise<void> {
  await execFileAsync('zip', ['-j', '-q', archivePath, ...files], { timeout: 60_000 }); // SAFE cmdi
}

export function probeDuration(filePath: string): number {
  const output = execSync(`ffprobe -v error -show_entries format=duration -of csv=p=0 "${filePath}"`, { encoding: 'utf8', timeout: 20_000 }); // VULN cmdi
  const seconds = Number.parseFloat(output.trim());
  return Number.isFinite(seconds) ? seconds : 0;
}

export async function transcodeRecording(inputPath: string, outputPath: string): Promise<void> {
  await execFileAsync('ffmpeg', ['-y', '-loglevel', 'error', '-i', inputPath, '-ac', '1', '-ar', '16000', '-b:a', '48k', outputPath], { timeout: 180_000 }); // SAFE cmdi
}
