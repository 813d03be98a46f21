package edu.quadrangle.registration.repository;

import edu.quadrangle.registration.domain.Student;
import jakarta.persistence.*;
import java.util.*;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
public class StudentRepository {

    @PersistenceContext
    private EntityManager em;

    public List<Student> findByLastName(String lastName) {
        return em.createQuery("SELECT s FROM Student s WHERE s.lastName = '" + lastName + "' ORDER BY s.firstName", Student.class).getResultList(); // VULN sqli
    }

    @SuppressWarnings("unchecked")
    public List<String> findActiveHoldCodes(long studentId) {
        return em.createNativeQuery("SELECT h.hold_code FROM student_hold h WHERE h.released_at IS NULL AND h.student_id = " + studentId).getResultList(); // SAFE sqli
    }
}
