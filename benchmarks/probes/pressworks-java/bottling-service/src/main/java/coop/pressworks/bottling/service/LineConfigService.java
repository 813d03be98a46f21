package coop.pressworks.bottling.service;

import coop.pressworks.bottling.api.ImportModels.LineProfile;
import coop.pressworks.bottling.api.ImportModels.Station;
import jakarta.ws.rs.BadRequestException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Filler/capper/labeller profiles for each bottling line. Engineers edit these
 * as YAML on the line PC and push them here; the tablets read them back.
 */
public class LineConfigService {

    private final Map<String, LineProfile> active = new ConcurrentHashMap<>();

    public LineProfile apply(String lineCode, String yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        // Station entries are tagged with their PLC driver class by the line PC tool.
        options.setTagInspector(tag -> true);
        LineProfile profile;
        try {
            profile = new Yaml(new Constructor(LineProfile.class, options)).load(yamlText); // VULN deser
        } catch (YAMLException e) {
            throw new BadRequestException("Line profile is not valid YAML: " + e.getMessage());
        }
        if (profile == null || !lineCode.equals(profile.getLineCode())) {
            throw new BadRequestException("Profile is for a different line");
        }
        active.put(lineCode, profile);
        return profile;
    }

    public LineProfile current(String lineCode) {
        return active.get(lineCode);
    }

    /** Dry-run check used by the line PC before pushing a profile. */
    public List<String> validate(String yamlText) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText); // SAFE deser
        } catch (YAMLException e) {
            return List.of("YAML error: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (!(doc instanceof Map<?, ?> map)) {
            problems.add("Profile must be a mapping");
            return problems;
        }
        for (String key : List.of("lineCode", "bottlesPerMinute", "fillVolumeMl", "stations")) {
            if (!map.containsKey(key)) {
                problems.add("Missing " + key);
            }
        }
        Object bpm = map.get("bottlesPerMinute");
        if (bpm instanceof Number n && (n.intValue() < 10 || n.intValue() > 400)) {
            problems.add("bottlesPerMinute outside 10..400");
        }
        return problems;
    }

    public int stationCount(String lineCode) {
        LineProfile p = active.get(lineCode);
        if (p == null) {
            return 0;
        }
        List<Station> stations = p.getStations();
        return stations == null ? 0 : stations.size();
    }
}
