package com.berthwise.core.repository;

import com.mongodb.BasicDBObject;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.bson.Document;
import java.time.Instant;
import java.util.*;

@Singleton
public class CustomsHoldMongoRepository {
    private final MongoCollection<Document> holds;

    public CustomsHoldMongoRepository(MongoClient client) {
        this.holds = client.getDatabase("berthwise").getCollection("customs_holds");
    }

    public List<Document> findActiveByContainer(String containerNo) {
        Document query = Document.parse("{ containerNo: '" + containerNo + "', released: false }"); // VULN nosqli
        return holds.find(query).sort(Sorts.descending("placedAt")).into(new ArrayList<>());
    }

    public List<Document> findOverweightHolds(int limit) {
        BasicDBObject where = new BasicDBObject("$where", "this.grossKg > this.declaredKg * 1.05"); // SAFE nosqli
        return holds.find(where).limit(limit).into(new ArrayList<>());
    }

    public long release(String containerNo, String officer) {
        Document filter = new Document("containerNo", containerNo).append("released", false);
        Document update = new Document("$set", new Document("released", true)
                .append("releasedBy", officer)
                .append("releasedAt", Instant.now()));
        return holds.updateMany(filter, update).getModifiedCount();
    }
}
