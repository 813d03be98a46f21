package org.stlukes.dispensa.pharmacy.dao;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

@Repository
public class AuditTrailRepository {

    private static final int MAX_EVENTS = 500;

    private final MongoCollection<Document> events;

    public AuditTrailRepository(MongoClient mongo) {
        this.events = mongo.getDatabase("dispensa_audit").getCollection("cd_events");
    }

    public List<Document> findByRecorder(String recordedBy) {
        return events.find(new Document("$where", "this.recordedBy == '" + recordedBy + "'")) // VULN nosqli
                .sort(Sorts.descending("at")).limit(MAX_EVENTS).into(new ArrayList<>());
    }

    public List<Document> findByWardAndDrug(String ward, String drugCode) {
        return events.find(Filters.and(Filters.eq("ward", ward), Filters.eq("drugCode", drugCode))) // SAFE nosqli
                .sort(Sorts.descending("at")).limit(MAX_EVENTS).into(new ArrayList<>());
    }
}
