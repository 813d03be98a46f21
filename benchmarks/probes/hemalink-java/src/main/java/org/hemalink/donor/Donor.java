package org.hemalink.donor;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

@Entity
@Table(name = "donor")
public class Donor extends PanacheEntity {

    public static final int WHOLE_BLOOD_INTERVAL_DAYS = 84;

    @Column(name = "donor_number", nullable = false, unique = true, length = 16)
    public String donorNumber;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "blood_group", length = 3)
    public String bloodGroup;

    public String email;
    public String phone;
    public String postcode;

    @Column(name = "last_donation_date")
    public LocalDate lastDonationDate;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** Free text kept by the donor on their profile ("prefers left arm", "needle anxiety"). */
    @Column(length = 2000)
    public String notes;

    @Column(name = "photo_file")
    public String photoFile;

    public boolean deferred;

    @Column(name = "deferral_reason")
    public String deferralReason;

    @Column(name = "portal_password_hash")
    public String portalPasswordHash;

    @Column(name = "reset_code")
    public String resetCode;

    @Column(name = "reset_code_expiry")
    public Instant resetCodeExpiry;

    public String displayName() {
        return firstName + " " + lastName;
    }

    public boolean isEligibleOn(LocalDate date) {
        if (deferred) {
            return false;
        }
        if (dateOfBirth != null && ChronoUnit.YEARS.between(dateOfBirth, date) < 17) {
            return false;
        }
        return lastDonationDate == null
                || ChronoUnit.DAYS.between(lastDonationDate, date) >= WHOLE_BLOOD_INTERVAL_DAYS;
    }

    public LocalDate nextEligibleDate() {
        return lastDonationDate == null ? LocalDate.now() : lastDonationDate.plusDays(WHOLE_BLOOD_INTERVAL_DAYS);
    }
}
