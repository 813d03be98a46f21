package edu.quadrangle.registration.repository;

import edu.quadrangle.registration.domain.GradeEntry;
import java.sql.*;
import java.util.*;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class GradeDao {

    private static final String GRADE_COLUMNS = "SELECT course_code, grade, credits, term FROM enrollment ";

    private final DataSource dataSource;

    @Value("${quadrangle.archive-db.url}")
    private String archiveUrl;

    @Value("${quadrangle.archive-db.user}")
    private String archiveUser;

    @Value("${quadrangle.archive-db.password}")
    private String archivePassword;

    public List<GradeEntry> findGradesForTerm(long studentId, String term) {
        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery(GRADE_COLUMNS + "WHERE student_id = " + studentId + " AND term = '" + term + "'")) { // VULN sqli
            return readAll(rs);
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("grade lookup failed", e);
        }
    }

    public List<GradeEntry> findAllGrades(long studentId) {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(GRADE_COLUMNS + "WHERE student_id = ? ORDER BY term, course_code")) { // SAFE sqli
            ps.setLong(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                return readAll(rs);
            }
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("grade lookup failed", e);
        }
    }

    /** Pre-2012 grades live in the read-only SIS archive. */
    public List<GradeEntry> findArchivedGrades(long studentId) {
        try (Connection conn = DriverManager.getConnection(archiveUrl, archiveUser, archivePassword); // SAFE secret
             PreparedStatement ps = conn.prepareStatement(
                     "SELECT crs_cd AS course_code, grd AS grade, cr_hrs AS credits, trm AS term FROM hist_grade WHERE stu_id = ?")) {
            ps.setLong(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                return readAll(rs);
            }
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("archive lookup failed", e);
        }
    }

    private static List<GradeEntry> readAll(ResultSet rs) throws SQLException {
        List<GradeEntry> entries = new ArrayList<>();
        while (rs.next()) {
            entries.add(new GradeEntry(rs.getString("course_code"), rs.getString("grade"),
                    rs.getInt("credits"), rs.getString("term")));
        }
        return entries;
    }
}
