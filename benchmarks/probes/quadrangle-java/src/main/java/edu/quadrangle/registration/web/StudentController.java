package edu.quadrangle.registration.web;

import edu.quadrangle.registration.domain.Student;
import edu.quadrangle.registration.repository.StudentRepository;
import edu.quadrangle.registration.service.StorageService;
import java.io.IOException;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/students")
@RequiredArgsConstructor
public class StudentController {

    public record StudentView(long id, String netId, String name, String program) {
        static StudentView from(Student s) {
            return new StudentView(s.getId(), s.getNetId(), s.getFirstName() + " " + s.getLastName(), s.getProgram());
        }
    }

    private final StudentRepository studentRepository;
    private final StorageService storageService;

    @GetMapping("/lookup")
    public List<StudentView> lookup(@RequestParam("lastName") String lastName) {
        return studentRepository.findByLastName(lastName).stream().map(StudentView::from).toList();
    }

    @GetMapping("/{studentId}/holds")
    public List<String> holds(@PathVariable("studentId") long studentId) {
        return studentRepository.findActiveHoldCodes(studentId);
    }

    @PostMapping("/{studentId}/photo")
    public Map<String, String> uploadPhoto(@PathVariable("studentId") long studentId,
                                           @RequestParam("photo") MultipartFile photo) throws IOException {
        return Map.of("photo", storageService.storePhoto(studentId, photo.getContentType(), photo.getBytes()));
    }
}
