package com.tollgate.api.web;

import com.tollgate.api.service.*;
import com.tollgate.api.service.GantryConfigService.GantryConfig;
import com.tollgate.api.service.ImportService.CalibrationSet;
import com.tollgate.api.service.TariffService.*;
import com.tollgate.api.service.ImportService.ImportSummary;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/gantries")
@RequiredArgsConstructor
public class GantryController {

    private final GantryConfigService configService;
    private final TariffService tariffService;
    private final ImportService importService;

    @PostMapping(value = "/{gantryId}/config", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public GantryConfig uploadConfig(@PathVariable String gantryId, @RequestBody String xml) {
        return configService.importConfig(gantryId, xml);
    }

    @GetMapping("/{gantryId}/lanes/{laneCode}")
    public Map<String, String> lane(@PathVariable String gantryId, @PathVariable String laneCode) throws Exception {
        return configService.describeLane(gantryId, laneCode);
    }

    @GetMapping("/{gantryId}/lanes")
    public List<String> lanesForClass(@PathVariable String gantryId, @RequestParam String vehicleClass) throws Exception {
        return configService.lanesForClass(gantryId, vehicleClass);
    }

    @PostMapping("/tariffs/preview")
    public Quote previewTariff(@RequestBody TariffPreview preview) {
        return tariffService.preview(preview);
    }

    @PostMapping(value = "/tariffs/snapshot", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportSummary restoreTariffs(@RequestParam("snapshot") MultipartFile snapshot) throws Exception {
        return importService.restoreTariffSnapshot(snapshot);
    }

    @PostMapping(value = "/{gantryId}/calibration", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public CalibrationSet calibration(@PathVariable String gantryId, @RequestParam("file") MultipartFile file) throws Exception {
        CalibrationSet set = importService.readCalibration(file);
        if (!gantryId.equals(set.gantryId())) {
            throw new IllegalArgumentException("calibration belongs to gantry " + set.gantryId());
        }
        return set;
    }
}
