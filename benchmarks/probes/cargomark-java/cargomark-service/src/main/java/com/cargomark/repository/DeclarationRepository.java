package com.cargomark.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cargomark.domain.CustomsDeclaration;
import com.cargomark.domain.DeclarationStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeclarationRepository extends JpaRepository<CustomsDeclaration, UUID>, DeclarationRepositoryCustom {

    Optional<CustomsDeclaration> findByReferenceAndCustomerId(String reference, UUID customerId);

    @Query("select d from CustomsDeclaration d where d.shipmentId = :shipmentId order by d.filedAt desc")
    List<CustomsDeclaration> findForShipment(@Param("shipmentId") UUID shipmentId);

    List<CustomsDeclaration> findByStatus(DeclarationStatus status);
}
