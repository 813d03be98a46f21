package com.moorgate.api;

import java.time.Instant;
import java.util.UUID;

public class ClaimNote {
    private long id;
    private UUID claimId;
    private String author;
    private String body;
    private Instant createdAt;

    public ClaimNote() {
    }

    public ClaimNote(UUID claimId, String author, String body) {
        this.claimId = claimId;
        this.author = author;
        this.body = body;
        this.createdAt = Instant.now();
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public UUID getClaimId() { return claimId; }
    public void setClaimId(UUID claimId) { this.claimId = claimId; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
