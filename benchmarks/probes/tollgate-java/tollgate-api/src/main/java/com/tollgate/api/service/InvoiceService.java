package com.tollgate.api.service;

import com.tollgate.api.config.TollgateProperties;
import com.tollgate.api.domain.InvoiceGrouping;
import com.tollgate.api.repository.InvoiceQueries.*;
import com.tollgate.api.repository.InvoiceQueries;
import java.io.*;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.*;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.RestTemplate;

@Service
public class InvoiceService {

    private final InvoiceQueries queries;
    private final JdbcTemplate jdbc;
    private final TollgateProperties props;
    private final RestTemplate clearingHouse;

    public InvoiceService(InvoiceQueries queries, JdbcTemplate jdbc, TollgateProperties props,
                          @Qualifier("clearingHouseRestTemplate") RestTemplate clearingHouse) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.props = props;
        this.clearingHouse = clearingHouse;
    }

    public List<InvoiceSummary> list(long accountId, String status, Integer year) {
        return queries.find(InvoiceFilter.of(accountId, status, year));
    }

    public List<GroupTotal> totalsByPreference(long accountId, LocalDate from) {
        List<String> stored = jdbc.queryForList("SELECT group_column FROM account_preferences WHERE account_id = ?", String.class, accountId);
        return queries.totals(accountId, from, stored.isEmpty() ? InvoiceGrouping.GANTRY.column() : stored.get(0));
    }

    public byte[] loadPdf(UUID invoiceId) throws IOException {
        try (InputStream in = Files.newInputStream(props.invoiceArchive().resolve(invoiceId + ".pdf"))) { // SAFE path
            return in.readAllBytes();
        }
    }

    /** Customer-facing documents: tariff sheets, legal notices, contract templates. */
    public Resource openDocument(String category, String fileName) {
        File categoryDir = new File(props.documentRoot().toFile(), category);
        return new FileSystemResource(new File(categoryDir, fileName)); // VULN path
    }

    public String etag(byte[] content) {
        return "\"" + DigestUtils.md5DigestAsHex(content) + "\""; // SAFE hash
    }

    public void submitToClearingHouse(UUID invoiceId) {
        Map<?, ?> receipt = clearingHouse.postForObject(props.clearingHouseUrl() + "/v2/invoices", Map.of("invoiceId", invoiceId), Map.class);
        jdbc.update("UPDATE invoices SET clearing_ref = ? WHERE public_id = ?", receipt == null ? null : receipt.get("reference"), invoiceId);
    }
}
