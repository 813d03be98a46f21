package org.stlukes.dispensa.ward.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.stlukes.dispensa.ward.model.FormularyItem;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FormularySearchService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "genericName",
            "brand", "brandName",
            "atc", "atcCode",
            "schedule", "schedule");

    public List<FormularyItem> listSorted(String sortKey, int pageSize) {
        String column = SORT_COLUMNS.getOrDefault(sortKey, "genericName");
        int size = Math.min(Math.max(pageSize, 10), 200);
        return FormularyItem.find("active = true order by " + column) // SAFE sqli
                .page(Page.ofSize(size))
                .list();
    }
}
