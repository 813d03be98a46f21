package com.quarrystone.util;

/** Minimal HTML helpers for the few plain-text endpoints that do not use Pebble. */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#x27;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Wraps a body fragment in the standard portal chrome. The title is escaped here. */
    public static String page(String title, String bodyHtml) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - Quarrystone</title><link rel=\"stylesheet\" href=\"/static/portal.css\"></head>"
                + "<body><main class=\"container\">" + bodyHtml + "</main></body></html>";
    }
}
