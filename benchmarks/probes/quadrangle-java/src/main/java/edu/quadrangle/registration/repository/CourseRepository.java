package edu.quadrangle.registration.repository;

import edu.quadrangle.registration.web.dto.CourseSummary;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.*;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class CourseRepository {

    private static final String SUMMARY_SELECT =
            "SELECT c.course_code, c.title, c.credits, c.seats_available FROM course c ";
    private static final String SECTION_SELECT =
            "SELECT s.section_id, s.course_code, s.room, s.meeting_pattern, s.capacity FROM section s ";

    private static final RowMapper<CourseSummary> SUMMARY = (rs, rowNum) -> new CourseSummary(
            rs.getString("course_code"), rs.getString("title"), rs.getInt("credits"), rs.getInt("seats_available"));

    private final JdbcTemplate jdbcTemplate;

    public List<CourseSummary> findCourses(String text, String orderBy, int limit) {
        return jdbcTemplate.query(SUMMARY_SELECT + "WHERE c.title ILIKE ? AND c.active ORDER BY " + orderBy + " LIMIT ?", SUMMARY, "%" + text + "%", limit); // SAFE sqli
    }

    public List<CourseSummary> findByDepartment(String departmentCode) {
        return jdbcTemplate.query(SUMMARY_SELECT + "WHERE c.dept_code = ? AND c.active ORDER BY c.course_code",
                SUMMARY, departmentCode);
    }

    public List<Map<String, Object>> findSectionsByInstructor(String instructor, String term) {
        return jdbcTemplate.queryForList(SECTION_SELECT + "WHERE s.instructor_name = '" + instructor + "' AND s.term = ?", term); // VULN sqli
    }
}
