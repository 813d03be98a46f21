package demo;

import java.util.List;
import javax.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class Repo {
    private EntityManager em;
    private Session session;
    private JdbcTemplate jdbc;
    private NamedParameterJdbcTemplate named;

    @GetMapping("/a")
    public List<?> a(@RequestParam String q) {
        return em.createNativeQuery("SELECT * FROM t WHERE n = '" + q + "'").getResultList(); // VULN
    }

    @GetMapping("/b")
    public List<?> b(@RequestParam String q) {
        return session.createQuery("FROM T WHERE n = '" + q + "'").list(); // VULN
    }

    @GetMapping("/c")
    public int c(@RequestParam String q) {
        return jdbc.update("DELETE FROM t WHERE n = '" + q + "'"); // VULN
    }

    @GetMapping("/d")
    public List<?> d(@RequestParam String q) {
        return named.queryForList("SELECT * FROM t WHERE n = '" + q + "'", java.util.Map.of()); // VULN
    }

    @GetMapping("/e")
    public List<?> e(@RequestParam String q) {
        return em.createQuery("SELECT t FROM T t WHERE t.n = :n").setParameter("n", q).getResultList(); // SAFE
    }

    @GetMapping("/f")
    public List<?> f(@RequestParam String sort) {
        String column = switch (sort) { case "name" -> "name"; case "date" -> "created"; default -> "id"; };
        return jdbc.queryForList("SELECT * FROM t ORDER BY " + column); // SAFE
    }
}
