package com.claimwright.core.service;

import java.io.*;
import java.util.Map;
import org.yaml.snakeyaml.*;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Imports data produced by the retired ClaimDesk 4 system and letter template packs. */
public class LegacyImportService {

    @SuppressWarnings("unchecked")
    public Map<String, Object> readClaimDeskExport(InputStream upload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(upload)) {
            Object value = in.readObject(); // VULN deser
            if (!(value instanceof Map)) {
                throw new IOException("Unexpected export payload");
            }
            return (Map<String, Object>) value;
        }
    }

    public Map<String, Object> readPackManifest(String yamlText) {
        Map<String, Object> manifest = new Yaml().load(yamlText); // VULN deser
        manifest.putIfAbsent("version", "1");
        return manifest;
    }

    public Map<String, Object> readFieldMapping(String yamlText) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> mapping = yaml.load(yamlText); // SAFE deser
        mapping.putIfAbsent("dateFormat", "yyyy-MM-dd");
        return mapping;
    }
}
