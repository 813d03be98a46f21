package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "supporting_document")
public class SupportingDocument {

    public enum Kind { COMMERCIAL_INVOICE, PACKING_LIST, BILL_OF_LADING, CERTIFICATE_OF_ORIGIN, OTHER }

    @Id
    private UUID id;

    @Column(name = "filing_id", nullable = false)
    private UUID filingId;

    @Column(name = "kind", length = 32)
    private String kind;

    @Column(name = "original_name", length = 512)
    private String originalName;

    @Column(name = "stored_name", length = 128)
    private String storedName;

    @Column(name = "content_type", length = 128)
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "converted")
    private boolean converted;

    @Column(name = "uploaded_at")
    private Instant uploadedAt = Instant.now();

    protected SupportingDocument() {
    }

    public SupportingDocument(UUID filingId, String kind, String originalName, String storedName,
                              String contentType, long sizeBytes) {
        this.id = UUID.randomUUID();
        this.filingId = filingId;
        this.kind = kind;
        this.originalName = originalName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    public UUID getId() { return id; }
    public UUID getFilingId() { return filingId; }
    public String getKind() { return kind; }
    public String getOriginalName() { return originalName; }
    public String getStoredName() { return storedName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public boolean isConverted() { return converted; }
    public void setConverted(boolean converted) { this.converted = converted; }
    public Instant getUploadedAt() { return uploadedAt; }
}
