package org.hemalink.donor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hemalink.common.BloodGroups;

@ApplicationScoped
public class DonorService {

    /** Body of PUT /api/donors/{id}/profile, sent by the donor app and the staff console. */
    public static class ProfileUpdate {
        public String email;
        public String phone;
        public String postcode;
        public String notes;
        /** Name returned by the media service after the app uploaded a new photo. */
        public String photoFile;
    }

    private static final Map<String, String> CAMPAIGN_ORDER = Map.of(
            "longest-gap", "lastDonationDate asc nulls first",
            "recent", "lastDonationDate desc",
            "name", "lastName asc, firstName asc",
            "postcode", "postcode asc");

    private static final String DEFAULT_CAMPAIGN_ORDER = "lastDonationDate asc nulls first";

    @Inject
    DonorRepository donors;

    @Inject
    DonorDocumentStore documents;

    public List<Donor> search(DonorSearchCriteria criteria) {
        if (criteria.byPostcode()) {
            String outward = criteria.postcode().trim().toUpperCase(Locale.ROOT).split("\\s+")[0];
            return donors.findNearPostcode(outward, criteria.limit());
        }
        if (criteria.byName()) {
            return donors.searchByName(criteria);
        }
        String group = BloodGroups.normalize(criteria.bloodGroup());
        return donors.listForRegistry(group, criteria.orderColumn(), criteria.page(), criteria.limit());
    }

    /**
     * Donors to invite for a shortage campaign: right group, not deferred, and past the
     * minimum donation interval.
     */
    public List<Donor> campaignCandidates(String bloodGroup, String sort) {
        String group = BloodGroups.normalize(bloodGroup);
        if (group == null) {
            throw new IllegalArgumentException("unknown blood group");
        }
        String orderBy = sort == null ? DEFAULT_CAMPAIGN_ORDER : CAMPAIGN_ORDER.getOrDefault(sort, sort);
        LocalDate cutoff = LocalDate.now().minusDays(Donor.WHOLE_BLOOD_INTERVAL_DAYS);
        return donors.campaignCandidates(group, cutoff, orderBy);
    }

    public Donor require(long id) {
        Donor donor = donors.findById(id);
        if (donor == null) {
            throw new NotFoundException("donor " + id);
        }
        return donor;
    }

    @Transactional
    public Donor updateProfile(long id, ProfileUpdate update) {
        Donor donor = require(id);
        if (update.email != null && update.email.contains("@")) {
            donor.email = update.email.trim();
        }
        if (update.phone != null) {
            donor.phone = update.phone.replaceAll("[^0-9+]", "");
        }
        if (update.postcode != null) {
            donor.postcode = update.postcode.trim().toUpperCase(Locale.ROOT);
        }
        if (update.notes != null) {
            donor.notes = update.notes.length() > 2000 ? update.notes.substring(0, 2000) : update.notes;
        }
        if (update.photoFile != null && !update.photoFile.isBlank()) {
            donor.photoFile = update.photoFile.trim();
        }
        return donor;
    }

    public byte[] photo(long id) throws IOException {
        Donor donor = require(id);
        return documents.readPhoto(donor.photoFile);
    }

    public byte[] consentForm(long id, String formName) throws IOException {
        Donor donor = require(id);
        return documents.readConsentForm(donor.donorNumber, formName);
    }
}
