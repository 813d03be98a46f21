package com.moorgate.web;

import com.moorgate.api.ClaimReportRow;

import java.util.List;

/**
 * Lightweight HTML fragments for the broker portal (served by Jooby, no template engine).
 */
public final class PortalPages {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Moorgate broker portal</title><link rel=\"stylesheet\" href=\"/portal/assets/portal.css\"></head><body>";
    private static final String FOOT = "<script src=\"/portal/assets/portal.js\"></script></body></html>";

    private PortalPages() {
    }

    public static String searchResults(String query, List<ClaimReportRow> rows) {
        StringBuilder sb = new StringBuilder(HEAD);
        sb.append("<h1>Search</h1><p class=\"summary\">Results for <strong>")
                .append(HtmlText.jsString(query))
                .append("</strong></p><table class=\"grid\"><tr><th>Region</th><th>Carrier</th><th>Status</th><th>Claims</th></tr>");
        appendRows(sb, rows);
        return sb.append("</table>").append(FOOT).toString();
    }

    public static String carrierBanner(String carrier, List<ClaimReportRow> rows) {
        StringBuilder sb = new StringBuilder(HEAD);
        sb.append("<h1>Carrier <span class=\"code\">").append(HtmlText.html(carrier)).append("</span></h1>")
                .append("<table class=\"grid\"><tr><th>Region</th><th>Carrier</th><th>Status</th><th>Claims</th></tr>");
        appendRows(sb, rows);
        return sb.append("</table>").append(FOOT).toString();
    }

    private static void appendRows(StringBuilder sb, List<ClaimReportRow> rows) {
        for (ClaimReportRow r : rows) {
            sb.append("<tr><td>").append(HtmlText.html(r.region()))
                    .append("</td><td>").append(HtmlText.html(r.carrierCode()))
                    .append("</td><td>").append(HtmlText.html(r.status()))
                    .append("</td><td>").append(r.claimCount()).append("</td></tr>");
        }
    }
}
