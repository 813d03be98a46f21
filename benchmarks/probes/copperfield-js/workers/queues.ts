import { Queue } from 'bullmq'

export const connection = {
  host: process.env.REDIS_HOST ?? '127.0.0.1',
  port: Number(process.env.REDIS_PORT ?? 6379),
}

const defaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: 500,
  removeOnFail: 2000,
}

export interface PhotoJob {
  listingId: number
  sourcePath: string
  originalName: string
  variant: 'thumb' | 'detail' | 'zoom'
}

export interface ScanBundleJob {
  consignorId: number
  archivePath: string
  uploadedBy: string
}

export interface NotificationJob {
  kind: 'listing-approved' | 'outbid' | 'lot-won' | 'partner-webhook'
  listingId?: number
  lotId?: number
  bidderId?: number
  partnerId?: number
  event?: string
  payload?: Record<string, unknown>
}

export interface OnixJob {
  partnerId: number
  feedPath: string
}

export interface PayoutExportJob {
  batchId: string
  requestedBy: string
  method: 'bank' | 'store_credit' | 'cheque'
}

export const photoQueue = new Queue<PhotoJob>('listing-photos', { connection, defaultJobOptions })
export const scanBundleQueue = new Queue<ScanBundleJob>('scan-bundles', { connection, defaultJobOptions })
export const notificationQueue = new Queue<NotificationJob>('notifications', { connection, defaultJobOptions })
export const onixQueue = new Queue<OnixJob>('onix-feeds', { connection, defaultJobOptions })
export const payoutQueue = new Queue<PayoutExportJob>('payout-exports', { connection, defaultJobOptions })
