/**
 * documents/download
 *
 * Streams a document from the club library (minutes, safety plans, regatta
 * packs). Older links put the file name in the query string, newer ones in
 * the body of a form post, so the file name is taken from either.
 */
const { documentService } = require('../../../../src/services/media.service');

module.exports = async function download(req, res) {
  const category = req.param('category');
  const fileName = req.param('file');
  if (!fileName) {
    return res.badRequest('file is required');
  }
  let doc;
  try {
    doc = documentService.openDocument(category, fileName);
  } catch (err) {
    return res.status(err.status || 500).send(err.message);
  }
  doc.stream.on('error', () => res.notFound());
  res.attachment(doc.name);
  return doc.stream.pipe(res);
};
