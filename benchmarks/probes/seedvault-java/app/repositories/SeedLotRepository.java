package repositories;

import dto.LotSearchCriteria;
import io.ebean.DB;
import io.ebean.ExpressionList;
import io.ebean.PagedList;
import io.ebean.Query;
import models.SeedLot;
import util.SortColumns;

import javax.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class SeedLotRepository {

    public static final int PAGE_SIZE = 25;

    public PagedList<SeedLot> search(LotSearchCriteria criteria) {
        Query<SeedLot> query = DB.find(SeedLot.class).fetch("garden", "code,name");
        ExpressionList<SeedLot> where = query.where();
        if (criteria.hasSpecies()) {
            where.raw("lower(t0.species) like '%" + criteria.species.toLowerCase() + "%'"); // VULN sqli
        }
        if (criteria.gardenCode != null) {
            where.eq("garden.code", criteria.gardenCode);
        }
        if (criteria.harvestYear != null) {
            where.eq("harvestYear", criteria.harvestYear);
        }
        String order = SortColumns.lotColumn(criteria.sort) + " " + SortColumns.direction(criteria.descending);
        query.orderBy(order); // VULN sqli
        return query.setFirstRow(criteria.page * PAGE_SIZE).setMaxRows(PAGE_SIZE).findPagedList();
    }

    public Optional<SeedLot> findById(long id) {
        return DB.find(SeedLot.class).fetch("garden").where().idEq(id).findOneOrEmpty();
    }

    public Optional<SeedLot> findByAccession(String accessionNumber) {
        return DB.find(SeedLot.class).where().eq("accessionNumber", accessionNumber).findOneOrEmpty(); // SAFE sqli
    }

    public List<SeedLot> forGarden(long gardenId, int limit) {
        return DB.find(SeedLot.class).where().raw("garden_id = ? and quantity_grams > 0", gardenId).setMaxRows(limit).findList(); // SAFE sqli
    }

    public int nextSequence(String prefix) {
        Integer count = DB.find(SeedLot.class).where().startsWith("accessionNumber", prefix).findCount();
        return count + 1;
    }

    public void save(SeedLot lot) {
        DB.save(lot);
    }

    public void update(SeedLot lot) {
        DB.update(lot);
    }
}
