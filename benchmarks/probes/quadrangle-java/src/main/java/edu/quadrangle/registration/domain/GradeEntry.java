package edu.quadrangle.registration.domain;

public record GradeEntry(String courseCode, String grade, int credits, String term) {

    public double qualityPoints() {
        return switch (grade) {
            case "A" -> 4.0; case "A-" -> 3.7; case "B+" -> 3.3; case "B" -> 3.0; case "B-" -> 2.7;
            case "C+" -> 2.3; case "C" -> 2.0; case "D" -> 1.0; default -> 0.0;
        } * credits;
    }

    public boolean countsTowardGpa() {
        return !"W".equals(grade) && !"P".equals(grade) && !"IP".equals(grade);
    }
}
