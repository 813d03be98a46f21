package com.tariffly.repository;

import java.util.List;
import java.util.Optional;

import com.tariffly.model.Shipment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    Optional<Shipment> findByReference(String reference);

    @Query(value = "SELECT * FROM shipment WHERE importer_id = :importerId AND status = :status ORDER BY eta", nativeQuery = true) // SAFE sqli
    List<Shipment> findForImporterByStatus(@Param("importerId") Long importerId, @Param("status") String status);
}
