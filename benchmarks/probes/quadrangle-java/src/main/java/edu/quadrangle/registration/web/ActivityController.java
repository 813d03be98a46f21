package edu.quadrangle.registration.web;

import edu.quadrangle.registration.domain.ActivityEvent;
import edu.quadrangle.registration.repository.ActivityLogRepository;
import java.time.*;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/activity")
@RequiredArgsConstructor
public class ActivityController {

    private final ActivityLogRepository activityLogRepository;

    @GetMapping
    public List<ActivityEvent> recent(@RequestHeader("X-Student-Id") String studentId,
                                      @RequestParam(name = "action", defaultValue = "LOGIN") String action,
                                      @RequestParam(name = "limit", defaultValue = "20") int limit) {
        return activityLogRepository.findByStudentAndAction(studentId, action, Math.min(limit, 200));
    }

    @GetMapping("/since")
    public List<ActivityEvent> since(@RequestHeader("X-Student-Id") String studentId,
                                     @RequestParam(name = "days", defaultValue = "7") int days) {
        long since = Instant.now().minus(Duration.ofDays(days)).toEpochMilli();
        return activityLogRepository.findSince(studentId, since);
    }
}
