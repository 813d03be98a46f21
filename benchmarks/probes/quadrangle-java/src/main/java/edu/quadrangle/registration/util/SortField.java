package edu.quadrangle.registration.util;

public enum SortField {
    TITLE("c.title"),
    CODE("c.course_code"),
    CREDITS("c.credits"),
    SEATS("c.seats_available");

    private final String column;

    SortField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public static SortField fromParam(String param) {
        if (param == null) {
            return TITLE;
        }
        for (SortField field : values()) {
            if (field.name().equalsIgnoreCase(param.trim())) {
                return field;
            }
        }
        return TITLE;
    }
}
