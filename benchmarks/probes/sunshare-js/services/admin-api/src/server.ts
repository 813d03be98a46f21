import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import { verifyAdminToken } from './lib/adminToken';
import { staffRoutes } from './routes/staff';
import { reportRoutes } from './routes/reports';
import { memberRoutes } from './routes/members';

export async function buildServer() {
  const server = Hapi.server({
    port: Number(process.env.PORT ?? 4200),
    host: '0.0.0.0',
    routes: {
      cors: {
        origin: ['https://admin.sunshare.coop', 'https://backoffice.sunshare.coop'], // SAFE cors
        credentials: true,
        additionalHeaders: ['x-installer-token'],
      },
      validate: { failAction: async (_req, _h, err) => { throw err; } },
    },
  });

  server.auth.scheme('admin-jwt', () => ({
    authenticate: async (request, h) => {
      const header = request.headers.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7) : request.state.sa_token;
      if (!token) throw Boom.unauthorized(null, 'admin-jwt');
      try {
        const credentials = verifyAdminToken(token);
        return h.authenticated({ credentials: { ...credentials } });
      } catch {
        throw Boom.unauthorized('Invalid admin token', 'admin-jwt');
      }
    },
  }));
  server.auth.strategy('admin', 'admin-jwt');
  server.auth.default('admin');

  server.state('sa_token', { isSecure: true, isHttpOnly: true, isSameSite: 'Strict', path: '/' });

  server.route([...staffRoutes, ...reportRoutes, ...memberRoutes]);
  return server;
}

if (require.main === module) {
  buildServer()
    .then(async (server) => {
      await server.start();
      console.log(`admin-api on ${server.info.uri}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
