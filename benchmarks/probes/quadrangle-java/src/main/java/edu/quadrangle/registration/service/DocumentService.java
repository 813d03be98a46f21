package edu.quadrangle.registration.service;

import java.io.IOException;
import java.nio.file.*;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class DocumentService {

    private final Path syllabusRoot;

    public DocumentService(@Value("${quadrangle.storage.syllabi}") String syllabusRoot) {
        this.syllabusRoot = Path.of(syllabusRoot);
    }

    public byte[] loadSyllabus(String department, String fileName) throws IOException {
        Path departmentDir = syllabusRoot.resolve(department.toLowerCase(Locale.ROOT));
        return Files.readAllBytes(departmentDir.resolve(fileName)); // VULN path
    }

    public String contentTypeFor(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return lower.endsWith(".docx")
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/octet-stream";
    }
}
