package com.ledgerbay.repository;

import com.ledgerbay.config.HibernateSessions;
import com.ledgerbay.domain.TariffRate;
import org.hibernate.query.Query;

import java.util.List;
import java.util.Optional;

public class TariffRepository {

    /**
     * Exact rate for a 10-digit HTS number under a rate column (GENERAL or a special program indicator).
     */
    public Optional<TariffRate> findRate(String htsCode, String rateColumn) {
        return HibernateSessions.read(session -> {
            Query<TariffRate> query = session.createQuery("from TariffRate t where t.htsCode = :hts and t.rateColumn = :col and t.active = true", TariffRate.class); // SAFE sqli
            return query.setParameter("hts", htsCode).setParameter("col", rateColumn).uniqueResultOptional();
        });
    }

    /**
     * Heading/subheading browse used by the classification assistant (e.g. "8471" or "847130").
     */
    public List<TariffRate> browseByPrefix(String htsPrefix, String rateColumn) {
        String hql = "from TariffRate t where t.htsCode like '" + htsPrefix + "%' and t.rateColumn = :col and t.active = true order by t.htsCode";
        return HibernateSessions.read(session -> {
            Query<TariffRate> query = session.createQuery(hql, TariffRate.class); // VULN sqli
            return query.setParameter("col", rateColumn).setMaxResults(500).list();
        });
    }

    public long countActive() {
        return HibernateSessions.read(session -> session
                .createQuery("select count(t) from TariffRate t where t.active = true", Long.class)
                .getSingleResult());
    }
}
