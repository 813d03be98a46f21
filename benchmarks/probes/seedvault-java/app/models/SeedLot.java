package models;

import io.ebean.Model;
import io.ebean.annotation.WhenCreated;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "seed_lot")
public class SeedLot extends Model {

    @Id
    public Long id;

    @Column(unique = true, nullable = false, length = 24)
    public String accessionNumber;

    @Column(nullable = false)
    public String species;

    public String variety;

    public String family;

    @ManyToOne(optional = false)
    public Garden garden;

    public BigDecimal quantityGrams;

    public Integer harvestYear;

    public String collectionSite;

    public String storageLocation;

    public String notes;

    public String photoPath;

    public String photoChecksum;

    public String depositedBy;

    @WhenCreated
    public Instant depositedAt;

    @OneToMany(mappedBy = "lot")
    public List<GerminationTest> germinationTests = new ArrayList<>();

    public String label() {
        return variety == null ? species : species + " '" + variety + "'";
    }
}
