package com.dosewell.pharmacy.repository;

import com.dosewell.pharmacy.model.Drug;
import com.dosewell.pharmacy.model.Prescription;
import com.dosewell.pharmacy.model.PrescriptionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PrescriptionRepository implements PanacheRepository<Prescription> {

    public List<Prescription> activeForWard(String ward) {
        return find("ward = '" + ward + "' and status = ?1 order by createdAt desc", PrescriptionStatus.ACTIVE).list(); // VULN sqli
    }

    public List<Prescription> activeForPatient(String mrn) {
        return find("patientMrn = ?1 and status = ?2 order by createdAt desc", mrn, PrescriptionStatus.ACTIVE).list(); // SAFE sqli
    }

    public long countActiveForDrug(Drug drug) {
        return count("drug = ?1 and status = ?2", drug, PrescriptionStatus.ACTIVE);
    }

    public int discontinueForDrug(Drug drug) {
        return update("status = ?1 where drug = ?2 and status = ?3",
                PrescriptionStatus.ON_HOLD, drug, PrescriptionStatus.ACTIVE);
    }
}
