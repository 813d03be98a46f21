package com.nacelle.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nacelle.service.DocumentStorage;
import com.nacelle.service.GridXmlService;
import com.nacelle.service.GridXmlService.ScadaSample;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/documents")
public class DocumentController {

    /** Short names used by bookmarks in the control room dashboards. */
    private static final Map<String, String> EXPORT_ALIASES = Map.of(
            "north-daily", "filter-1-latest.csv",
            "south-daily", "filter-2-latest.csv",
            "offshore-daily", "filter-3-latest.csv");

    private final DocumentStorage storage;
    private final GridXmlService gridXml;

    public DocumentController(DocumentStorage storage, GridXmlService gridXml) {
        this.storage = storage;
        this.gridXml = gridXml;
    }

    @GetMapping("/exports")
    public List<String> exports() throws IOException {
        return storage.listExports();
    }

    @GetMapping("/exports/download")
    public ResponseEntity<byte[]> downloadExport(@RequestParam("file") String file) throws IOException {
        String resolved = EXPORT_ALIASES.getOrDefault(file, file);
        byte[] content = storage.readExport(resolved);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("curtailment-export.csv").build().toString())
                .body(content);
    }

    @GetMapping("/workorders/{workOrderId}/photos/{photoId}")
    public ResponseEntity<byte[]> photo(@PathVariable long workOrderId, @PathVariable UUID photoId) throws IOException {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(storage.readWorkOrderPhoto(workOrderId, photoId));
    }

    /** Manual upload of a SCADA XML export when the historian link is down. */
    @PostMapping(path = "/scada-export", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> uploadScadaExport(@RequestPart("file") MultipartFile file) throws IOException {
        List<ScadaSample> samples;
        try (InputStream in = file.getInputStream()) {
            samples = gridXml.parseScadaExport(in);
        }
        return Map.of("samples", samples.size(),
                "turbines", samples.stream().map(ScadaSample::turbineTag).distinct().count());
    }
}
