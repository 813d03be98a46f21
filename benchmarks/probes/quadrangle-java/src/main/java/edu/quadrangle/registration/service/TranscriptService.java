package edu.quadrangle.registration.service;

import edu.quadrangle.registration.domain.GradeEntry;
import edu.quadrangle.registration.domain.TranscriptSummary;
import edu.quadrangle.registration.repository.GradeDao;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class TranscriptService {

    private final GradeDao gradeDao;

    public List<GradeEntry> gradesForTerm(long studentId, String termCode) {
        String term = termCode == null || termCode.isBlank() ? "2024FA" : termCode.trim();
        return gradeDao.findGradesForTerm(studentId, term);
    }

    public TranscriptSummary summary(long studentId) {
        List<GradeEntry> entries = new ArrayList<>(gradeDao.findArchivedGrades(studentId));
        entries.addAll(gradeDao.findAllGrades(studentId));
        double points = 0;
        int attempted = 0;
        int earned = 0;
        for (GradeEntry entry : entries) {
            if (entry.countsTowardGpa()) {
                points += entry.qualityPoints();
                attempted += entry.credits();
            }
            if (!"F".equals(entry.grade()) && !"W".equals(entry.grade())) {
                earned += entry.credits();
            }
        }
        double gpa = attempted == 0 ? 0.0 : Math.round(points / attempted * 100.0) / 100.0;
        return new TranscriptSummary(studentId, gpa, earned, entries);
    }
}
