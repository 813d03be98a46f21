'use strict';

const { exec, execFile, spawn } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const FORMATS = {
  mp3: { codec: 'libmp3lame', ext: 'mp3' },
  ogg: { codec: 'libvorbis', ext: 'ogg' },
  opus: { codec: 'libopus', ext: 'opus' },
};

const BITRATES = new Set(['96k', '128k', '192k', '256k', '320k']);

/**
 * Transcodes an uploaded show recording into the broadcast format and
 * stamps the title metadata so it shows up correctly in the archive player.
 */
async function transcode({ sourcePath, format, bitrate, title }) {
  const target = FORMATS[format];
  if (!target) {
    throw new Error(`Unsupported target format ${format}`);
  }
  const rate = BITRATES.has(bitrate) ? bitrate : '192k';
  const outputPath = sourcePath.replace(/\.[^.]+$/, '') + `.broadcast.${target.ext}`;
  const command = `ffmpeg -y -hide_banner -i "${sourcePath}" -c:a ${target.codec} -b:a ${rate} -metadata title="${title}" "${outputPath}"`;
  const { stderr } = await execAsync(command, { timeout: 15 * 60 * 1000 }); // VULN cmdi
  return { outputPath, log: stderr.slice(-2000) };
}

/**
 * EBU R128 loudness normalisation before the file goes into rotation.
 */
async function normaliseLoudness(sourcePath, outputPath) {
  const args = ['-y', '-hide_banner', '-i', sourcePath, '-af', 'loudnorm=I=-16:TP=-1.5:LRA=11', outputPath];
  const { stderr } = await execFileAsync('ffmpeg', args, { timeout: 15 * 60 * 1000 }); // SAFE cmdi
  return { outputPath, log: stderr.slice(-2000) };
}

/**
 * Renders a PNG waveform used by the archive player.
 */
function renderWaveform(sourcePath, width, height = 120) {
  if (!/\d+/.test(String(width))) {
    return Promise.reject(new Error('width must be numeric'));
  }
  const pngPath = path.join(path.dirname(sourcePath), 'waveform.png');
  return new Promise((resolve, reject) => {
    const child = spawn(`audiowaveform -i "${sourcePath}" -o "${pngPath}" -w ${width} -h ${height} --no-axis-labels`, { shell: true }); // VULN cmdi
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(pngPath) : reject(new Error(`audiowaveform exited with ${code}`))));
  });
}

async function probeDuration(sourcePath) {
  const { stdout } = await execFileAsync('ffprobe', [
    '-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', sourcePath,
  ]);
  const seconds = Number.parseFloat(stdout.trim());
  return Number.isFinite(seconds) ? Math.round(seconds) : null;
}

module.exports = { transcode, normaliseLoudness, renderWaveform, probeDuration, FORMATS, BITRATES };
