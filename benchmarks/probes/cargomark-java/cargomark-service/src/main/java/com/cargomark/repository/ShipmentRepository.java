package com.cargomark.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cargomark.domain.Shipment;
import com.cargomark.domain.ShipmentStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShipmentRepository extends JpaRepository<Shipment, UUID> {

    Optional<Shipment> findByIdAndCustomerId(UUID id, UUID customerId);

    Optional<Shipment> findByReferenceAndWidgetKey(String reference, String widgetKey);

    Optional<Shipment> findByCarrierCodeAndTrackingNumber(String carrierCode, String trackingNumber);

    @Query("select s from Shipment s where s.carrierCode = :carrierCode and s.status not in :closed")
    List<Shipment> findForCarrierExcluding(@Param("carrierCode") String carrierCode,
                                           @Param("closed") Collection<ShipmentStatus> closed);

    @Query(value = "select nextval('shipment_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();

    default List<Shipment> findOpenForCarrier(String carrierCode) {
        return findForCarrierExcluding(carrierCode, List.of(ShipmentStatus.DELIVERED, ShipmentStatus.CANCELLED));
    }
}
