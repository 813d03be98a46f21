package edu.quadrangle.registration.web;

import edu.quadrangle.registration.domain.GradeEntry;
import edu.quadrangle.registration.domain.TranscriptSummary;
import edu.quadrangle.registration.security.StudentPrincipal;
import edu.quadrangle.registration.security.TokenService;
import edu.quadrangle.registration.service.StorageService;
import edu.quadrangle.registration.service.TranscriptService;
import java.io.IOException;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/transcripts")
@RequiredArgsConstructor
public class TranscriptController {

    private final TranscriptService transcriptService;
    private final TokenService tokenService;
    private final StorageService storageService;

    @GetMapping("/{studentId}/grades")
    public List<GradeEntry> grades(@PathVariable("studentId") long studentId,
                                   @RequestHeader("Authorization") String authorization,
                                   @CookieValue(name = "qd_term", required = false) String term) {
        requireAccess(tokenService.authenticate(authorization), studentId);
        return transcriptService.gradesForTerm(studentId, term);
    }

    @GetMapping("/{studentId}/unofficial")
    public TranscriptSummary unofficial(@PathVariable("studentId") long studentId,
                                        @RequestHeader("Authorization") String authorization) {
        requireAccess(tokenService.peek(authorization), studentId);
        return transcriptService.summary(studentId);
    }

    @PostMapping("/{studentId}/attachments")
    public Map<String, String> attach(@PathVariable("studentId") long studentId,
                                      @RequestHeader("Authorization") String authorization,
                                      @RequestParam("file") MultipartFile file) throws IOException {
        requireAccess(tokenService.authenticate(authorization), studentId);
        return Map.of("stored", storageService.storeAttachment(studentId, file.getOriginalFilename(), file.getBytes()));
    }

    private static void requireAccess(StudentPrincipal principal, long studentId) {
        if (!principal.owns(studentId) && !principal.isAdvisor()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
