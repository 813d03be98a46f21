package x;

import java.net.URL;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.*;

@RestController
public class Fetch {
    private static final Set<String> ALLOWED = Set.of("api.example.com");

    @GetMapping("/fetch1")
    public String fetch1(@RequestParam String url) throws Exception {
        URL u = new URL(url);
        if (!ALLOWED.contains(u.getHost())) {
            throw new IllegalArgumentException("host");
        }
        return new String(u.openStream().readAllBytes());
    }

    @GetMapping("/next")
    public void next(@RequestParam String next, HttpServletResponse response) throws Exception {
        if (!next.startsWith("/") || next.startsWith("//")) {
            next = "/";
        }
        response.sendRedirect(next);
    }

    @GetMapping("/fetch-vuln")
    public String fetchVuln(@RequestParam String url) throws Exception {
        return new String(new URL(url).openStream().readAllBytes());
    }
}
