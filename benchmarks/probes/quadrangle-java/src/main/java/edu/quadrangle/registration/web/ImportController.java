package edu.quadrangle.registration.web;

import edu.quadrangle.registration.service.ArchiveService;
import edu.quadrangle.registration.service.XmlImportService;
import java.io.IOException;
import java.util.*;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.yaml.snakeyaml.*;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@RestController
@RequestMapping("/api/import")
@RequiredArgsConstructor
public class ImportController {

    private static final Pattern COURSE_CODE = Pattern.compile("^[A-Z]{2,5}[0-9]{3}[A-Z]?$");

    private final ArchiveService archiveService;
    private final XmlImportService xmlImportService;

    @PostMapping("/materials/{courseCode}")
    public Map<String, Object> courseMaterials(@PathVariable("courseCode") String courseCode,
                                               @RequestParam("archive") MultipartFile archive) throws IOException {
        if (!COURSE_CODE.matcher(courseCode).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown course code");
        }
        int files = archiveService.extractCourseMaterials(courseCode, archive.getInputStream());
        return Map.of("courseCode", courseCode, "files", files);
    }

    @PostMapping("/gradebook")
    public Map<String, Object> gradebook(@RequestParam("bundle") MultipartFile bundle) throws IOException {
        String batchId = UUID.randomUUID().toString();
        int files = archiveService.extractGradebookBundle(batchId, bundle.getInputStream());
        return Map.of("batchId", batchId, "files", files);
    }

    @PostMapping("/catalog-feed")
    public Map<String, Object> catalogFeed(@RequestParam("feed") MultipartFile feed) throws Exception {
        return Map.of("updated", xmlImportService.importCatalogFeed(feed.getInputStream()));
    }

    @PostMapping("/roster")
    public List<Map<String, String>> roster(@RequestParam("roster") MultipartFile roster) throws Exception {
        return xmlImportService.parseRoster(roster.getInputStream());
    }

    @PostMapping("/degree-plan")
    public Map<String, Object> degreePlan(@RequestParam("plan") MultipartFile plan) throws IOException {
        Object restored = xmlImportService.restoreDegreePlan(plan.getInputStream());
        return Map.of("restored", restored != null, "type", restored == null ? "none" : restored.getClass().getSimpleName());
    }

    @PostMapping(value = "/requirements", consumes = "application/x-yaml")
    public Map<String, Object> requirements(@RequestBody String yamlBody) {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlBody); // SAFE deser
        Object groups = doc == null ? null : doc.get("requirementGroups");
        return Map.of("groups", groups instanceof List<?> list ? list.size() : 0);
    }
}
