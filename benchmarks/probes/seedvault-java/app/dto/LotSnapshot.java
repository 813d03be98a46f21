package dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** Snapshot of a lot as replicated between seed bank nodes. */
public class LotSnapshot implements Serializable {

    private static final long serialVersionUID = 7L;

    public String accessionNumber;
    public String species;
    public String variety;
    public String gardenCode;
    public BigDecimal quantityGrams;
    public Integer harvestYear;
    public Instant capturedAt;
}
