package org.hemalink.lab;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Markup for the legacy lab terminal pages (kept as plain HTML for the old bench browsers).
 */
public final class LabPages {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    private LabPages() {
    }

    public static void writeResults(PrintWriter out, String sampleId, List<LabResult> results) {
        header(out);
        out.println("<h2>Sample results</h2>");
        out.println("<table class=\"results\"><tr><th>Sample</th><th>Analyte</th><th>Value</th><th>Flag</th></tr>");
        for (LabResult r : results) {
            out.println("<tr><td>" + escape(r.getSampleId()) + "</td><td>" + escape(r.getAnalyte()) + "</td><td>" + escape(r.getValue() + " " + r.getUnit()) + "</td><td>" + escape(r.getFlag()) + "</td></tr>"); // SAFE xss
        }
        out.println("</table>");
        footer(out);
    }

    public static void writeNotFound(PrintWriter out, String sampleId) {
        header(out);
        out.println("<p class=\"warn\">No results on file for sample <b>" + sampleId + "</b>. Check the tube label and rescan.</p>"); // VULN xss
        footer(out);
    }

    public static void writeAccepted(PrintWriter out, int count, String analyser) {
        header(out);
        out.println("<p>Accepted " + count + " result(s) from analyser " + escape(analyser) + " at "
                + TS.format(java.time.Instant.now()) + ".</p>");
        footer(out);
    }

    private static void header(PrintWriter out) {
        out.println("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Hemalink lab terminal</title>");
        out.println("<link rel=\"stylesheet\" href=\"/legacy/lab.css\"></head><body>");
    }

    private static void footer(PrintWriter out) {
        out.println("<p class=\"foot\"><a href=\"/legacy/lab/\">Back</a></p></body></html>");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
