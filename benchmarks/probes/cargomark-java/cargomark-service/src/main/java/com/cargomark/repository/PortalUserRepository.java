package com.cargomark.repository;

import java.util.Optional;
import java.util.UUID;

import com.cargomark.domain.PortalUser;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalUserRepository extends JpaRepository<PortalUser, UUID> {

    Optional<PortalUser> findByEmailIgnoreCase(String email);

    Optional<PortalUser> findByResetToken(String resetToken);
}
