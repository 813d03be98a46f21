package com.dosewell.audit.web;

import com.dosewell.audit.auth.AuditorAccounts;
import com.dosewell.audit.db.AuditDao;
import com.dosewell.audit.export.SnapshotCodec;
import com.dosewell.audit.integration.RegulatorUplink;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.nio.file.Paths;

@WebListener
public class AuditToolBootstrap implements ServletContextListener {

    public static final String DAO = "dosewell.audit.dao";
    public static final String ACCOUNTS = "dosewell.audit.accounts";
    public static final String CODEC = "dosewell.audit.codec";
    public static final String UPLINK = "dosewell.audit.uplink";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        AuditDao dao = new AuditDao();
        ctx.setAttribute(DAO, dao);
        ctx.setAttribute(ACCOUNTS, new AuditorAccounts(dao));
        ctx.setAttribute(CODEC, new SnapshotCodec());

        String trustStore = System.getenv("PDMP_TRUSTSTORE");
        String trustStorePassword = System.getenv("PDMP_TRUSTSTORE_PASSWORD");
        String apiKey = System.getenv("PDMP_API_KEY");
        if (trustStore != null && trustStorePassword != null && apiKey != null) {
            try {
                ctx.setAttribute(UPLINK, new RegulatorUplink(Paths.get(trustStore), trustStorePassword.toCharArray(), apiKey));
            } catch (Exception e) {
                ctx.log("PDMP uplink disabled: " + e.getMessage());
            }
        } else {
            ctx.log("PDMP uplink not configured");
        }
    }
}
