package org.hemalink.appointment;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hemalink.donor.Donor;

@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntity {

    public enum Status { BOOKED, CHECKED_IN, DONATED, CANCELLED, NO_SHOW }

    public enum DonationType { WHOLE_BLOOD, PLATELETS, PLASMA }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Donor donor;

    @Column(name = "centre_code", nullable = false, length = 8)
    public String centreCode;

    @Column(name = "centre_name")
    public String centreName;

    @Column(name = "slot_start", nullable = false)
    public LocalDateTime slotStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "donation_type")
    public DonationType donationType;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "booking_reference", unique = true, length = 12)
    public String bookingReference;

    /** Message the donor typed when booking ("bringing a friend", "arriving by wheelchair"). */
    @Column(name = "donor_note", length = 500)
    public String donorNote;

    @Column(name = "created_at")
    public Instant createdAt;

    public static final int CHAIRS_PER_SLOT = 6;

    public static Optional<Appointment> findByReference(String reference) {
        return find("bookingReference", reference).firstResultOptional();
    }

    public static List<Appointment> upcomingForDonor(Long donorId) {
        return list("donor.id = ?1 and slotStart >= ?2 and status = ?3", Sort.by("slotStart"),
                donorId, LocalDateTime.now(), Status.BOOKED);
    }

    public static List<Appointment> forCentreOn(String centreCode, LocalDate day) {
        return list("centreCode = ?1 and slotStart >= ?2 and slotStart < ?3 and status <> ?4", Sort.by("slotStart"),
                centreCode, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), Status.CANCELLED);
    }

    public static boolean slotHasCapacity(String centreCode, LocalDateTime slotStart) {
        long booked = count("centreCode = ?1 and slotStart = ?2 and status = ?3", centreCode, slotStart, Status.BOOKED);
        return booked < CHAIRS_PER_SLOT;
    }
}
