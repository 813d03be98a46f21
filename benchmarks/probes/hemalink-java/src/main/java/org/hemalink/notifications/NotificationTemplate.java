package org.hemalink.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Message templates that donor-relations staff can edit themselves (campaign appeals, thank-you notes).
 */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 40)
    public String code;

    public String subject;

    @Column(length = 8000)
    public String body;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<NotificationTemplate> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
