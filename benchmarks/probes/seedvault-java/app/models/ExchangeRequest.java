package models;

import io.ebean.Model;
import io.ebean.annotation.WhenCreated;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "exchange_request")
public class ExchangeRequest extends Model {

    public enum Status { PENDING, APPROVED, SHIPPED, RECEIVED, DECLINED }

    @Id
    public Long id;

    @ManyToOne(optional = false)
    public Garden requestingGarden;

    @ManyToOne(optional = false)
    public Garden supplyingGarden;

    @ManyToOne(optional = false)
    public SeedLot lot;

    public BigDecimal quantityGrams;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public String note;

    /** Where the requesting garden's own portal wants the curator sent after approval. */
    public String callbackUrl;

    public String confirmationCode;

    public String requestedBy;

    @WhenCreated
    public Instant createdAt;

    public Instant approvedAt;
}
