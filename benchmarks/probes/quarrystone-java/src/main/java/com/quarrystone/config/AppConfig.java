package com.quarrystone.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Central configuration for the dispatch system. Values come from application.properties and
 * may be overridden by environment variables (dots replaced with underscores, upper-cased).
 */
public final class AppConfig {

    private final Properties props = new Properties();

    private AppConfig() {
    }

    public static AppConfig load() {
        AppConfig cfg = new AppConfig();
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                cfg.props.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read application.properties", e);
        }
        return cfg;
    }

    public String get(String key) {
        String envKey = key.replace('.', '_').toUpperCase();
        String fromEnv = System.getenv(envKey);
        return fromEnv != null ? fromEnv : props.getProperty(key);
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public int getInt(String key, int fallback) {
        String v = get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public List<String> getList(String key) {
        String v = get(key, "");
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    public Path storageRoot() {
        return Paths.get(get("quarrystone.storage.root", "/var/lib/quarrystone"));
    }

    public Path deliveryNotesDir() {
        return storageRoot().resolve("delivery-notes");
    }

    public Path weighSlipsDir() {
        return storageRoot().resolve("weigh-slips");
    }

    public Path calibrationDir() {
        return storageRoot().resolve("calibration");
    }

    public Path photosDir() {
        return storageRoot().resolve("load-photos");
    }

    public Path backupsDir() {
        return storageRoot().resolve("backups");
    }

    public String kafkaBootstrap() {
        return get("quarrystone.kafka.bootstrap", "localhost:9092");
    }

    public String kafkaGroup() {
        return get("quarrystone.kafka.group", "quarrystone-dispatch");
    }
}
