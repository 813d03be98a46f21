package edu.quadrangle.registration.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "activity_events")
public record ActivityEvent(@Id String id, String studentId, String action, String detail, Instant ts) {
}
