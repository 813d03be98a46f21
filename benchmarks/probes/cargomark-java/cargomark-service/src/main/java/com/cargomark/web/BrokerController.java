package com.cargomark.web;

import java.util.List;
import java.util.regex.Pattern;

import com.cargomark.service.BrokerDirectoryService;
import com.cargomark.service.BrokerDirectoryService.BrokerContact;
import com.cargomark.web.dto.BadRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/brokers")
public class BrokerController {

    private static final Pattern LICENSE = Pattern.compile("^[A-Z]{2}[0-9A-Z]{4,12}$");

    private final BrokerDirectoryService directory;

    public BrokerController(BrokerDirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping
    public List<BrokerContact> search(@RequestParam String name) {
        if (name.length() < 2 || name.length() > 64) {
            throw new BadRequestException("Search term must be 2-64 characters");
        }
        return directory.searchByName(name.trim());
    }

    @GetMapping("/license/{licenseNumber}")
    public List<BrokerContact> byLicense(@PathVariable String licenseNumber) {
        if (!LICENSE.matcher(licenseNumber).matches()) {
            throw new BadRequestException("Invalid license number");
        }
        return directory.findByLicense(licenseNumber);
    }
}
