import { Controller, Get, Query } from '@nestjs/common';
import * as ldap from 'ldapjs';
import * as xpath from 'xpath';

const client = ldap.createClient({ url: 'ldap://ldap.internal' });

@Controller('directory')
export class DirectoryController {
  @Get('people')
  people(@Query('uid') uid: string) {
    // ruleid: trace.javascript.ldap-injection.tainted-filter
    client.search('ou=people,dc=corp', { filter: `(uid=${uid})`, scope: 'sub' }, () => {});
    // ok: trace.javascript.ldap-injection.tainted-filter
    client.search('ou=people,dc=corp', { filter: '(objectClass=person)', scope: 'sub' }, () => {});
  }
}

// a Fetch API route handler (Next.js App Router)
export async function GET(request: Request) {
  const author = new URL(request.url).searchParams.get('author');
  // ruleid: trace.javascript.xpath-injection.tainted-xpath
  const nodes = xpath.select(`//book[author='${author}']`, catalog);
  // ok: trace.javascript.xpath-injection.tainted-xpath
  const all = xpath.select('//book', catalog);
  return Response.json({ count: nodes.length + all.length });
}

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  // ruleid: trace.javascript.cors.credentials-any-origin
  app.enableCors({ origin: true, credentials: true });
  // ok: trace.javascript.cors.credentials-any-origin
  app.enableCors({ origin: ['https://portal.example.com'], credentials: true });
  // ruleid: trace.javascript.cors.credentials-any-origin
  app.enableCors({ origin: (origin, cb) => cb(null, origin ?? true), credentials: true, methods: ['GET'] });
  // ruleid: trace.javascript.cors.credentials-any-origin
  app.enableCors({ credentials: true, origin: (origin, callback) => callback(null, origin) });
  // ok: trace.javascript.cors.credentials-any-origin
  app.enableCors({ origin: (origin, cb) => cb(null, PARTNERS.has(origin ?? '')), credentials: true });
  // ok: trace.javascript.cors.credentials-any-origin
  app.enableCors({ origin: (origin, cb) => cb(null, origin ?? true) });
  await app.listen(3000);
}
