package org.stlukes.dispensa.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stlukes.dispensa.ward.dto.WardOrderView;
import org.stlukes.dispensa.ward.model.*;
import org.stlukes.dispensa.ward.repository.WardOrderRepository;

import java.sql.Timestamp;
import java.util.List;

@ApplicationScoped
public class WardOrderService {

    @Inject
    WardOrderRepository repository;

    public List<WardOrderView> findOrders(OrderFilter filter) {
        return repository.search(filter).stream().map(WardOrderService::toView).toList();
    }

    public long countOpen(String wardCode) {
        return repository.countOpenForWard(wardCode);
    }

    private static WardOrderView toView(Object[] row) {
        return new WardOrderView(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3], ((Timestamp) row[4]).toInstant());
    }
}
