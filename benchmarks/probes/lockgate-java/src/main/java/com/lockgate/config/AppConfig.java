package com.lockgate.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Central configuration. Values from lockgate.properties are overridden by environment
 * variables of the form LOCKGATE_SOME_KEY for key "some.key".
 */
public final class AppConfig {

    private static final AppConfig INSTANCE = load();

    private final Properties props;

    private AppConfig(Properties props) {
        this.props = props;
    }

    public static AppConfig get() {
        return INSTANCE;
    }

    private static AppConfig load() {
        Properties p = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/lockgate.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read lockgate.properties", e);
        }
        return new AppConfig(p);
    }

    public Optional<String> find(String key) {
        String envName = "LOCKGATE_" + key.toUpperCase().replace('.', '_');
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        return Optional.ofNullable(props.getProperty(key));
    }

    public String require(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("Missing configuration: " + key));
    }

    public int intValue(String key, int fallback) {
        return find(key).map(Integer::parseInt).orElse(fallback);
    }

    public Path documentsRoot() {
        return Path.of(find("documents.root").orElse("/var/lib/lockgate/documents")).toAbsolutePath().normalize();
    }

    public Path attachmentsRoot() {
        return Path.of(find("attachments.root").orElse("/var/lib/lockgate/attachments")).toAbsolutePath().normalize();
    }

    public Path mooringPlansRoot() {
        return Path.of(find("mooringplans.root").orElse("/var/lib/lockgate/plans")).toAbsolutePath().normalize();
    }

    public Path reportsRoot() {
        return Path.of(find("reports.root").orElse("/var/lib/lockgate/reports")).toAbsolutePath().normalize();
    }

    public String rabbitHost() {
        return find("rabbit.host").orElse("localhost");
    }

    public String publicBaseUrl() {
        return find("public.base.url").orElse("https://bookings.lockgate.org.uk");
    }
}
