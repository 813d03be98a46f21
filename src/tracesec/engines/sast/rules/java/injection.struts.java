// Struts 2: an action's fields that public setters take request parameters into
package com.example.web.action;

import com.opensymphony.xwork2.ActionSupport;
import java.sql.Connection;
import java.sql.Statement;
import org.apache.struts2.ServletActionContext;

public class ReportAction extends ActionSupport {

    private String operator;
    private String returnUrl;
    private String lockCode = "A1";
    private int days;
    private Connection connection;

    @Override
    public String execute() throws Exception {
        Statement statement = connection.createStatement();
        // ruleid: trace.java.sql-injection.tainted-query
        statement.executeQuery("SELECT * FROM passages WHERE operator = '" + operator + "'");
        // a field no setter takes from the request
        // ok: trace.java.sql-injection.tainted-query
        statement.executeQuery("SELECT * FROM passages WHERE lock_code = '" + lockCode + "'");
        // ruleid: trace.java.open-redirect.tainted-redirect
        ServletActionContext.getResponse().sendRedirect(this.returnUrl);
        // ok: trace.java.open-redirect.tainted-redirect
        ServletActionContext.getResponse().sendRedirect("/reports");
        return SUCCESS;
    }

    public void setOperator(String operator) { this.operator = operator; }
    public void setReturnUrl(String returnUrl) { this.returnUrl = returnUrl; }
    public void setDays(int days) { this.days = days; }
    public String getLockCode() { return lockCode; }
}

// a class that is no action: its setters are nobody's request
class ReportSettings {
    private String operator;
    private Connection connection;

    void run() throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        connection.createStatement().executeQuery("SELECT * FROM passages WHERE operator = '" + operator + "'");
    }

    public void setOperator(String operator) { this.operator = operator; }
}

class LoginAction extends ActionSupport {
    private String next;
    private String licenceNumber;
    private javax.naming.directory.DirContext directory;

    @Override
    public String execute() throws Exception {
        // a URL-encoded value names no other host
        // ok: trace.java.open-redirect.tainted-redirect
        ServletActionContext.getResponse().sendRedirect(java.net.URLEncoder.encode(next, "UTF-8"));
        String filter = "(licenceNumber=" + LdapText.escapeFilterValue(licenceNumber) + ")";
        // ok: trace.java.ldap-injection.tainted-filter
        directory.search("ou=people", filter, null);
        // ruleid: trace.java.ldap-injection.tainted-filter
        directory.search("ou=people", "(licenceNumber=" + licenceNumber + ")", null);
        return NONE;
    }

    public void setNext(String next) { this.next = next; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
}
