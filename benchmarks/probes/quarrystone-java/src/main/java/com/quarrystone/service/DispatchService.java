package com.quarrystone.service;

import com.quarrystone.domain.DispatchOrder;
import com.quarrystone.dto.DispatchRequest;
import com.quarrystone.dto.RouteJob;
import com.quarrystone.messaging.EventPublisher;
import com.quarrystone.repository.DispatchRepository;
import com.quarrystone.util.SortColumns;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Booking loads and feeding the dispatch board. */
public class DispatchService {

    private final DispatchRepository repository;
    private final EventPublisher publisher;
    private final String defaultSite;

    public DispatchService(DispatchRepository repository, EventPublisher publisher, String defaultSite) {
        this.repository = repository;
        this.publisher = publisher;
        this.defaultSite = defaultSite;
    }

    public DispatchOrder book(DispatchRequest req) throws SQLException {
        req.validate();
        DispatchOrder o = new DispatchOrder();
        o.setReference("DSP-" + LocalDate.now().getYear() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)).toUpperCase());
        o.setCustomerId(req.getCustomerId());
        o.setSiteCode(req.getSiteCode() == null ? defaultSite : req.getSiteCode());
        o.setProductCode(req.getProductCode());
        o.setOrderedTonnes(req.getTonnes());
        o.setDeliveryPostcode(req.getDeliveryPostcode());
        o.setDeliveryAddress(req.getDeliveryAddress());
        o.setAssignedTruck(req.getTruckReg());
        o.setRequiredOn(req.getRequiredOn() == null ? LocalDate.now() : req.getRequiredOn());
        o.setState(req.getTruckReg() == null ? DispatchOrder.State.PLANNED : DispatchOrder.State.ASSIGNED);
        long id = repository.insert(o);
        o.setId(id);
        String profile = req.getTonnes().intValue() > 20 ? "hgv-8wheel" : "hgv-6wheel";
        publisher.publishRouteJob(new RouteJob(id, o.getSiteCode(), o.getDeliveryPostcode(), profile));
        return o;
    }

    public List<DispatchOrder> board(String sortKey, String direction) throws SQLException {
        return repository.listOpen(SortColumns.dispatchColumn(sortKey), SortColumns.direction(direction));
    }

    public List<DispatchOrder> siteQueue(String siteCode, String sortKey) throws SQLException {
        return repository.listForSite(siteCode, SortColumns.dispatchColumnStrict(sortKey));
    }

    public Optional<DispatchOrder> find(long id) throws SQLException {
        return repository.findById(id);
    }

    public void cancel(long id) throws SQLException {
        repository.updateState(id, DispatchOrder.State.CANCELLED);
    }
}
