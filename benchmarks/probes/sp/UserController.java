package demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api")
public class UserController {
    private final JdbcTemplate jdbc;
    private final EntityManager em;

    public UserController(JdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    @GetMapping("/users/{name}")
    public List<Map<String, Object>> byName(@PathVariable String name) {
        return jdbc.queryForList("SELECT * FROM users WHERE name = '" + name + "'"); // VULN
    }

    @PostMapping("/users/search")
    public List<?> search(@RequestBody SearchRequest req) {
        return em.createQuery("SELECT u FROM User u WHERE u.email = '" + req.getEmail() + "'").getResultList(); // VULN
    }

    @GetMapping("/users/by-id/{id}")
    public List<Map<String, Object>> byId(@PathVariable long id) {
        return jdbc.queryForList("SELECT * FROM users WHERE id = " + id); // SAFE
    }

    @GetMapping("/users/safe")
    public List<Map<String, Object>> safe(@RequestParam String name) {
        return jdbc.queryForList("SELECT * FROM users WHERE name = ?", name); // SAFE
    }

    @GetMapping("/files")
    public byte[] file(@RequestParam String name) throws Exception {
        return Files.readAllBytes(Paths.get("/srv/files", name)); // VULN
    }

    @GetMapping("/files/safe")
    public byte[] fileSafe(@RequestParam String name) throws Exception {
        Path base = Paths.get("/srv/files").toAbsolutePath().normalize();
        Path p = base.resolve(name).normalize();
        if (!p.startsWith(base)) {
            throw new IllegalArgumentException("bad");
        }
        return Files.readAllBytes(p); // SAFE
    }

    @GetMapping("/files/name")
    public byte[] fileName(@RequestParam String name) throws Exception {
        String clean = new File(name).getName();
        return Files.readAllBytes(Paths.get("/srv/files", clean)); // SAFE
    }

    @GetMapping("/run")
    public String run(@RequestHeader("X-Host") String host) throws Exception {
        Runtime.getRuntime().exec(new String[]{"sh", "-c", "ping " + host}); // VULN
        return "ok";
    }
}

class SearchRequest {
    private String email;
    public String getEmail() { return email; }
}
