import { listingRepository as listings, consignorRepository as consignors } from '#repositories/catalog_repository'
import coverImages, { isbnLookup } from '#services/cover_image_service'
import { newClaimCode } from '#services/credentials_service'
import { notificationQueue, photoQueue, scanBundleQueue } from '#workers/queues'
import type { ConsignmentSubmission } from '#dto/catalog_dto'
import type { PhotoJob } from '#workers/queues'
import { Consignor } from '#models/catalog'

export class ConsignmentService {
  async submit(submission: ConsignmentSubmission) {
    const consignor = await consignors.findById(submission.consignorId)
    if (!consignor) throw new Error('Unknown consignor')

    const valid = submission.items.filter((it) => it.title.length > 0 && it.askingPrice > 0)
    const ids = await listings.createMany(consignor.id, valid)

    let claimCode = consignor.claimCode
    if (!claimCode) {
      claimCode = newClaimCode()
      await Consignor.query().patch({ claimCode }).where('id', consignor.id)
    }

    const withCovers = valid
      .map((it, idx) => ({ id: Number(ids[0]) + idx, coverUrl: it.coverUrl }))
      .filter((x) => x.coverUrl)
    for (const item of withCovers) {
      try {
        const fileName = await coverImages.importFromUrl(item.id, item.coverUrl!)
        await listings.setCoverPath(item.id, fileName)
      } catch (err) {
        console.warn(`cover import skipped for listing ${item.id}:`, (err as Error).message)
      }
    }
    return { created: valid.length, rejected: submission.items.length - valid.length, claimCode }
  }

  async fetchCover(listingId: number, url: string) {
    const fileName = await coverImages.importFromUrl(listingId, url)
    await listings.setCoverPath(listingId, fileName)
    return fileName
  }

  async lookupMetadata(isbn: string, mirror?: string) {
    if (mirror) return isbnLookup.lookupVia(mirror, isbn)
    return isbnLookup.lookup(isbn)
  }

  async approve(listingId: number, approvedBy: string) {
    const updated = await listings.approve(listingId)
    if (updated === 0) return false
    await notificationQueue.add('listing-approved', { kind: 'listing-approved', listingId, payload: { approvedBy } })
    return true
  }

  async queueScanBundle(consignorId: number, archivePath: string, uploadedBy: string) {
    return scanBundleQueue.add('import', { consignorId, archivePath, uploadedBy })
  }

  async queuePhoto(job: PhotoJob) {
    return photoQueue.add('resize', job, { jobId: `photo-${job.listingId}-${job.variant}-${Date.now()}` })
  }
}

export default new ConsignmentService()
