import { Worker } from 'bullmq'
import { execSync, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import fs from 'node:fs/promises'
import path from 'node:path'
import { connection, type PhotoJob } from '#workers/queues'
import { storagePath } from '#helpers/guards'
import db from '#lib/db/knex'

const execFileAsync = promisify(execFile)

const SIZES: Record<PhotoJob['variant'], string> = {
  thumb: '240x360',
  detail: '900x1350',
  zoom: '2400x3600',
}

const PHOTO_FILE_NAME = /[\w.-]+\.(jpe?g|png|tiff?|heic)/i

export const imageWorker = new Worker<PhotoJob>(
  'listing-photos',
  async (job) => {
    const { listingId, sourcePath, originalName, variant } = job.data
    const size = SIZES[variant] ?? SIZES.detail
    const outDir = storagePath('photos', String(Number(listingId)))
    await fs.mkdir(outDir, { recursive: true })

    // Keep the consignor's own file name: staff match photos to the paper intake sheet by it.
    if (!PHOTO_FILE_NAME.test(originalName)) {
      throw new Error(`Unsupported photo name ${originalName}`)
    }
    const jpegOut = `${outDir}/${variant}-${originalName.replace(/\.\w+$/, '')}.jpg`
    execSync(`magick "${sourcePath}" -auto-orient -strip -resize ${size} -quality 85 "${jpegOut}"`, { timeout: 60_000 }) // VULN cmdi
    await job.updateProgress(60)

    const webpOut = path.join(outDir, `${variant}-${job.id}.webp`)
    await execFileAsync('cwebp', ['-quiet', '-q', '80', jpegOut, '-o', webpOut], { timeout: 60_000 }) // SAFE cmdi
    await job.updateProgress(90)

    await db('listing_photos').insert({
      listing_id: listingId,
      variant,
      jpeg_path: path.relative(storagePath(), jpegOut),
      webp_path: path.relative(storagePath(), webpOut),
    })
    await fs.rm(sourcePath, { force: true })
    return { jpegOut, webpOut }
  },
  { connection, concurrency: 2 }
)

imageWorker.on('failed', (job, err) => {
  console.error(`[photos] job ${job?.id} failed: ${err.message}`)
})
