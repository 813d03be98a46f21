package com.claimwright.api;

import com.claimwright.core.config.*;
import com.claimwright.core.dao.*;
import com.claimwright.core.security.*;
import com.claimwright.core.service.*;
import com.mongodb.client.MongoClients;
import jakarta.persistence.Persistence;
import jakarta.ws.rs.ApplicationPath;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.*;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

@ApplicationPath("/")
public class ClaimwrightApplication extends ResourceConfig {

    public ClaimwrightApplication() throws Exception {
        DataSource ds = DataSourceFactory.primary();
        ClaimJdbcDao claimDao = new ClaimJdbcDao(ds);
        AccountDao accounts = new AccountDao(ds);
        PolicyQueryDao policyDao = new PolicyQueryDao(DSL.using(ds, SQLDialect.POSTGRES), Persistence
                .createEntityManagerFactory("claimwright", Map.of("jakarta.persistence.nonJtaDataSource", ds)).createEntityManager());
        Configuration mybatis = new Configuration(new Environment("claimwright", new JdbcTransactionFactory(), ds));
        mybatis.setMapUnderscoreToCamelCase(true);
        mybatis.addMapper(ClaimMapper.class);
        ClaimMapper claimMapper = SqlSessionManager.newInstance(new SqlSessionFactoryBuilder().build(mybatis)).getMapper(ClaimMapper.class);
        Object[] singletons = {
            claimDao, claimMapper, accounts,
            new ClaimNotesStore(MongoClients.create(AppSettings.required("CLAIMWRIGHT_MONGO_URI")).getDatabase("claimwright")),
            new ClaimSearchService(claimDao, policyDao, accounts),
            new DocumentStorageService(AppSettings.documentRoot(), AppSettings.exportRoot()),
            new ReportRenderService(AppSettings.renderWorkDir()),
            new LegacyImportService(),
            new XmlImportService(Path.of(AppSettings.optional("CLAIMWRIGHT_PARTNER_REGISTRY", "/etc/claimwright/partners.xml"))),
            new DirectoryService(AppSettings.optional("CLAIMWRIGHT_LDAP_URL", "ldaps://directory.claimwright.internal:636"),
                    AppSettings.required("CLAIMWRIGHT_LDAP_BIND_DN"), AppSettings.required("CLAIMWRIGHT_LDAP_BIND_PASSWORD")),
            new PartnerGateway(), new PartnerTokenReader(), new TokenService(), new PasswordHasher()
        };
        registerClasses(MultiPartFeature.class, CorsResponseFilter.class, ClaimResource.class, DocumentResource.class,
                AdjusterResource.class, IntegrationResource.class, PortalStatusResource.class);
        register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Object singleton : singletons) {
                    Class type = singleton instanceof ClaimMapper ? ClaimMapper.class : singleton.getClass();
                    bind(singleton).to(type);
                }
            }
        });
    }
}
