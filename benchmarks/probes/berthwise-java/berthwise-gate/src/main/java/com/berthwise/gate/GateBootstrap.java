package com.berthwise.gate;

import com.berthwise.core.security.AccessCodeGenerator;
import com.berthwise.core.security.TokenService;
import com.berthwise.core.service.EdiImportService;
import com.berthwise.core.service.ManifestArchiveService;
import jakarta.servlet.*;
import jakarta.servlet.annotation.WebListener;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

@WebListener
public class GateBootstrap implements ServletContextListener {
    static final String TOKENS = "berthwise.tokens";
    static final String CODES = "berthwise.codes";
    static final String ARCHIVES = "berthwise.archives";
    static final String EDI = "berthwise.edi";
    static final String APPOINTMENTS = "berthwise.appointments";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        ctx.setAttribute(TOKENS, new TokenService());
        ctx.setAttribute(CODES, new AccessCodeGenerator());
        ctx.setAttribute(ARCHIVES, new ManifestArchiveService());
        ctx.setAttribute(EDI, new EdiImportService());
        try {
            DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/berthwise");
            ctx.setAttribute(APPOINTMENTS, new AppointmentDao(ds));
        } catch (NamingException e) {
            throw new IllegalStateException("gate datasource not bound", e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T lookup(ServletContext ctx, String name) {
        return (T) ctx.getAttribute(name);
    }
}
