package edu.quadrangle.registration.util;

import org.springframework.web.util.HtmlUtils;

public final class HtmlFragments {

    private HtmlFragments() {
    }

    public static String courseBadge(String courseCode, String label) {
        String code = HtmlUtils.htmlEscape(courseCode);
        return "<span class=\"course-badge\" data-code=\"" + code + "\">" + code + (label == null || label.isBlank() ? "" : " &middot; " + label) + "</span>"; // VULN xss
    }

    public static String seatsIndicator(int seatsAvailable, int capacity) {
        String css = seatsAvailable == 0 ? "full" : seatsAvailable < capacity / 10 ? "low" : "open";
        return "<span class=\"seats seats-" + css + "\">" + seatsAvailable + " / " + capacity + "</span>";
    }
}
