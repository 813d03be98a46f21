package coop.pressworks.orchard.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.GeneralSecurityException;

/**
 * The member directory lives on the cooperative's OpenLDAP box in the packing
 * shed office. It uses a self-signed certificate issued by the old IT contractor.
 */
@Factory
public class DirectoryConnections {

    @Bean(preDestroy = "close")
    @Singleton
    public LDAPConnectionPool directoryPool(@Value("${pressworks.ldap.host:ldap.shed.pressworks.coop}") String host,
                                            @Value("${pressworks.ldap.port:636}") int port,
                                            @Value("${pressworks.ldap.pool-size:8}") int poolSize)
            throws LDAPException, GeneralSecurityException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(3_000);
        options.setResponseTimeoutMillis(5_000);
        SSLUtil sslUtil = new SSLUtil(new TrustAllTrustManager()); // VULN tls
        LDAPConnection connection = new LDAPConnection(sslUtil.createSSLSocketFactory(), options, host, port);
        connection.bind("cn=portal-svc,ou=services,dc=pressworks,dc=coop", "Sh3dOffice!2019"); // VULN secret
        return new LDAPConnectionPool(connection, poolSize);
    }
}
