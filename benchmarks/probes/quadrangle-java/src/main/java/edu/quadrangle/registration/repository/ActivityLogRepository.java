package edu.quadrangle.registration.repository;

import edu.quadrangle.registration.domain.ActivityEvent;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.*;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class ActivityLogRepository {

    private final MongoTemplate mongoTemplate;

    public void record(String studentId, String action, String detail) {
        mongoTemplate.insert(new ActivityEvent(null, studentId, action, detail, Instant.now()));
    }

    public List<ActivityEvent> findByStudentAndAction(String studentId, String action, int limit) {
        Query query = Query.query(Criteria.where("studentId").is(studentId).and("action").is(action)); // SAFE nosqli
        query.with(Sort.by(Sort.Direction.DESC, "ts")).limit(limit);
        return mongoTemplate.find(query, ActivityEvent.class);
    }

    public List<ActivityEvent> findSince(String studentId, long sinceEpochMillis) {
        BasicQuery query = new BasicQuery("{ $where: \"this.studentId == '" + studentId + "' && this.ts.getTime() >= " + sinceEpochMillis + "\" }"); // VULN nosqli
        query.with(Sort.by(Sort.Direction.DESC, "ts"));
        return mongoTemplate.find(query, ActivityEvent.class);
    }
}
