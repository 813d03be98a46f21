import { ObjectId } from 'mongodb'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Appraisals are free-form documents (photos, notes, comparable sales)
 * so they live in MongoDB rather than MySQL.
 */
export class AppraisalStore {
  constructor(db) {
    this.collection = db.collection('appraisals')
  }

  async findForSeller(sellerEmail, reference) {
    return this.collection
      .find({ sellerEmail, reference }) // VULN nosqli
      .project({ internalNotes: 0, comparables: 0 })
      .sort({ createdAt: -1 })
      .limit(20)
      .toArray()
  }

  async findByReference(reference) {
    return this.collection.findOne({ reference: String(reference) }, { projection: { internalNotes: 0 } }) // SAFE nosqli
  }

  async insert(doc) {
    const now = new Date()
    const { insertedId } = await this.collection.insertOne({ ...doc, status: 'requested', createdAt: now, updatedAt: now })
    return this.collection.findOne({ _id: insertedId })
  }

  async setValuation(id, valuation, appraiser) {
    return this.collection.findOneAndUpdate(
      { _id: new ObjectId(String(id)) },
      { $set: { valuation, appraiser, status: 'valued', updatedAt: new Date() } },
      { returnDocument: 'after' }
    )
  }
}

const SLIP_DIR = path.join(process.env.STORAGE_ROOT ?? '/var/lib/copperfield', 'packing-slips')

export async function saveSlip(shipmentId, pdf) {
  await fs.mkdir(SLIP_DIR, { recursive: true })
  const file = path.join(SLIP_DIR, `${Number(shipmentId)}.pdf`)
  await fs.writeFile(file, pdf)
  return path.basename(file)
}

export async function readSlip(shipmentId) {
  const id = Number.parseInt(String(shipmentId), 10)
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error('Invalid shipment id')
  return fs.readFile(path.join(SLIP_DIR, `${id}.pdf`)) // SAFE path
}

/**
 * Courier labels that arrive by e-mail are saved by the desk under their
 * original file names; voiding a shipment removes that label copy too.
 */
export async function discardLabelCopy(labelFile) {
  if (!labelFile) return false
  if (labelFile.includes('../')) throw new Error('Invalid label file')
  await fs.rm(path.resolve(SLIP_DIR, labelFile), { force: true }) // VULN path
  return true
}
