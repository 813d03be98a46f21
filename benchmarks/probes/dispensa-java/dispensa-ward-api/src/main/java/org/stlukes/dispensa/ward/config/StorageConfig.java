package org.stlukes.dispensa.ward.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "dispensa.storage")
public interface StorageConfig {

    String labelTemplates();

    String formularySnapshots();
}
