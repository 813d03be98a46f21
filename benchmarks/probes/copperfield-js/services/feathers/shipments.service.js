import { BadRequest, NotFound } from '@feathersjs/errors'
import db from '../../lib/db/knex.js'
import { createShipmentLabel, tracking } from '../../lib/http/providers.js'
import { saveSlip, readSlip, discardLabelCopy } from './lib/stores.js'

/**
 * Outbound shipments for sold books (online orders and auction wins).
 */
export class ShipmentService {
  async get(id, params) {
    const shipment = await db('shipments').where({ id: Number(id) }).first()
    if (!shipment) throw new NotFound()
    if (params.query?.format === 'pdf') {
      return { id: shipment.id, pdf: (await readSlip(shipment.id)).toString('base64') }
    }
    const status = shipment.tracking_number ? await tracking(shipment.tracking_number) : null
    return { ...shipment, status }
  }

  async create(data) {
    const saleId = Number(data.saleId)
    if (!Number.isSafeInteger(saleId)) throw new BadRequest('saleId is required')
    const sale = await db('sales').where({ id: saleId }).first()
    if (!sale) throw new NotFound('Unknown sale')

    const label = await createShipmentLabel({
      service: data.service ?? 'tracked48',
      recipient: data.recipient,
      parcel: { weightGrams: Number(data.weightGrams) || 500, lengthMm: 250, widthMm: 180, heightMm: 50 },
      reference: `SALE-${sale.id}`,
    })
    const [id] = await db('shipments').insert({
      sale_id: sale.id,
      carrier_ref: label.id,
      tracking_number: label.trackingNumber,
      label_copy: typeof data.labelFile === 'string' ? data.labelFile : null,
    })
    await saveSlip(id, Buffer.from(label.pdfBase64, 'base64'))
    return { id, trackingNumber: label.trackingNumber }
  }

  async remove(id) {
    const shipment = await db('shipments').where({ id: Number(id) }).first()
    if (!shipment) throw new NotFound()
    await db('shipments').where({ id: shipment.id }).update({ voided_at: db.fn.now() })
    await discardLabelCopy(shipment.label_copy)
    return { id: shipment.id, voided: true }
  }
}
