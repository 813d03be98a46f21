package com.nacelle.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.nacelle.domain.Technician;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TechnicianRepository extends JpaRepository<Technician, Long> {

    Optional<Technician> findByLdapUid(String ldapUid);

    Optional<Technician> findByEmployeeNo(String employeeNo);

    Optional<Technician> findByEmail(String email);

    @Query("SELECT t FROM Technician t WHERE t.gwoExpiresOn < :cutoff ORDER BY t.gwoExpiresOn")
    List<Technician> findExpiringCertifications(@Param("cutoff") LocalDate cutoff);

    List<Technician> findByCrewOrderByDisplayName(String crew);
}
