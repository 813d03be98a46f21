package com.cargomark.admin.servlet;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.cargomark.admin.dao.AdminUserDao;
import com.cargomark.admin.dao.CustomerDao;
import com.cargomark.admin.db.AdminDataSource;
import com.cargomark.admin.ldap.StaffDirectory;
import com.cargomark.admin.ops.LogFileReader;
import com.cargomark.admin.ops.NetworkProbe;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

@WebListener
public class AdminContextListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        DataSource dataSource = AdminDataSource.create(ctx);
        ctx.setAttribute(AdminDataSource.ATTRIBUTE, dataSource);
        ctx.setAttribute(CustomerDao.class.getName(), new CustomerDao(dataSource));
        ctx.setAttribute(AdminUserDao.class.getName(), new AdminUserDao(dataSource));
        ctx.setAttribute(NetworkProbe.class.getName(), new NetworkProbe());
        ctx.setAttribute(StaffDirectory.class.getName(), StaffDirectory.fromEnvironment());

        String logDir = ctx.getInitParameter("admin.log.dir");
        ctx.setAttribute(LogFileReader.class.getName(),
                new LogFileReader(Path.of(logDir != null ? logDir : "/var/log/cargomark")));
    }

    @SuppressWarnings("unchecked")
    static <T> T component(ServletContext ctx, Class<T> type) {
        return (T) ctx.getAttribute(type.getName());
    }
}
