package coop.pressworks.bottling;

import coop.pressworks.bottling.auth.CorsAllowListFilter;
import coop.pressworks.bottling.auth.DistributorAuthFilter;
import coop.pressworks.bottling.auth.DistributorTokens;
import coop.pressworks.bottling.auth.PasswordHasher;
import coop.pressworks.bottling.client.CourierClient;
import coop.pressworks.bottling.client.DistributorNotifier;
import coop.pressworks.bottling.db.DistributorDao;
import coop.pressworks.bottling.db.RunDao;
import coop.pressworks.bottling.messaging.LabelJobPublisher;
import coop.pressworks.bottling.resources.BottlingRunResource;
import coop.pressworks.bottling.resources.DistributorResource;
import coop.pressworks.bottling.resources.LabelResource;
import coop.pressworks.bottling.resources.RecipeResource;
import coop.pressworks.bottling.resources.ShipmentResource;
import coop.pressworks.bottling.service.LabelPackService;
import coop.pressworks.bottling.service.LabelStorage;
import coop.pressworks.bottling.service.LabelTextRenderer;
import coop.pressworks.bottling.service.LineConfigService;
import coop.pressworks.bottling.service.PrepressTools;
import coop.pressworks.bottling.service.RecipeImportService;
import coop.pressworks.bottling.service.RunService;
import coop.pressworks.bottling.service.ShipmentService;
import coop.pressworks.bottling.service.XmlIntake;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.views.common.ViewBundle;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.util.Map;

public class BottlingApplication extends Application<BottlingConfiguration> {

    public static void main(String[] args) throws Exception {
        new BottlingApplication().run(args);
    }

    @Override
    public String getName() {
        return "pressworks-bottling";
    }

    @Override
    public void initialize(Bootstrap<BottlingConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new MultiPartBundle());
        bootstrap.addBundle(new ViewBundle<>() {
            @Override
            public Map<String, Map<String, String>> getViewConfiguration(BottlingConfiguration configuration) {
                return Map.of("freemarker", configuration.getViewRendererConfiguration());
            }
        });
    }

    @Override
    public void run(BottlingConfiguration config, Environment environment) throws Exception {
        Jdbi jdbi = new JdbiFactory().build(environment, config.getDataSourceFactory(), "postgresql");

        RunDao runDao = new RunDao(jdbi);
        DistributorDao distributorDao = new DistributorDao(jdbi);

        Path prepressDir = Path.of(config.getPrepressWorkDir());
        LabelStorage labelStorage = new LabelStorage(Path.of(config.getLabelRoot()));
        PrepressTools prepress = new PrepressTools(prepressDir);
        LabelJobPublisher labelJobs = new LabelJobPublisher(
                config.getAmqpHost(), config.getAmqpUser(), config.getAmqpPassword());
        environment.lifecycle().manage(labelJobs);

        DistributorTokens tokens = new DistributorTokens(config.getDistributorTokenSecret());
        CourierClient courier = new CourierClient(
                config.getCourierBaseUrl(),
                Path.of(config.getCourierTrustStore()),
                config.getCourierTrustStorePassword() == null ? new char[0] : config.getCourierTrustStorePassword().toCharArray(),
                environment.getObjectMapper());
        ShipmentService shipments = new ShipmentService(
                distributorDao, new DistributorNotifier(environment.getObjectMapper()), courier);

        environment.jersey().register(new DistributorAuthFilter(tokens));
        environment.jersey().register(new CorsAllowListFilter(config.getAllowedOrigins()));

        environment.jersey().register(new BottlingRunResource(new RunService(runDao), prepress));
        environment.jersey().register(new LabelResource(
                labelStorage, new LabelPackService(labelStorage), new LabelTextRenderer(), prepress, labelJobs));
        environment.jersey().register(new RecipeResource(
                new RecipeImportService(), new LineConfigService(), new XmlIntake()));
        environment.jersey().register(new DistributorResource(
                distributorDao, new PasswordHasher(), tokens, shipments, Path.of(config.getInvoiceRoot())));
        environment.jersey().register(new ShipmentResource(shipments));
    }
}
