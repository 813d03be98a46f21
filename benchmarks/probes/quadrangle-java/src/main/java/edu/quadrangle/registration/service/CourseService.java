package edu.quadrangle.registration.service;

import edu.quadrangle.registration.repository.CourseRepository;
import edu.quadrangle.registration.util.SortField;
import edu.quadrangle.registration.web.dto.CourseSearchRequest;
import edu.quadrangle.registration.web.dto.CourseSummary;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class CourseService {

    private static final int MAX_PAGE = 100;

    private final CourseRepository courseRepository;

    public List<CourseSummary> search(CourseSearchRequest request) {
        String orderBy = SortField.fromParam(request.sort()).column();
        int limit = request.pageSize() == null ? 25 : Math.min(Math.max(request.pageSize(), 1), MAX_PAGE);
        String text = request.query() == null ? "" : request.query().trim();
        return courseRepository.findCourses(text, orderBy, limit);
    }

    public List<CourseSummary> byDepartment(String departmentCode) {
        return courseRepository.findByDepartment(departmentCode.toUpperCase(Locale.ROOT));
    }

    public List<Map<String, Object>> sectionsTaughtBy(String instructorName, String term) {
        String normalized = instructorName.trim().replaceAll("\\s+", " ");
        return courseRepository.findSectionsByInstructor(normalized, term.toUpperCase(Locale.ROOT));
    }
}
