package com.cargomark.repository;

import java.util.Optional;
import java.util.UUID;

import com.cargomark.domain.Invoice;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

    Optional<Invoice> findByIdAndCustomerId(UUID id, UUID customerId);
}
