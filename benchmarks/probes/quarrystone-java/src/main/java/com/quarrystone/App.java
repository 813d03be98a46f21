package com.quarrystone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.quarrystone.config.AppConfig;
import com.quarrystone.config.DataSourceFactory;
import com.quarrystone.config.HttpClientFactory;
import com.quarrystone.config.TemplateRenderer;
import com.quarrystone.messaging.EventPublisher;
import com.quarrystone.messaging.RouteJobConsumer;
import com.quarrystone.messaging.WeighEventConsumer;
import com.quarrystone.repository.CustomerRepository;
import com.quarrystone.repository.DispatchRepository;
import com.quarrystone.repository.ReportRepository;
import com.quarrystone.repository.TicketRepository;
import com.quarrystone.repository.UserRepository;
import com.quarrystone.service.AuthService;
import com.quarrystone.service.BackupService;
import com.quarrystone.service.DirectoryService;
import com.quarrystone.service.DispatchService;
import com.quarrystone.service.DocumentStore;
import com.quarrystone.service.InvoiceService;
import com.quarrystone.service.LabelPrintService;
import com.quarrystone.service.MapTileClient;
import com.quarrystone.service.PricingEngine;
import com.quarrystone.service.ReportService;
import com.quarrystone.service.RoutePlanner;
import com.quarrystone.service.TicketService;
import com.quarrystone.service.TokenService;
import com.quarrystone.service.WebhookService;
import com.quarrystone.service.WeighbridgeXmlImporter;
import com.quarrystone.web.ratpack.LoginHandlers;
import com.quarrystone.web.ratpack.MapHandlers;
import com.quarrystone.web.ratpack.TicketHandlers;
import com.quarrystone.web.spark.AdminRoutes;
import com.quarrystone.web.spark.AuthRoutes;
import com.quarrystone.web.spark.DispatchRoutes;
import com.quarrystone.web.vertx.PortalAccountHandlers;
import com.quarrystone.web.vertx.PortalCors;
import com.quarrystone.web.vertx.PortalDataHandlers;
import com.quarrystone.web.vertx.PortalVerticle;
import io.vertx.core.Vertx;
import java.util.HashSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;
import ratpack.server.RatpackServer;
import spark.Service;

/**
 * Quarrystone dispatch: wires the office UI (Ratpack), dispatcher console (Spark), customer
 * portal (Vert.x) and the Kafka workers into one process.
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) throws Exception {
        AppConfig config = AppConfig.load();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        DataSourceFactory dataSources = new DataSourceFactory(config);
        DataSource primary = dataSources.primary();
        DSLContext dsl = dataSources.primaryDsl();
        DSLContext reportingDsl = dataSources.reportingDsl();

        TicketRepository ticketRepo = new TicketRepository(dsl);
        DispatchRepository dispatchRepo = new DispatchRepository(primary);
        CustomerRepository customerRepo = new CustomerRepository(dsl);
        ReportRepository reportRepo = new ReportRepository(reportingDsl);
        UserRepository userRepo = new UserRepository(primary);

        OkHttpClient http = HttpClientFactory.standard();
        TemplateRenderer renderer = new TemplateRenderer();
        EventPublisher publisher = new EventPublisher(config.kafkaBootstrap(), mapper);

        WebhookService webhooks = new WebhookService(http, mapper);
        TicketService tickets = new TicketService(ticketRepo, dispatchRepo, customerRepo, webhooks);
        DispatchService dispatch = new DispatchService(dispatchRepo, publisher, config.get("quarrystone.site.default"));
        ReportService reports = new ReportService(reportRepo);
        DocumentStore documents = new DocumentStore(config);
        LabelPrintService printing = new LabelPrintService(config.get("quarrystone.printer.default"));
        BackupService backups = new BackupService(config.storageRoot());
        RoutePlanner planner = new RoutePlanner(config.get("quarrystone.osrm.data", "/srv/osrm/gb"));
        MapTileClient maps = new MapTileClient(http);
        DirectoryService directory = new DirectoryService(config.get("quarrystone.ldap.url"),
                config.get("quarrystone.ldap.bind.dn"), System.getenv("QUARRYSTONE_LDAP_BIND_PASSWORD"));
        AuthService auth = new AuthService(directory, userRepo);
        TokenService tokens = new TokenService(System.getenv("QUARRYSTONE_DRIVER_JWT_KEY"));
        WeighbridgeXmlImporter importer = new WeighbridgeXmlImporter(config.storageRoot().resolve("bridge-exports"));
        PricingEngine pricing = new PricingEngine();
        InvoiceService invoices = new InvoiceService(customerRepo, tickets, renderer);

        // Office UI (Ratpack, LAN only)
        TicketHandlers ticketHandlers = new TicketHandlers(tickets, customerRepo, documents, printing, renderer, config);
        MapHandlers mapHandlers = new MapHandlers(maps);
        LoginHandlers loginHandlers = new LoginHandlers(auth);
        RatpackServer office = RatpackServer.start(server -> server
                .serverConfig(c -> c.port(config.getInt("quarrystone.ratpack.port", 5050)).development(false))
                .handlers(chain -> chain
                        .insert(loginHandlers)
                        .insert(ticketHandlers)
                        .insert(mapHandlers)
                        .get(ctx -> ctx.redirect("/tickets"))));

        // Dispatcher / admin console (Spark)
        Service spark = Service.ignite().port(config.getInt("quarrystone.spark.port", 4567));
        spark.staticFiles.location("/public");
        new AuthRoutes(auth).register(spark);
        new DispatchRoutes(dispatch, renderer, mapper).register(spark);
        new AdminRoutes(backups, documents, importer, tickets, mapper).register(spark);
        spark.init();

        // Customer portal and driver API (Vert.x)
        Vertx vertx = Vertx.vertx();
        PortalCors cors = new PortalCors(new HashSet<>(config.getList("quarrystone.driver.origins")));
        vertx.deployVerticle(new PortalVerticle(config.getInt("quarrystone.vertx.port", 8088), cors, tokens, auth, documents,
                new PortalAccountHandlers(customerRepo, webhooks, invoices, pricing),
                new PortalDataHandlers(tickets, documents, importer, reports)));

        // Kafka workers
        ExecutorService workers = Executors.newFixedThreadPool(2);
        WeighEventConsumer weighConsumer = new WeighEventConsumer(config.kafkaBootstrap(), config.kafkaGroup(), tickets, mapper);
        RouteJobConsumer routeConsumer = new RouteJobConsumer(config.kafkaBootstrap(), config.kafkaGroup(), planner, mapper);
        workers.submit(weighConsumer);
        workers.submit(routeConsumer);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            weighConsumer.shutdown();
            routeConsumer.shutdown();
            workers.shutdown();
            publisher.close();
            spark.stop();
            vertx.close();
            try {
                office.stop();
            } catch (Exception e) {
                // already stopping
            }
        }, "quarrystone-shutdown"));
    }
}
