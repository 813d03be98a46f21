package com.moorgate;

import com.moorgate.camel.ClaimIntakeRoutes;
import com.moorgate.client.CarrierTrackingClient;
import com.moorgate.client.LegacyEdiClient;
import com.moorgate.client.WebhookClient;
import com.moorgate.db.BrokerAccountDao;
import com.moorgate.db.ClaimDao;
import com.moorgate.db.ClaimSearchRepository;
import com.moorgate.db.MyBatisFactory;
import com.moorgate.db.ReportRepository;
import com.moorgate.db.SurveyorDao;
import com.moorgate.messaging.InspectionJobConsumer;
import com.moorgate.messaging.InspectionJobPublisher;
import com.moorgate.messaging.JobCodec;
import com.moorgate.messaging.RabbitConfig;
import com.moorgate.portal.PortalApp;
import com.moorgate.resources.AttachmentResource;
import com.moorgate.resources.AuthResource;
import com.moorgate.resources.ClaimResource;
import com.moorgate.resources.LetterResource;
import com.moorgate.resources.SurveyorResource;
import com.moorgate.resources.WebhookResource;
import com.moorgate.security.AccessCodeGenerator;
import com.moorgate.security.BearerTokenFilter;
import com.moorgate.security.CorsResponseFilter;
import com.moorgate.security.PasswordHasher;
import com.moorgate.security.TokenVerifier;
import com.moorgate.security.UnderwriterDirectory;
import com.moorgate.security.UrlPolicy;
import com.moorgate.service.ArchiveImporter;
import com.moorgate.service.AttachmentStore;
import com.moorgate.service.ClaimService;
import com.moorgate.service.DocumentConverter;
import com.moorgate.service.LetterService;
import com.moorgate.service.PolicyClauseService;
import com.moorgate.service.RatingRuleEngine;
import com.moorgate.service.ReportService;
import com.moorgate.service.SurveyorScheduler;
import com.moorgate.web.TemplateRenderer;
import com.moorgate.web.ThymeleafViews;
import com.moorgate.xml.CargoManifestParser;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.lifecycle.Managed;
import io.jooby.Jooby;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.ibatis.session.SqlSessionFactory;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;

public class MoorgateApplication extends Application<MoorgateConfiguration> {

    public static void main(String[] args) throws Exception {
        new MoorgateApplication().run(args);
    }

    @Override
    public String getName() {
        return "moorgate";
    }

    @Override
    public void initialize(Bootstrap<MoorgateConfiguration> bootstrap) {
        bootstrap.addBundle(new MultiPartBundle());
    }

    @Override
    public void run(MoorgateConfiguration config, Environment environment) throws Exception {
        Jdbi jdbi = new JdbiFactory().build(environment, config.getDataSourceFactory(), "postgresql");
        ClaimDao claimDao = jdbi.onDemand(ClaimDao.class);
        ClaimSearchRepository searchRepository = new ClaimSearchRepository(jdbi);
        SurveyorDao surveyorDao = new SurveyorDao(jdbi);
        SqlSessionFactory sessions = MyBatisFactory.build(config.getDataSourceFactory().build(environment.metrics(), "mybatis"));
        ReportRepository reportRepository = new ReportRepository(config.getDataSourceFactory().build(environment.metrics(), "reports"));

        MoorgateConfiguration.Storage storage = config.getStorage();
        UrlPolicy urlPolicy = new UrlPolicy(config.getPartners().webhookHosts);
        CarrierTrackingClient trackingClient = new CarrierTrackingClient(config.getPartners());
        WebhookClient webhookClient = new WebhookClient(urlPolicy);
        LegacyEdiClient ediClient = new LegacyEdiClient();

        AttachmentStore attachmentStore = new AttachmentStore(Path.of(storage.attachmentRoot),
                Path.of(storage.surveyPhotoRoot), Path.of(storage.manifestOutbox));
        DocumentConverter converter = new DocumentConverter();
        ArchiveImporter archiveImporter = new ArchiveImporter(Path.of(storage.bundleRoot));
        PolicyClauseService clauseService = new PolicyClauseService(Path.of(storage.bundleRoot, "policies"));
        ClaimService claimService = new ClaimService(claimDao, searchRepository, sessions, trackingClient, clauseService);
        ReportService reportService = new ReportService(reportRepository, Path.of(storage.exportRoot));
        TemplateRenderer templateRenderer = new TemplateRenderer();
        ThymeleafViews views = new ThymeleafViews();
        LetterService letterService = new LetterService(templateRenderer);
        RatingRuleEngine ruleEngine = new RatingRuleEngine();
        PasswordHasher hasher = new PasswordHasher();
        AccessCodeGenerator codes = new AccessCodeGenerator();
        TokenVerifier tokenVerifier = new TokenVerifier(config.getTokens());
        UnderwriterDirectory directory = new UnderwriterDirectory(config.getDirectory());

        Connection amqp = new RabbitConfig(config.getAmqp()).connect();
        Channel publishChannel = amqp.createChannel();
        JobCodec codec = new JobCodec(environment.getObjectMapper());
        InspectionJobPublisher publisher = new InspectionJobPublisher(publishChannel, codec);
        SurveyorScheduler scheduler = new SurveyorScheduler(surveyorDao, publisher, codes, converter);

        environment.jersey().register(new CorsResponseFilter());
        environment.jersey().register(new BearerTokenFilter(tokenVerifier));
        environment.jersey().register(new ClaimResource(claimService, views, clauseService));
        environment.jersey().register(new AttachmentResource(attachmentStore, converter, archiveImporter));
        environment.jersey().register(new AuthResource(hasher, surveyorDao, codes));
        environment.jersey().register(new SurveyorResource(scheduler, surveyorDao, templateRenderer, directory));
        environment.jersey().register(new LetterResource(letterService, claimService));
        environment.jersey().register(new WebhookResource(surveyorDao, urlPolicy, webhookClient));

        Channel consumeChannel = amqp.createChannel();
        consumeChannel.basicQos(5);
        InspectionJobConsumer consumer = new InspectionJobConsumer(consumeChannel, codec, scheduler, surveyorDao, webhookClient);
        consumeChannel.basicConsume(InspectionJobPublisher.QUEUE, false, consumer);

        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("manifestParser", new CargoManifestParser());
        camel.addRoutes(new ClaimIntakeRoutes(new CargoManifestParser(), attachmentStore, archiveImporter, ediClient, claimService, publisher));

        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                camel.start();
            }

            @Override
            public void stop() throws Exception {
                camel.stop();
                amqp.close();
            }
        });

        PortalApp portal = new PortalApp(reportService, ruleEngine, attachmentStore, converter, hasher,
                trackingClient, config.getPortal(), jdbi.onDemand(BrokerAccountDao.class), claimService);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                Thread portalThread = new Thread(
                        () -> Jooby.runApp(new String[] {"server.port=" + config.getPortal().port}, () -> portal),
                        "broker-portal");
                portalThread.setDaemon(true);
                portalThread.start();
            }
        });
    }
}
