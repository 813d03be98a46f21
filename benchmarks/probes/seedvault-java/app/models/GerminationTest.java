package models;

import io.ebean.Model;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "germination_test")
public class GerminationTest extends Model {

    @Id
    public Long id;

    @ManyToOne(optional = false)
    public SeedLot lot;

    public LocalDate testDate;

    public int seedsSown;

    public int seedsGerminated;

    public Integer daysToFirstEmergence;

    /** e.g. "ISTA-paper", "sand", "agar-1%" */
    public String method;

    public String temperatureRegime;

    public String labReference;

    public String attachmentPath;

    public String testedBy;

    public double germinationRate() {
        return seedsSown == 0 ? 0.0 : (double) seedsGerminated / seedsSown;
    }
}
