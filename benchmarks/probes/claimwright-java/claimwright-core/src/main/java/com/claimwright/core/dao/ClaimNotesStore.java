package com.claimwright.core.dao;

import com.mongodb.BasicDBObject;
import com.mongodb.client.*;
import com.mongodb.client.model.Sorts;
import java.util.*;
import org.bson.Document;

public class ClaimNotesStore {

    private static final int MAX_NOTES = 200;

    private final MongoCollection<Document> notes;

    public ClaimNotesStore(MongoDatabase database) {
        this.notes = database.getCollection("claim_notes");
    }

    public void addNote(String claimNumber, String author, String text, long reserveDelta) {
        notes.insertOne(new Document("claimNumber", claimNumber).append("author", author).append("text", text)
                .append("reserveDelta", reserveDelta).append("createdAt", new Date()));
    }

    public List<Document> byAuthor(String claimNumber, String author) {
        Document filter = Document.parse("{\"claimNumber\": \"" + claimNumber + "\", \"author\": \"" + author + "\"}"); // VULN nosqli
        return notes.find(filter).sort(Sorts.descending("createdAt")).limit(MAX_NOTES).into(new ArrayList<>());
    }

    public List<Document> mentioning(String claimNumber, String keyword) {
        BasicDBObject query = new BasicDBObject("$where", "this.text.indexOf('" + keyword + "') >= 0"); // VULN nosqli
        return notes.find(query.append("claimNumber", claimNumber)).limit(MAX_NOTES).into(new ArrayList<>());
    }

    public List<Document> withReserveChangeAbove(String claimNumber, String minDelta) {
        int threshold = Integer.parseInt(minDelta);
        BasicDBObject query = new BasicDBObject("$where", "this.reserveDelta > " + threshold); // SAFE nosqli
        return notes.find(query.append("claimNumber", claimNumber)).limit(MAX_NOTES).into(new ArrayList<>());
    }
}
