package util;

import com.typesafe.config.Config;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;

@Singleton
public class StorageSettings {

    public final Path uploads;
    public final Path reports;
    public final Path archive;
    public final Path imports;
    public final Path jteRoot;
    public final String defaultPrinter;
    public final String herbariumBaseUrl;
    public final Set<String> webhookHosts;
    public final Set<String> corsOrigins;

    @Inject
    public StorageSettings(Config config) {
        this.uploads = Paths.get(config.getString("seedvault.storage.uploads"));
        this.reports = Paths.get(config.getString("seedvault.storage.reports"));
        this.archive = Paths.get(config.getString("seedvault.storage.archive"));
        this.imports = Paths.get(config.getString("seedvault.storage.imports"));
        this.jteRoot = Paths.get(config.getString("seedvault.templates.jte"));
        this.defaultPrinter = config.getString("seedvault.printing.default-printer");
        this.herbariumBaseUrl = config.getString("seedvault.herbarium.base-url");
        this.webhookHosts = new HashSet<>(config.getStringList("seedvault.partners.webhook-hosts"));
        this.corsOrigins = new HashSet<>(config.getStringList("seedvault.cors.allowed-origins"));
    }
}
