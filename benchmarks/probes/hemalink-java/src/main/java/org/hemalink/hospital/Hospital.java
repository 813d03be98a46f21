package org.hemalink.hospital;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Entity
@Table(name = "hospital")
public class Hospital extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 6)
    public String code;

    @Column(nullable = false)
    public String name;

    /** Operational region used for stock planning and the monthly issue reports. */
    @Column(nullable = false, length = 40)
    public String region;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** Link shown to staff so they can jump to the hospital's own ordering portal. */
    @Column(name = "portal_url")
    public String portalUrl;

    /** Where order status callbacks are POSTed. */
    @Column(name = "callback_url")
    public String callbackUrl;

    @Column(name = "registry_id")
    public String registryId;

    @Column(name = "accredited_until")
    public java.time.LocalDate accreditedUntil;

    public boolean active;

    @Column(name = "registered_at")
    public Instant registeredAt;

    public static Optional<Hospital> findActiveByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return find("code = ?1 and active = true", code.toUpperCase(Locale.ROOT)).firstResultOptional();
    }

    public static List<Hospital> inRegion(String region) {
        return list("region = ?1 and active = true", Sort.by("name"), region);
    }
}
