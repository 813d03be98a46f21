package edu.quadrangle.registration.web;

import edu.quadrangle.registration.service.CourseService;
import edu.quadrangle.registration.service.DocumentService;
import edu.quadrangle.registration.util.HtmlFragments;
import edu.quadrangle.registration.web.dto.CourseSearchRequest;
import edu.quadrangle.registration.web.dto.CourseSummary;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/courses")
@RequiredArgsConstructor
public class CourseController {

    private final CourseService courseService;
    private final DocumentService documentService;

    @PostMapping("/search")
    public List<CourseSummary> search(@RequestBody CourseSearchRequest request) {
        return courseService.search(request);
    }

    @GetMapping("/departments/{dept}")
    public List<CourseSummary> byDepartment(@PathVariable("dept") String dept) {
        return courseService.byDepartment(dept);
    }

    @GetMapping("/sections")
    public List<Map<String, Object>> sectionsByInstructor(@RequestParam("instructor") String instructor,
                                                          @RequestParam(name = "term", defaultValue = "2024FA") String term) {
        return courseService.sectionsTaughtBy(instructor, term);
    }

    @GetMapping(value = "/{code}/badge", produces = MediaType.TEXT_HTML_VALUE)
    public String badge(@PathVariable("code") String code, @RequestParam(name = "label", required = false) String label) {
        return HtmlFragments.courseBadge(code, label);
    }

    @GetMapping("/syllabi")
    public ResponseEntity<byte[]> syllabus(@RequestParam("dept") String dept, @RequestParam("file") String file) {
        try {
            byte[] body = documentService.loadSyllabus(dept, file);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(documentService.contentTypeFor(file)))
                    .body(body);
        } catch (NoSuchFileException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such syllabus");
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, "syllabus unavailable");
        }
    }
}
