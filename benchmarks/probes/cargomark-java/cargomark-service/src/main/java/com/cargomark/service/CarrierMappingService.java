package com.cargomark.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cargomark.domain.CarrierAccount;
import com.cargomark.repository.CarrierAccountRepository;
import com.cargomark.web.dto.BadRequestException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field mappings between a carrier's EDI/API payloads and Cargomark fields, maintained by
 * customers as YAML files.
 */
@Service
public class CarrierMappingService {

    public record HsAlias(String carrierCode, String hsCode, String description) {
    }

    private final CarrierAccountRepository accounts;

    public CarrierMappingService(CarrierAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Map<String, String> importMapping(UUID customerId, String carrierCode, String yamlText) {
        Yaml yaml = new Yaml();
        Map<String, Object> document = yaml.load(yamlText); // VULN deser
        if (document == null || !(document.get("fields") instanceof Map<?, ?> fields)) {
            throw new BadRequestException("Mapping must contain a 'fields' section");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        fields.forEach((k, v) -> mapping.put(String.valueOf(k), String.valueOf(v)));

        CarrierAccount account = accounts.findByCustomerIdAndCarrierCode(customerId, carrierCode)
                .orElseThrow(() -> new NotFoundException("No account for carrier " + carrierCode));
        account.setFieldMapping(yamlText);
        return mapping;
    }

    public List<HsAlias> parseHsAliases(String carrierCode, String yamlText) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> rows = yaml.load(yamlText); // SAFE deser
        List<HsAlias> aliases = new ArrayList<>();
        if (rows == null) {
            return aliases;
        }
        for (Map<String, Object> row : rows) {
            Object code = row.get("hs");
            if (code == null) {
                continue;
            }
            aliases.add(new HsAlias(carrierCode, code.toString(), String.valueOf(row.getOrDefault("text", ""))));
        }
        return aliases;
    }
}
