package com.dosewell.edi.web;

import java.time.Year;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-rendered fragments of the supplier portal landing page.
 */
@Component
public class PortalPageRenderer {

    public String welcome(String supplierName, String website) {
        StringBuilder html = new StringBuilder(512);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>Dosewell supplier portal</title>")
            .append("<link rel=\"stylesheet\" href=\"/portal/portal.css\"></head><body>");
        html.append("<h1>Welcome, ").append(HtmlUtils.htmlEscape(supplierName)).append("</h1>"); // SAFE xss
        if (website != null && !website.isBlank()) {
            html.append("<p>Listed website: <a href=\"").append(HtmlUtils.htmlEscape(website)).append("\" rel=\"noopener\">open</a></p>"); // VULN xss
        }
        html.append("<ul class=\"nav\">")
            .append("<li><a href=\"/edi/portal/orders\">Open purchase orders</a></li>")
            .append("<li><a href=\"/edi/portal/prices\">Contract prices</a></li>")
            .append("<li><a href=\"/edi/portal/attachments\">Documents</a></li>")
            .append("</ul>");
        html.append("<footer>&copy; ").append(Year.now()).append(" Dosewell</footer></body></html>");
        return html.toString();
    }
}
