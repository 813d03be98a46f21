// Ebean: raw SQL through DB, raw where expressions and order-by text
import io.ebean.DB;
import io.ebean.ExpressionList;
import io.ebean.Query;
import javax.servlet.http.HttpServletRequest;

public class LotSearch {
    public Object search(HttpServletRequest request) {
        String species = request.getParameter("species");
        String sort = request.getParameter("sort");
        io.ebean.Query<SeedLot> query = DB.find(SeedLot.class);
        ExpressionList<SeedLot> where = query.where();
        // ruleid: trace.java.sql-injection.tainted-query
        where.raw("lower(t0.species) like '%" + species + "%'");
        // ok: trace.java.sql-injection.tainted-query
        where.raw("lower(t0.species) like ?", "%" + species + "%");
        // ok: trace.java.sql-injection.tainted-query
        where.eq("species", species);
        // ruleid: trace.java.sql-injection.tainted-query
        query.orderBy(sort + " desc");
        // ruleid: trace.java.sql-injection.tainted-query
        DB.sqlQuery("select * from seed_lot where species = '" + species + "'").findList();
        // ok: trace.java.sql-injection.tainted-query
        DB.sqlQuery("select * from seed_lot where species = :species").setParameter("species", species).findList();
        return query.findList();
    }
}
