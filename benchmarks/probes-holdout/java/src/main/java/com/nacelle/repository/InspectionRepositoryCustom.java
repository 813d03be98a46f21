package com.nacelle.repository;

import java.util.List;

import com.nacelle.domain.Inspection;
import com.nacelle.domain.Inspection.Severity;

public interface InspectionRepositoryCustom {

    List<Inspection> searchByInspector(String inspectorName);

    List<Inspection> searchFindings(Severity minimumSeverity, String text, int limit);
}
