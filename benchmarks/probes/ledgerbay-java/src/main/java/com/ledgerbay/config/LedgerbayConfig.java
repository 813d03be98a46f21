package com.ledgerbay.config;

import io.helidon.config.Config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Typed view over application.yaml. One instance is created at start-up and handed to services.
 */
public final class LedgerbayConfig {

    private final Path documentRoot;
    private final Path exportRoot;
    private final Path formTemplateRoot;
    private final Path labelRoot;
    private final Path scratchRoot;
    private final String ldapUrl;
    private final String ldapBindDn;
    private final String ldapBindPassword;
    private final String cbpGatewayUrl;
    private final String rateFeedUrl;
    private final List<String> partnerOrigins;
    private final List<String> rulingHosts;
    private final String jmsBrokerUrl;
    private final Duration outboundTimeout;

    private LedgerbayConfig(Config root) {
        Config lb = root.get("ledgerbay");
        this.documentRoot = Path.of(lb.get("storage.documents").asString().orElse("/var/ledgerbay/documents"));
        this.exportRoot = Path.of(lb.get("storage.exports").asString().orElse("/var/ledgerbay/exports"));
        this.formTemplateRoot = Path.of(lb.get("storage.form-templates").asString().orElse("/var/ledgerbay/forms"));
        this.labelRoot = Path.of(lb.get("storage.labels").asString().orElse("/var/ledgerbay/labels"));
        this.scratchRoot = Path.of(lb.get("storage.scratch").asString().orElse("/var/ledgerbay/tmp"));
        this.ldapUrl = lb.get("ldap.url").asString().orElse("ldaps://ldap.internal.ledgerbay.com:636");
        this.ldapBindDn = lb.get("ldap.bind-dn").asString().orElse("cn=portal,ou=services,dc=ledgerbay,dc=com");
        this.ldapBindPassword = lb.get("ldap.bind-password").asString().orElse(System.getenv("LEDGERBAY_LDAP_PASSWORD"));
        this.cbpGatewayUrl = lb.get("cbp.gateway-url").asString().orElse("https://ace-gw.ledgerbay.com/abi");
        this.rateFeedUrl = lb.get("rates.feed-url").asString().orElse("https://rates.ledgerbay.com/v2");
        this.partnerOrigins = lb.get("cors.partner-origins").asList(String.class).orElse(List.of());
        this.rulingHosts = lb.get("rulings.hosts").asList(String.class).orElse(List.of("rulings.cbp.gov"));
        this.jmsBrokerUrl = lb.get("jms.broker-url").asString().orElse("tcp://mq.internal.ledgerbay.com:61616");
        this.outboundTimeout = Duration.ofSeconds(lb.get("outbound.timeout-seconds").asInt().orElse(15));
    }

    public static LedgerbayConfig from(Config root) {
        return new LedgerbayConfig(root);
    }

    public Path documentRoot() { return documentRoot; }
    public Path exportRoot() { return exportRoot; }
    public Path formTemplateRoot() { return formTemplateRoot; }
    public Path labelRoot() { return labelRoot; }
    public Path scratchRoot() { return scratchRoot; }
    public String ldapUrl() { return ldapUrl; }
    public String ldapBindDn() { return ldapBindDn; }
    public String ldapBindPassword() { return ldapBindPassword; }
    public String cbpGatewayUrl() { return cbpGatewayUrl; }
    public String rateFeedUrl() { return rateFeedUrl; }
    public List<String> partnerOrigins() { return partnerOrigins; }
    public List<String> rulingHosts() { return rulingHosts; }
    public String jmsBrokerUrl() { return jmsBrokerUrl; }
    public Duration outboundTimeout() { return outboundTimeout; }
}
