import { createError, defineEventHandler, getQuery, getRequestHeader, readRawBody } from 'h3';
import { importCatalogueBundle, importCatalogueXml } from '@escapement/core/services/partsSourcingService';
import { requireStaff, toHttpError } from '~/server/utils/auth';

const MAX_XML_CHARS = 8 * 1024 * 1024;

/**
 * Suppliers send their parts catalogues either as a bare XML document or as a zip bundle
 * containing catalogue.xml plus product photographs.
 */
export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['manager']);
  const contentType = (getRequestHeader(event, 'content-type') ?? '').split(';')[0].trim().toLowerCase();

  try {
    if (contentType === 'application/zip') {
      const supplier = String(getQuery(event).supplier ?? '');
      const bundle = await readRawBody(event, false);
      if (!bundle) throw createError({ statusCode: 400, statusMessage: 'Empty upload' });
      const result = await importCatalogueBundle(Buffer.from(bundle), supplier);
      console.info(`[catalogue] ${staff.name} imported bundle from ${supplier}: ${result.parts} parts`);
      return result;
    }

    if (contentType === 'application/xml' || contentType === 'text/xml') {
      const xml = await readRawBody(event, 'utf8');
      if (!xml || xml.length > MAX_XML_CHARS) {
        throw createError({ statusCode: 400, statusMessage: 'Catalogue must be between 1 byte and 8 MB' });
      }
      const result = await importCatalogueXml(xml);
      console.info(`[catalogue] ${staff.name} imported ${result.parts} parts from ${result.supplier}`);
      return result;
    }
  } catch (err) {
    toHttpError(err);
  }

  throw createError({ statusCode: 415, statusMessage: 'Upload an XML catalogue or a zip bundle' });
});
