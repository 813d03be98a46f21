package com.ledgerbay.graphql;

import com.ledgerbay.domain.Filing;
import com.ledgerbay.service.FilingService;
import graphql.schema.DataFetcher;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolvers for the operations console (port supervisors and broker back-office).
 */
public class FilingDataFetchers {

    private final FilingService filings;

    public FilingDataFetchers(FilingService filings) {
        this.filings = filings;
    }

    public DataFetcher<List<Map<String, Object>>> portQueue() {
        return env -> {
            String port = env.getArgument("port");
            String status = env.getArgument("status");
            Integer first = env.getArgument("first");
            int limit = first == null ? 50 : Math.min(first, 200);
            return filings.portQueue(port, status, limit).stream().map(FilingDataFetchers::view).toList();
        };
    }

    public DataFetcher<List<Map<String, Object>>> recentFilings() {
        return env -> {
            Long brokerId = env.getGraphQlContext().get("brokerId");
            Integer first = env.getArgument("first");
            return filings.recent(brokerId, first == null ? 20 : first).stream().map(FilingDataFetchers::view).toList();
        };
    }

    public DataFetcher<Map<String, Object>> filingByEntry() {
        return env -> {
            String entryNumber = env.getArgument("entryNumber");
            Long brokerId = env.getGraphQlContext().get("brokerId");
            return filings.byEntryNumber(entryNumber)
                    .filter(f -> brokerId.equals(f.getBrokerId()))
                    .map(FilingDataFetchers::view)
                    .orElse(null);
        };
    }

    static Map<String, Object> view(Filing f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.getId().toString());
        m.put("entryNumber", f.getEntryNumber());
        m.put("brokerReference", f.getBrokerReference());
        m.put("portCode", f.getPortCode());
        m.put("status", f.getStatus().name());
        m.put("declaredValue", money(f.getDeclaredValue()));
        m.put("dutyAmount", money(f.getDutyAmount()));
        m.put("filedAt", f.getFiledAt() == null ? null : f.getFiledAt().toString());
        return m;
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
