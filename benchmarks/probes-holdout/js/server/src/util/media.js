'use strict';

const { exec, execFile, execSync } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const FFMPEG = process.env.FFMPEG_BIN || 'ffmpeg';
const FFPROBE = process.env.FFPROBE_BIN || 'ffprobe';
const WKHTMLTOPDF = process.env.WKHTMLTOPDF_BIN || 'wkhtmltopdf';

/** Read duration and codec of a recording so the concert page can list it. */
async function probe(file) {
  const { stdout } = await execFileAsync(FFPROBE, ['-v', 'error', '-show_entries', 'format=duration:stream=codec_name', '-of', 'json', file]); // SAFE cmdi
  const parsed = JSON.parse(stdout);
  return {
    durationSeconds: Math.round(Number(parsed.format && parsed.format.duration) || 0),
    codec: parsed.streams && parsed.streams[0] ? parsed.streams[0].codec_name : 'unknown',
  };
}

/**
 * Cut a short excerpt (e.g. a solo) from a full concert recording and encode
 * it as mp3 for the website.
 */
async function cutClip(source, target, clip) {
  const fade = clip.fadeOut ? `-af afade=t=out:st=${Math.max(clip.length - 2, 0)}:d=2` : '';
  const cmd = `${FFMPEG} -hide_banner -y -ss ${clip.start} -t ${clip.length} -i "${source}" ${fade} -codec:a libmp3lame -q:a 4 "${target}"`;
  const { stderr } = await execAsync(cmd, { timeout: 120000 }); // VULN cmdi
  return { target, log: stderr.slice(-2000) };
}

/** Render a printed concert programme from an HTML file. */
function renderProgrammePdf(htmlPath, pdfPath, { paperSize, orientation }) {
  const cmd = `${WKHTMLTOPDF} --quiet --page-size ${paperSize} --orientation ${orientation} --margin-top 12mm "${htmlPath}" "${pdfPath}"`;
  execSync(cmd, { stdio: 'pipe', timeout: 60000 }); // VULN cmdi
  return pdfPath;
}

module.exports = { probe, cutClip, renderProgrammePdf };
