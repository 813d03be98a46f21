import com.auth0.jwt.algorithms.Algorithm;
import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.cors.CorsConfiguration;

class Unpacker {
    void unpack(ZipInputStream zip, File target) throws Exception {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            // ruleid: trace.java.archive-extraction.zip-slip
            FileOutputStream out = new FileOutputStream(new File(target, entry.getName()));
            out.close();
        }
    }

    void unpackSafely(ZipInputStream zip, Path target) throws Exception {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            Path dest = target.resolve(entry.getName()).normalize();
            if (!dest.startsWith(target)) {
                throw new SecurityException("entry outside target");
            }
            // ok: trace.java.archive-extraction.zip-slip
            Files.copy(zip, dest);
        }
    }

    void unpackChecked(ZipInputStream zip, Path target) throws Exception {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            Path dest = target.resolve(entry.getName()).normalize();
            ArchivePaths.requireInside(target, dest);
            // ok: trace.java.archive-extraction.zip-slip
            Files.copy(zip, dest);
        }
    }

    void unpackNullChecked(ZipInputStream zip, Path target) throws Exception {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            Path dest = target.resolve(entry.getName()).normalize();
            java.util.Objects.requireNonNull(dest);
            // ruleid: trace.java.archive-extraction.zip-slip
            Files.copy(zip, dest);
        }
    }
}

// ruleid: trace.java.cors.credentials-any-origin
@CrossOrigin(originPatterns = "*", allowCredentials = "true")
class LooseController {
}

// ok: trace.java.cors.credentials-any-origin
@CrossOrigin(origins = "https://app.acme.example", allowCredentials = "true")
class StrictController {
}

class CorsSetup {
    CorsConfiguration loose() {
        CorsConfiguration c = new CorsConfiguration();
        c.setAllowCredentials(true);
        // ruleid: trace.java.cors.credentials-any-origin
        c.addAllowedOriginPattern("*");
        return c;
    }

    CorsConfiguration open() {
        CorsConfiguration c = new CorsConfiguration();
        // ok: trace.java.cors.credentials-any-origin
        c.addAllowedOriginPattern("*");
        return c;
    }

    CorsConfiguration widget(HttpServletRequest request) {
        CorsConfiguration c = new CorsConfiguration();
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            // ruleid: trace.java.cors.credentials-any-origin
            c.addAllowedOrigin(origin);
        }
        c.setAllowCredentials(true);
        return c;
    }

    CorsConfiguration listedWidget(HttpServletRequest request) {
        CorsConfiguration c = new CorsConfiguration();
        String origin = request.getHeader("Origin");
        if (PARTNER_ORIGINS.contains(origin)) {
            // ok: trace.java.cors.credentials-any-origin
            c.addAllowedOrigin(origin);
        }
        c.setAllowCredentials(true);
        return c;
    }

    void reflect(HttpServletRequest request, HttpServletResponse response) {
        // ruleid: trace.java.cors.credentials-any-origin
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        response.setHeader("Access-Control-Allow-Credentials", "true");
    }
}

class Tokens {
    // ruleid: trace.java.hardcoded-credentials.literal-signing-key
    Algorithm fixed = Algorithm.HMAC256("pr0d-signing-k3y-2024");
    // ok: trace.java.hardcoded-credentials.literal-signing-key
    Algorithm fromEnv = Algorithm.HMAC256(System.getenv("JWT_SECRET"));
}

class PasswordStore {
    byte[] store(String password, String profile) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        // ruleid: trace.java.weak-crypto.fast-hash-for-password
        byte[] hash = md.digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // ok: trace.java.weak-crypto.fast-hash-for-password
        byte[] etag = md.digest(profile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return hash.length > 0 ? hash : etag;
    }

    String kioskPin(String pin, String newPin, String mapping) {
        // ruleid: trace.java.weak-crypto.fast-hash-for-password
        String stored = DigestUtils.md5Hex(pin);
        // ruleid: trace.java.weak-crypto.fast-hash-for-password
        String next = DigestUtils.sha256Hex(newPin);
        // ok: trace.java.weak-crypto.fast-hash-for-password
        String key = DigestUtils.sha256Hex(mapping);
        return stored + next + key;
    }
}

// JAX-RS: a response filter echoing the request's Origin
class PartnerCorsFilter implements jakarta.ws.rs.container.ContainerResponseFilter {
    private static final java.util.Set<String> PARTNERS = java.util.Set.of("https://portal.example.com");

    @Override
    public void filter(jakarta.ws.rs.container.ContainerRequestContext request,
                       jakarta.ws.rs.container.ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return;
        }
        jakarta.ws.rs.core.MultivaluedMap<String, Object> headers = response.getHeaders();
        // ruleid: trace.java.cors.credentials-any-origin
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
    }

    public void listed(jakarta.ws.rs.container.ContainerRequestContext request,
                       jakarta.ws.rs.container.ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !PARTNERS.contains(origin)) {
            return;
        }
        // ok: trace.java.cors.credentials-any-origin
        response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
        response.getHeaders().putSingle("Access-Control-Allow-Credentials", "true");
    }

    public String checkedByHelper(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin != null && SecurityUtil.checkURL(origin) == null) {
            return "Origin is not safe.";
        }
        // ok: trace.java.cors.credentials-any-origin
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Credentials", "true");
        return "ok";
    }

    public void inside(jakarta.ws.rs.container.ContainerRequestContext request,
                       jakarta.ws.rs.container.ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (PARTNERS.contains(origin)) {
            // ok: trace.java.cors.credentials-any-origin
            response.getHeaders().add("Access-Control-Allow-Origin", origin);
            response.getHeaders().add("Access-Control-Allow-Credentials", "true");
        }
    }
}

class PartnerCorsConfig implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {
    public void addCorsMappings(org.springframework.web.servlet.config.annotation.CorsRegistry registry) {
        // ruleid: trace.java.cors.credentials-loose-origin-pattern
        registry.addMapping("/api/**").allowedOriginPatterns("https://*partners.example").allowCredentials(true);
        // ok: trace.java.cors.credentials-loose-origin-pattern
        registry.addMapping("/partner/**").allowedOriginPatterns("https://*.partners.example", "https://localhost:[*]").allowCredentials(true);
    }
}

class PartnerOriginFilter {
    void apply(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin != null && origin.endsWith("partners.example")) {
            // ruleid: trace.java.cors.credentials-any-origin
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
        if (origin != null && origin.endsWith(".partners.example")) {
            // ok: trace.java.cors.credentials-any-origin
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
    }
}
