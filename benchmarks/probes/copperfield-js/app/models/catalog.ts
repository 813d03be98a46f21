import { Model } from 'objection'
import '#lib/db/knex'

export type Condition = 'fine' | 'very_good' | 'good' | 'fair' | 'poor'

export class Book extends Model {
  static tableName = 'listings'

  declare id: number
  declare consignorId: number
  declare isbn: string | null
  declare title: string
  declare author: string
  declare publisher: string | null
  declare publishedYear: number | null
  declare condition: Condition
  declare description: string
  declare askingPrice: number
  declare reservePrice: number | null
  declare coverPath: string | null
  declare status: 'pending' | 'listed' | 'in_auction' | 'sold' | 'returned'
  declare listedAt: string | null

  static get relationMappings() {
    return {
      consignor: {
        relation: Model.BelongsToOneRelation,
        modelClass: Consignor,
        join: { from: 'listings.consignor_id', to: 'consignors.id' },
      },
    }
  }

  get isAuctionable(): boolean {
    return this.status === 'listed' && this.reservePrice !== null
  }
}

export class Consignor extends Model {
  static tableName = 'consignors'

  declare id: number
  declare displayName: string
  declare email: string
  declare website: string | null
  declare bio: string | null
  declare commissionRate: number
  declare claimCode: string | null
  declare payoutReference: string | null
  declare payoutMethod: 'bank' | 'store_credit' | 'cheque'
  declare preferences: Record<string, unknown>
  declare createdAt: string

  static get jsonAttributes() {
    return ['preferences']
  }

  static get relationMappings() {
    return {
      listings: {
        relation: Model.HasManyRelation,
        modelClass: Book,
        join: { from: 'consignors.id', to: 'listings.consignor_id' },
      },
    }
  }

  $formatJson(json: Record<string, unknown>) {
    const out = super.$formatJson(json)
    delete out.claimCode
    delete out.payoutReference
    return out
  }
}

export class Lot extends Model {
  static tableName = 'auction_lots'

  declare id: number
  declare auctionId: number
  declare listingId: number
  declare title: string
  declare openingBid: number
  declare currentBid: number | null
  declare currentBidderId: number | null
  declare closesAt: string

  static get relationMappings() {
    return {
      bids: {
        relation: Model.HasManyRelation,
        modelClass: Bid,
        join: { from: 'auction_lots.id', to: 'bids.lot_id' },
      },
    }
  }
}

export class Bid extends Model {
  static tableName = 'bids'

  declare id: number
  declare lotId: number
  declare bidderId: number
  declare amount: number
  declare placedAt: string
}
