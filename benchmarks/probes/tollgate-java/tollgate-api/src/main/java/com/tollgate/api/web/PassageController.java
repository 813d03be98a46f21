package com.tollgate.api.web;

import com.tollgate.api.repository.PassageRepository.Passage;
import com.tollgate.api.service.*;
import com.tollgate.api.service.ImportService.ImportSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/passages")
@RequiredArgsConstructor
public class PassageController {

    private final PassageService passageService;
    private final ImportService importService;

    @GetMapping
    public List<Passage> byPlate(@RequestParam String plate, @RequestParam(defaultValue = "time") String sort) {
        return passageService.searchByPlate(plate, sort);
    }

    @GetMapping("/gantry/{gantryId}")
    public List<Map<String, Object>> byGantry(@PathVariable String gantryId,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return passageService.passagesAtGantry(gantryId, day == null ? LocalDate.now() : day);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportSummary importBatch(@RequestParam("archive") MultipartFile archive) throws IOException {
        return importService.importGantryBatch(archive);
    }
}
