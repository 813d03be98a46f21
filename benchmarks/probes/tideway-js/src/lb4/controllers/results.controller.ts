import { get, post, param, requestBody, HttpErrors, getModelSchemaRef } from '@loopback/rest';
import { resultsImportService } from '../../services/results-import.service';
import { reportService } from '../../services/report.service';
import { webhookService } from '../../services/webhook.service';
import { BundleUploadDto } from '../dto/entry.dto';

const XML_BODY = {
  content: { 'application/xml': { schema: { type: 'string' }, 'x-parser': 'text' } },
};

export class ResultsController {
  @get('/regattas/{code}/results')
  async results(@param.path.string('code') code: string, @param.query.string('event') event?: string) {
    return reportService.regattaResults(code, event ?? '');
  }

  @post('/results/import')
  async importResults(@requestBody(XML_BODY) xml: string) {
    const results = await resultsImportService.importResultsXml(xml);
    return { imported: results.length };
  }

  @post('/results/start-list')
  async startList(@requestBody(XML_BODY) xml: string) {
    return resultsImportService.parseStartList(xml);
  }

  @post('/results/bundle')
  async uploadBundle(@requestBody({ content: { 'application/json': { schema: getModelSchemaRef(BundleUploadDto) } } }) body: BundleUploadDto) {
    const files = resultsImportService.extractBundle(body.regattaCode, Buffer.from(body.archive, 'base64'));
    return { files };
  }

  @post('/venues/{venue}/course-maps')
  async uploadCourseMaps(@param.path.string('venue') venue: string, @requestBody() body: { archive: string }) {
    if (typeof body.archive !== 'string') throw new HttpErrors.BadRequest('archive required');
    return { files: resultsImportService.extractCourseMaps(venue, Buffer.from(body.archive, 'base64')) };
  }

  @get('/results/feed-preview')
  async feedPreview(@param.query.string('url') url: string) {
    if (!url) throw new HttpErrors.BadRequest('url required');
    return { body: await resultsImportService.previewFeed(url) };
  }

  @get('/results/feed')
  async feed(@param.query.string('source') source: string) {
    return { body: await webhookService.fetchTrustedFeed(source) };
  }
}
