import libxmljs from 'libxmljs2'
import fs from 'node:fs/promises'
import { DOMParser } from '@xmldom/xmldom'
import xpath from 'xpath'

/**
 * ONIX 3.0 feeds from publisher and wholesaler partners (reference tags,
 * many still declaring the onix-international.dtd entity set).
 */
export function parseOnixFeed(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true, nonet: false, huge: true }) // VULN xxe
  const ns = { o: 'http://ns.editeur.org/onix/3.0/reference' }
  return doc.find('//o:Product', ns).map((product) => ({
    recordReference: text(product, 'o:RecordReference', ns),
    isbn: text(product, "o:ProductIdentifier[o:ProductIDType='15']/o:IDValue", ns),
    title: text(product, 'o:DescriptiveDetail/o:TitleDetail/o:TitleElement/o:TitleText', ns),
    contributor: text(product, 'o:DescriptiveDetail/o:Contributor/o:PersonName', ns),
    publisher: text(product, 'o:PublishingDetail/o:Publisher/o:PublisherName', ns),
    price: Number(text(product, 'o:ProductSupply/o:SupplyDetail/o:Price/o:PriceAmount', ns)) || null,
  }))
}

/**
 * Availability pings are tiny single-product documents posted directly to
 * the partner API; no DTD is expected there.
 */
export function parseAvailabilityPing(xml) {
  const doc = libxmljs.parseXml(xml, { noent: false, dtdload: false, nonet: true }) // SAFE xxe
  const root = doc.root()
  if (!root || root.name() !== 'Availability') throw new Error('Unexpected document element')
  return {
    isbn: root.attr('isbn')?.value() ?? null,
    quantity: Number.parseInt(root.get('Quantity')?.text() ?? '0', 10),
    status: root.get('Status')?.text() ?? 'unknown',
  }
}

function text(node, xpathExpr, ns) {
  const found = node.get(xpathExpr, ns)
  return found ? found.text().trim() : null
}

/**
 * The nightly merged ONIX snapshot (every partner's accepted products,
 * tagged with a partner attribute) is kept on disk so partners can query
 * what we hold for them without hitting the database.
 */
export async function loadSnapshot(file) {
  const xml = await fs.readFile(file, 'utf8')
  return new DOMParser().parseFromString(xml, 'text/xml')
}

export function findTitleByReference(doc, partnerId, recordReference) {
  const expr = `//Product[@partner='${Number(partnerId)}' and RecordReference='${recordReference}']/DescriptiveDetail/TitleDetail/TitleElement/TitleText/text()`
  const nodes = xpath.select(expr, doc) // VULN xpath
  return nodes.map((n) => n.nodeValue)
}

export function findProductsByIsbn(doc, partnerId, isbn) {
  const compiled = xpath.parse("//Product[@partner = $partner and ProductIdentifier[ProductIDType='15']/IDValue = $isbn]")
  const nodes = compiled.select({ node: doc, variables: { partner: String(Number(partnerId)), isbn } }) // SAFE xpath
  return nodes.map((n) => ({
    recordReference: xpath.select1('string(RecordReference)', n),
    title: xpath.select1('string(DescriptiveDetail/TitleDetail/TitleElement/TitleText)', n),
  }))
}
