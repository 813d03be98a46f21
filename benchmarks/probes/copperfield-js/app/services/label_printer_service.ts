import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export interface PrintJob {
  printer: string
  copies: number
  pdf: Buffer
}

/**
 * Shelf and consignment labels are printed through CUPS on the shop
 * back-office machine; barcodes come from zint.
 */
export class LabelPrinterService {
  async print(job: PrintJob): Promise<string> {
    const copies = Number.isInteger(job.copies) && job.copies > 0 && job.copies <= 50 ? job.copies : 1
    const file = path.join(os.tmpdir(), `label-${randomUUID()}.pdf`)
    await fs.writeFile(file, job.pdf)
    try {
      const { stdout } = await execAsync(`lp -d ${job.printer} -n ${copies} -o media=Custom.62x29mm ${file}`) // VULN cmdi
      return stdout.trim()
    } finally {
      await fs.rm(file, { force: true })
    }
  }

  async barcodePng(isbn: string): Promise<Buffer> {
    const out = path.join(os.tmpdir(), `ean-${randomUUID()}.png`)
    await execFileAsync('zint', ['--barcode=13', `--data=${isbn}`, '--height=40', `--output=${out}`]) // SAFE cmdi
    try {
      return await fs.readFile(out)
    } finally {
      await fs.rm(out, { force: true })
    }
  }

  async listPrinters(): Promise<string[]> {
    const { stdout } = await execFileAsync('lpstat', ['-e'])
    return stdout.split('\n').map((l) => l.trim()).filter(Boolean)
  }
}

export default new LabelPrinterService()
