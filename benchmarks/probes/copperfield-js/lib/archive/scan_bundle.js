import AdmZip from 'adm-zip'
import fs from 'node:fs'
import path from 'node:path'

const IMAGE_EXT = /\.(jpe?g|png|tiff?)$/i
const MAX_ENTRIES = 2000

/**
 * Consignors who drop off large collections bring a USB stick of condition
 * photos; staff zip the folder and upload it. Folder structure inside the
 * archive (one folder per box) is preserved.
 */
export function extractScanBundle(archivePath, destDir) {
  const zip = new AdmZip(archivePath)
  const entries = zip.getEntries().slice(0, MAX_ENTRIES)
  const written = []
  for (const entry of entries) {
    if (entry.isDirectory || !IMAGE_EXT.test(entry.entryName)) continue
    const target = path.join(destDir, entry.entryName)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, entry.getData()) // VULN zipslip
    written.push(path.relative(destDir, target))
  }
  return written
}

/**
 * Partner feed archives: ONIX plus optional cover images, flattened into
 * the partner's feed directory.
 */
export function extractFeedArchive(archivePath, destDir) {
  const zip = new AdmZip(archivePath)
  const root = path.resolve(destDir)
  const written = []
  for (const entry of zip.getEntries().slice(0, MAX_ENTRIES)) {
    if (entry.isDirectory) continue
    const target = path.resolve(root, entry.entryName)
    if (!target.startsWith(root + path.sep)) {
      throw new Error(`Archive entry escapes destination: ${entry.entryName}`)
    }
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, entry.getData()) // SAFE zipslip
    written.push(path.relative(root, target))
  }
  return written
}
