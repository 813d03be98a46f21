import { BadRequestException } from '@nestjs/common';
import { appConfig } from '../../config/app.config';

const PARTNER_HOSTS = new Set(appConfig.partnerHosts);

/** Lab certificates may only be pulled from the partner labs we have contracts with. */
export function partnerUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BadRequestException('certificate url is not a valid url');
  }
  if (url.protocol !== 'https:' || !PARTNER_HOSTS.has(url.hostname) || url.port !== '') {
    throw new BadRequestException('certificate url must point at a partner lab');
  }
  return url;
}
