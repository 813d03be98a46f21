import fs from 'node:fs/promises'
import path from 'node:path'

const FEED_ROOT = path.join(process.env.STORAGE_ROOT ?? '/var/lib/copperfield', 'partner-feeds')

export function partnerFeedDir(partnerId) {
  return path.join(FEED_ROOT, String(Number(partnerId)))
}

/**
 * Keep the partner's own feed file name; their support staff quote it when
 * a feed fails to load.
 */
export async function saveFeed(partnerId, fileName, contents) {
  const dir = partnerFeedDir(partnerId)
  await fs.mkdir(dir, { recursive: true })
  const target = path.join(dir, fileName)
  await fs.writeFile(target, contents) // VULN path
  return target
}

export async function readReport(partnerId, reportName) {
  const file = path.join(partnerFeedDir(partnerId), 'reports', `${path.basename(reportName, '.json')}.json`)
  return fs.readFile(file, 'utf8') // SAFE path
}
