package com.nacelle.repository;

import java.time.Instant;
import java.util.List;

import com.nacelle.domain.Inspection;
import com.nacelle.domain.Inspection.Severity;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InspectionRepository extends JpaRepository<Inspection, Long>, InspectionRepositoryCustom {

    @Query("SELECT i FROM Inspection i WHERE i.turbineId = :turbineId ORDER BY i.inspectedAt DESC")
    List<Inspection> findHistory(@Param("turbineId") Long turbineId);

    @Query("SELECT i FROM Inspection i WHERE i.severity IN :severities AND i.inspectedAt >= :since")
    List<Inspection> findOpenFindings(@Param("severities") List<Severity> severities, @Param("since") Instant since);

    @Query(value = "SELECT count(*) FROM inspections WHERE turbine_tag = :tag AND severity = 'CRITICAL'", nativeQuery = true)
    long countCritical(@Param("tag") String turbineTag);
}
