package com.ledgerbay;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.graphql.FilingDataFetchers;
import com.ledgerbay.graphql.LedgerbayGraphQl;
import com.ledgerbay.messaging.CbpStatusListener;
import com.ledgerbay.messaging.DocumentConversionListener;
import com.ledgerbay.messaging.JobPublisher;
import com.ledgerbay.messaging.WebhookDispatchListener;
import com.ledgerbay.security.CorsSupport;
import com.ledgerbay.web.AuthHandler;
import com.ledgerbay.web.DocumentHandler;
import com.ledgerbay.web.FilingHandler;
import com.ledgerbay.web.IntegrationHandler;
import com.ledgerbay.web.TariffHandler;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import jakarta.jms.JMSContext;

import java.util.HashSet;

/**
 * Entry point for the Helidon SE portal/API server and the JMS workers.
 * (The JAX-RS reporting resources run in the Helidon MP profile, see META-INF/beans.xml.)
 */
public final class LedgerbayServer {

    private LedgerbayServer() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        ServiceRegistry services = ServiceRegistry.init(config);

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .routing(routing -> routing(routing, services))
                .build()
                .start();

        startWorkers(services);
        System.out.println("Ledgerbay listening on http://localhost:" + server.port());
    }

    static void routing(HttpRouting.Builder routing, ServiceRegistry services) {
        routing.addFilter(CorsSupport.portal())
               .addFilter(CorsSupport.partner(new HashSet<>(services.config.partnerOrigins())))
               .register("/portal/auth", new AuthHandler(services.accounts, services.brokerDirectory))
               .register("/portal/filings", new FilingHandler(services))
               .register("/portal/documents", new DocumentHandler(services.documents, services.filings, services.jwt))
               .register("/portal/tariff", new TariffHandler(services))
               .register("/portal/graphql", new LedgerbayGraphQl(new FilingDataFetchers(services.filings), services.jwt))
               .register("/", new IntegrationHandler(services))
               .get("/health", (req, res) -> res.send("OK"));
    }

    private static void startWorkers(ServiceRegistry services) {
        JMSContext statusCtx = services.connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        CbpStatusListener statusListener = new CbpStatusListener(services.filings, services.notifications, services.webhooks);
        statusCtx.createConsumer(statusCtx.createQueue(CbpStatusListener.BRIDGE_QUEUE)).setMessageListener(statusListener);
        JMSContext desktopCtx = statusCtx.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        desktopCtx.createConsumer(desktopCtx.createQueue(CbpStatusListener.DESKTOP_QUEUE)).setMessageListener(statusListener);

        JMSContext documentCtx = services.connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        documentCtx.createConsumer(documentCtx.createQueue(JobPublisher.DOCUMENT_QUEUE))
                .setMessageListener(new DocumentConversionListener(services.documents));

        JMSContext webhookCtx = services.connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        webhookCtx.createConsumer(webhookCtx.createQueue(JobPublisher.WEBHOOK_QUEUE))
                .setMessageListener(new WebhookDispatchListener(services.webhookRepository, services.webhookDispatcher, services.jobs));
    }
}
