package internal;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.logging.LoggingService;
import com.typesafe.config.Config;
import play.Logger;
import play.inject.ApplicationLifecycle;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.Duration;

/** Armeria server for the internal API used by the cold-room kiosks and peer seed bank nodes. */
@Singleton
public class InternalApiServer {

    private static final Logger.ALogger LOG = Logger.of(InternalApiServer.class);

    private final Server server;

    @Inject
    public InternalApiServer(Config config, InventoryApiService inventory, SyncApiService sync, ApplicationLifecycle lifecycle) {
        int port = config.getInt("internal-api.port");
        this.server = Server.builder()
                .http(port)
                .annotatedService("/internal", inventory)
                .annotatedService("/internal", sync)
                .decorator(LoggingService.newDecorator())
                .requestTimeout(Duration.ofSeconds(60))
                .maxRequestLength(20L * 1024 * 1024)
                .build();
        server.start().join();
        LOG.info("internal API listening on {}", port);
        lifecycle.addStopHook(server::stop);
    }
}
