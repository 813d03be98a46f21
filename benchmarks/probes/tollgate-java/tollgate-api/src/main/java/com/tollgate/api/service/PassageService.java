package com.tollgate.api.service;

import com.tollgate.api.repository.PassageRepository.Passage;
import com.tollgate.api.repository.PassageRepository;
import com.tollgate.api.util.PlateFormat;
import java.time.LocalDate;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class PassageService {

    private static final Map<String, String> SORT_ORDERS = Map.of(
            "time", "passed_at DESC",
            "gantry", "gantry_id, passed_at DESC",
            "amount", "charge_cents DESC, passed_at DESC");

    private final PassageRepository repository;

    public List<Passage> searchByPlate(String plate, String sort) {
        String orderBy = SORT_ORDERS.getOrDefault(sort, SORT_ORDERS.get("time"));
        return repository.findByPlate(PlateFormat.normalize(plate), orderBy);
    }

    public List<Map<String, Object>> passagesAtGantry(String gantryId, LocalDate day) {
        String gantry = gantryId.strip().toUpperCase(Locale.ROOT);
        return repository.findByGantry(gantry, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }
}
