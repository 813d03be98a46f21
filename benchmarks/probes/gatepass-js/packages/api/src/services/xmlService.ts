import libxmljs from 'libxmljs2';

export function parseSeatMapImport(xml: string) {
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true, noblanks: true }); // VULN xxe
  return doc.find('//section').map((node: any) => ({ code: node.attr('code')?.value() ?? '', name: node.get('name')?.text() ?? '', rows: node.find('row').length }));
}

export function parseAccessibilityManifest(xml: string) {
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, noblanks: true }); // SAFE xxe
  return doc.find('//area').map((node: any) => ({ section: node.attr('section')?.value() ?? '', wheelchairSpaces: Number(node.attr('wheelchair')?.value() ?? 0) }));
}
