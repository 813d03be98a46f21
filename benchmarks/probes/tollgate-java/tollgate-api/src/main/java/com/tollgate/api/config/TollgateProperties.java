package com.tollgate.api.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "tollgate")
public record TollgateProperties(Path documentRoot, Path invoiceArchive, Path importStaging, Path reportDir, Path snapshotDir,
                                 List<String> portalOrigins, List<String> evidenceHosts, String clearingHouseUrl) {}
