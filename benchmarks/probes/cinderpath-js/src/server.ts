import Hapi from '@hapi/hapi';
import Inert from '@hapi/inert';
import Vision from '@hapi/vision';
import pug from 'pug';
import { ApolloServer } from '@apollo/server';
import hapiApollo from '@as-integrations/hapi';
import { config } from './config';
import { logger } from './lib/logger';
import { prisma } from './lib/db';
import { bearerFrom, verifySession, SessionClaims } from './lib/security/jwt';
import { authPlugin, SESSION_COOKIE } from './plugins/auth';
import { corsPlugin } from './plugins/cors';
import { authRoutes } from './routes/auth';
import { inspectionRoutes } from './routes/inspections';
import { propertyRoutes } from './routes/properties';
import { reportRoutes } from './routes/reports';
import { importRoutes } from './routes/imports';
import { portalRoutes } from './routes/portal';
import { adminRoutes } from './routes/admin';
import { partnerRoutes } from './routes/partner';
import { typeDefs } from './graphql/schema';
import { resolvers, GraphContext } from './graphql/resolvers';
import { attachRealtime } from './realtime/socket';
import { disconnectProducer } from './queue/kafka';

function sessionFromRequest(request: Hapi.Request): SessionClaims | null {
  const token = bearerFrom(request.headers.authorization) ?? (request.state?.[SESSION_COOKIE] as string | undefined);
  if (!token) return null;
  try {
    return verifySession(token);
  } catch {
    return null;
  }
}

export async function createServer(): Promise<Hapi.Server> {
  const server = Hapi.server({
    host: config.http.host,
    port: config.http.port,
    routes: {
      security: { hsts: { maxAge: 31536000, includeSubDomains: true }, xframe: 'sameorigin', noSniff: true },
      validate: {
        failAction: async (_request, _h, err) => {
          throw err;
        },
      },
    },
  });

  await server.register([Inert, Vision, authPlugin, corsPlugin]);

  server.views({
    engines: { pug },
    relativeTo: config.views.root,
    path: '.',
    layout: false,
    isCached: config.env === 'production',
    context: { appName: 'Cinderpath', year: new Date().getFullYear() },
  });

  server.route([
    ...authRoutes,
    ...inspectionRoutes,
    ...propertyRoutes,
    ...reportRoutes,
    ...importRoutes,
    ...portalRoutes,
    ...adminRoutes,
    ...partnerRoutes,
    { method: 'GET', path: '/healthz', options: { auth: false }, handler: () => ({ ok: true }) },
  ]);

  const apollo = new ApolloServer<GraphContext>({
    typeDefs,
    resolvers,
    introspection: config.env !== 'production',
  });
  await apollo.start();
  await server.register({
    plugin: hapiApollo,
    options: {
      apolloServer: apollo,
      path: '/graphql',
      route: { auth: false },
      context: async ({ request }: { request: Hapi.Request }) => ({ user: sessionFromRequest(request) }),
    },
  });

  attachRealtime(server.listener);

  server.events.on('stop', async () => {
    await apollo.stop();
    await disconnectProducer();
    await prisma.$disconnect();
  });

  return server;
}

if (require.main === module) {
  createServer()
    .then(async (server) => {
      await server.start();
      logger.info('cinderpath api listening', { uri: server.info.uri });
    })
    .catch((err) => {
      logger.error('startup failed', { error: err instanceof Error ? err.stack : String(err) });
      process.exit(1);
    });
}
