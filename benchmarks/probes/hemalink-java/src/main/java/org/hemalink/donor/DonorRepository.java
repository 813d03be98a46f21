package org.hemalink.donor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class DonorRepository implements PanacheRepository<Donor> {

    @Inject
    EntityManager em;

    public Optional<Donor> findByDonorNumber(String donorNumber) {
        return find("donorNumber", donorNumber).firstResultOptional();
    }

    public Optional<Donor> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    @SuppressWarnings("unchecked")
    public List<Donor> searchByName(DonorSearchCriteria criteria) {
        String prefix = criteria.lastNamePrefix().trim().toLowerCase(Locale.ROOT);
        int offset = criteria.page() * criteria.limit();
        return em.createNativeQuery("SELECT d.* FROM donor d WHERE lower(d.last_name) LIKE '" + prefix + "%' ORDER BY d.last_name, d.first_name LIMIT " + criteria.limit() + " OFFSET " + offset, Donor.class).getResultList(); // VULN sqli
    }

    @SuppressWarnings("unchecked")
    public List<Donor> findNearPostcode(String outwardCode, int limit) {
        return em.createNativeQuery("SELECT d.* FROM donor d WHERE d.postcode LIKE :prefix AND d.deferred = false ORDER BY d.last_donation_date NULLS FIRST", Donor.class).setParameter("prefix", outwardCode + "%").setMaxResults(limit).getResultList(); // SAFE sqli
    }

    public List<Donor> listForRegistry(String bloodGroup, String orderColumn, int page, int size) {
        if (bloodGroup == null) {
            return findAll().page(Page.of(page, size)).list();
        }
        return find("bloodGroup = ?1 order by " + orderColumn, bloodGroup).page(Page.of(page, size)).list(); // SAFE sqli
    }

    public List<Donor> campaignCandidates(String bloodGroup, LocalDate lastDonatedBefore, String orderBy) {
        return find("bloodGroup = ?1 and deferred = false and (lastDonationDate is null or lastDonationDate < ?2) order by " + orderBy, bloodGroup, lastDonatedBefore).page(Page.ofSize(500)).list(); // VULN sqli
    }

    public long countEligible(String bloodGroup, LocalDate lastDonatedBefore) {
        return count("bloodGroup = ?1 and deferred = false and (lastDonationDate is null or lastDonationDate < ?2)",
                bloodGroup, lastDonatedBefore);
    }
}
