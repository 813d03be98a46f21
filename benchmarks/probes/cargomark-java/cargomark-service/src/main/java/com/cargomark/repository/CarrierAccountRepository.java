package com.cargomark.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cargomark.domain.CarrierAccount;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CarrierAccountRepository extends JpaRepository<CarrierAccount, UUID> {

    List<CarrierAccount> findByActiveTrue();

    Optional<CarrierAccount> findByIdAndCustomerId(UUID id, UUID customerId);

    Optional<CarrierAccount> findByCustomerIdAndCarrierCode(UUID customerId, String carrierCode);
}
