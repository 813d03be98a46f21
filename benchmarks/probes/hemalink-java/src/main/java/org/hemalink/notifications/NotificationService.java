package org.hemalink.notifications;

import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hemalink.appointment.Appointment;
import org.hemalink.donor.Donor;

@ApplicationScoped
public class NotificationService {

    private static final Set<String> STANDARD = Set.of("reminder", "thank-you");

    @Inject
    Engine engine;

    @Transactional
    public NotificationTemplate saveTemplate(String code, String subject, String body, String staffId) {
        NotificationTemplate t = NotificationTemplate.byCode(code).orElseGet(NotificationTemplate::new);
        t.code = code;
        t.subject = subject;
        t.body = body;
        t.updatedBy = staffId;
        t.updatedAt = Instant.now();
        t.persist();
        return t;
    }

    public String renderCustom(String code, Donor donor) {
        NotificationTemplate t = NotificationTemplate.byCode(code)
                .orElseThrow(() -> new NotFoundException("template " + code));
        List<Appointment> upcoming = Appointment.upcomingForDonor(donor.id);
        return engine.parse(t.body).data("donor", donor).data("upcoming", upcoming).render(); // VULN ssti
    }

    public String renderStandard(String name, Donor donor) {
        if (!STANDARD.contains(name)) {
            throw new NotFoundException("no standard message " + name);
        }
        List<Appointment> upcoming = Appointment.upcomingForDonor(donor.id);
        return engine.getTemplate("notifications/" + name + ".txt").data("donor", donor).data("upcoming", upcoming).render(); // SAFE ssti
    }
}
