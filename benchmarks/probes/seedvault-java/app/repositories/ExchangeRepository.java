package repositories;

import io.ebean.DB;
import io.ebean.SqlRow;
import models.ExchangeRequest;
import util.SortColumns;

import javax.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
public class ExchangeRepository {

    public Optional<ExchangeRequest> findById(long id) {
        return DB.find(ExchangeRequest.class)
                .fetch("lot")
                .fetch("supplyingGarden")
                .fetch("requestingGarden")
                .where().idEq(id)
                .findOneOrEmpty();
    }

    public List<ExchangeRequest> list(String gardenCode, String sortKey, boolean descending) {
        String orderBy = SortColumns.exchangeColumn(sortKey) + " " + SortColumns.direction(descending);
        return DB.find(ExchangeRequest.class).where().or().eq("supplyingGarden.code", gardenCode).eq("requestingGarden.code", gardenCode).endOr().orderBy(orderBy).findList(); // SAFE sqli
    }

    public Map<String, Long> countsByStatusForRegion(String region) {
        String sql = "select e.status as status, count(*) as total from exchange_request e "
                + "join garden g on g.id = e.supplying_garden_id where g.region = :region group by e.status";
        List<SqlRow> rows = DB.sqlQuery(sql).setParameter("region", region).findList(); // SAFE sqli
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SqlRow row : rows) {
            counts.put(row.getString("status"), row.getLong("total"));
        }
        return counts;
    }

    public void save(ExchangeRequest request) {
        DB.save(request);
    }

    public void update(ExchangeRequest request) {
        DB.update(request);
    }
}
