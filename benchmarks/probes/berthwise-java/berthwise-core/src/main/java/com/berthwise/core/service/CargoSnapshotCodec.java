package com.berthwise.core.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import java.io.*;
import java.time.Instant;
import java.util.*;

@Singleton
public class CargoSnapshotCodec {
    public record YardSnapshot(String terminal, Instant takenAt, List<String> blocks, int occupiedSlots) implements Serializable {
    }

    private final ObjectMapper typedMapper = JsonMapper.builder()
            .activateDefaultTyping(BasicPolymorphicTypeValidator.builder() // SAFE deser
                    .allowIfSubType("com.berthwise.core.")
                    .allowIfSubType(ArrayList.class)
                    .build(), ObjectMapper.DefaultTyping.NON_FINAL)
            .findAndAddModules()
            .build();

    public YardSnapshot readLegacySnapshot(InputStream in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            Object value = ois.readObject(); // VULN deser
            return (YardSnapshot) value;
        }
    }

    public YardSnapshot readJsonSnapshot(String json) throws IOException {
        return typedMapper.readValue(json, YardSnapshot.class);
    }

    public Map<String, Object> readYardProfile(String yamlText) {
        Yaml yaml = new Yaml();
        return yaml.load(yamlText); // VULN deser
    }

    public Map<String, Object> readCraneProfile(String yamlText) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(yamlText); // SAFE deser
    }
}
