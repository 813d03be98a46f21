package repositories;

import models.GerminationTest;
import io.ebean.DB;
import org.sql2o.Connection;
import org.sql2o.Sql2o;
import play.db.Database;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Germination data. Reporting queries go through Sql2o against the same pool Ebean uses, since
 * they are aggregate reads that do not map onto entities.
 */
@Singleton
public class GerminationRepository {

    public static class RateRow {
        public String accessionNumber;
        public String species;
        public LocalDate testDate;
        public int seedsSown;
        public int seedsGerminated;
        public String labReference;
        public String method;

        public double rate() {
            return seedsSown == 0 ? 0 : (double) seedsGerminated / seedsSown;
        }
    }

    private static final String BASE_SELECT =
            "select l.accession_number as accessionNumber, l.species as species, t.test_date as testDate, "
                    + "t.seeds_sown as seedsSown, t.seeds_germinated as seedsGerminated, "
                    + "t.lab_reference as labReference, t.method as method "
                    + "from germination_test t join seed_lot l on l.id = t.lot_id ";

    private final Sql2o sql2o;

    @Inject
    public GerminationRepository(Database database) {
        this.sql2o = new Sql2o(database.getDataSource());
    }

    public List<RateRow> historyForLot(long lotId) {
        try (Connection con = sql2o.open()) {
            return con.createQuery(BASE_SELECT + "where t.lot_id = :lotId order by t.test_date desc").addParameter("lotId", lotId).executeAndFetch(RateRow.class); // SAFE sqli
        }
    }

    public List<RateRow> byLabReference(String labReference) {
        String sql = BASE_SELECT + "where t.lab_reference like '" + labReference + "%' order by t.test_date";
        try (Connection con = sql2o.open()) {
            return con.createQuery(sql).executeAndFetch(RateRow.class); // VULN sqli
        }
    }

    public List<RateRow> belowThreshold(double minRate, int minSown) {
        try (Connection con = sql2o.open()) {
            return con.createQuery(BASE_SELECT + "where t.seeds_sown >= :minSown and t.seeds_germinated < t.seeds_sown * :rate")
                    .addParameter("minSown", minSown)
                    .addParameter("rate", minRate)
                    .executeAndFetch(RateRow.class);
        }
    }

    public Optional<GerminationTest> findTest(long testId) {
        return DB.find(GerminationTest.class).fetch("lot").where().idEq(testId).findOneOrEmpty();
    }

    public void save(GerminationTest test) {
        DB.save(test);
    }

    public void update(GerminationTest test) {
        DB.update(test);
    }
}
