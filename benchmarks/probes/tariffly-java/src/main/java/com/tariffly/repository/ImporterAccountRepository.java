package com.tariffly.repository;

import java.util.Optional;

import com.tariffly.model.ImporterAccount;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImporterAccountRepository extends JpaRepository<ImporterAccount, Long> {

    Optional<ImporterAccount> findByEori(String eori);

    boolean existsByEori(String eori);
}
