package org.stlukes.dispensa.pharmacy.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.stlukes.dispensa.pharmacy.model.ReportSort;
import org.stlukes.dispensa.pharmacy.service.DispensingService;

import java.util.*;

@RestController
@RequestMapping("/api/dispensing")
public class DispensingController {

    private final DispensingService dispensingService;

    public DispensingController(DispensingService dispensingService) {
        this.dispensingService = dispensingService;
    }

    @GetMapping("/patients/{mrn}/history")
    public List<Map<String, Object>> history(@PathVariable String mrn,
                                             @RequestParam(defaultValue = "30") int days) {
        return dispensingService.patientHistory(mrn, days);
    }

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam(required = false) String drug,
                                            @RequestParam(required = false) String ward,
                                            @RequestParam(required = false) String route) {
        Map<String, String> criteria = new LinkedHashMap<>();
        if (drug != null) criteria.put("drug", drug);
        if (ward != null) criteria.put("ward", ward);
        if (route != null) criteria.put("route", route);
        return dispensingService.search(criteria);
    }

    @PutMapping("/preferences/sort")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void saveSort(@RequestParam ReportSort sort, @RequestHeader("X-Staff-Id") String staffId) {
        dispensingService.saveSortPreference(staffId, sort);
    }
}
