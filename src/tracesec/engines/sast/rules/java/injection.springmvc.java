// Spring MVC: annotated and conventionally bound handler parameters (simple values,
// command objects, uploads, HttpEntity/RequestEntity bodies, @MatrixVariable), WebRequest;
// redirects (view names, RedirectView, Location headers), HTML bodies, files sent by path
import java.io.*;
import java.net.URI;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

class OrderForm {
    private String name;
    public String getName() { return name; }
    public void setName(String n) { name = n; }
}

@RestController
class SpringProbe {
    JdbcTemplate jdbc;

    @GetMapping("/a")
    Object a(@RequestParam("a") String a) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + a + "'");
    }

    @GetMapping("/b/{id}")
    Object b(@PathVariable String id) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + id + "'");
    }

    @PostMapping("/c")
    Object c(@RequestBody Map<String, String> body) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + body.get("a") + "'");
    }

    @GetMapping("/d")
    Object d(@RequestHeader("X-Tenant") String tenant) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + tenant + "'");
    }

    @GetMapping("/e")
    Object e(@CookieValue("pref") String pref) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + pref + "'");
    }

    @PostMapping("/f")
    Object f(@ModelAttribute OrderForm form) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + form.getName() + "'");
    }

    @PostMapping("/g")
    Object g(@RequestPart("file") MultipartFile file) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        file.transferTo(new File("/srv/up/" + file.getOriginalFilename()));
        return "ok";
    }

    @PostMapping("/g2")
    Object g2(@RequestParam MultipartFile file) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        file.transferTo(Paths.get("/srv/up", file.getOriginalFilename()));
        return "ok";
    }

    @PostMapping("/g3")
    Object g3(MultipartFile file) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        file.transferTo(Paths.get("/srv/up", file.getOriginalFilename()));
        return "ok";
    }

    @GetMapping("/h")
    Object h(String name) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + name + "'");
    }

    @PostMapping("/i")
    Object i(OrderForm form) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + form.getName() + "'");
    }

    @GetMapping("/j/{path}")
    Object j(@MatrixVariable("q") String q) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + q + "'");
    }

    @PostMapping("/k")
    Object k(HttpEntity<String> entity) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + entity.getBody() + "'");
    }

    @PostMapping("/l")
    Object l(RequestEntity<Map<String, String>> entity) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + entity.getBody().get("a") + "'");
    }

    @GetMapping("/m")
    Object m(WebRequest req) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + req.getParameter("a") + "'");
    }

    @GetMapping("/n")
    Object n(NativeWebRequest req) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + req.getHeader("X-A") + "'");
    }

    @GetMapping("/o")
    Object o(@RequestParam Map<String, String> params) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + params.get("a") + "'");
    }

    @GetMapping("/p")
    Object p(@RequestParam MultiValueMap<String, String> params) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + params.getFirst("a") + "'");
    }

    @GetMapping("/q")
    Object q(@RequestHeader HttpHeaders headers) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + headers.getFirst("X-A") + "'");
    }

    @PostMapping("/r")
    Object r(InputStream body) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + new String(body.readAllBytes()) + "'");
    }

    @GetMapping("/s")
    Object s(@RequestParam Optional<String> a) {
        // ruleid: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = '" + a.orElse("x") + "'");
    }

    @GetMapping("/t")
    Object t(@RequestParam int n, Model model) {
        // ok: trace.java.sql-injection.tainted-query
        return jdbc.queryForList("SELECT * FROM t WHERE a = " + n);
    }

    @GetMapping("/file")
    ResponseEntity<Resource> file(@RequestParam String name) {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return ResponseEntity.ok(new FileSystemResource("/srv/files/" + name));
    }

    @GetMapping("/file2")
    ResponseEntity<Resource> file2(@RequestParam String name) {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return ResponseEntity.ok(new PathResource("/srv/files/" + name));
    }

    @GetMapping("/file3")
    ResponseEntity<byte[]> file3(@RequestParam String name) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return ResponseEntity.ok(Files.newInputStream(Path.of("/srv/files", name)).readAllBytes());
    }

    @GetMapping("/html")
    ResponseEntity<String> html(@RequestParam String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<p>" + q);
    }

    @GetMapping("/html2")
    String html2(@RequestParam String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + q;
    }

    @GetMapping(value = "/html3", produces = MediaType.TEXT_HTML_VALUE)
    String html3(@RequestParam String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + q;
    }

    @GetMapping("/html4")
    ResponseEntity<String> html4(@RequestParam String q) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.TEXT_HTML);
        // ruleid: trace.java.xss.tainted-spring-response
        return new ResponseEntity<>("<p>" + q, h, HttpStatus.OK);
    }

    @GetMapping("/go")
    ResponseEntity<Void> go(@RequestParam String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, next).build();
    }

    @GetMapping("/go2")
    ResponseEntity<Void> go2(@RequestParam String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(next)).build();
    }

    @GetMapping("/go3")
    ResponseEntity<Void> go3(@RequestParam String next) {
        HttpHeaders h = new HttpHeaders();
        // ruleid: trace.java.open-redirect.tainted-redirect
        h.setLocation(URI.create(next));
        return new ResponseEntity<>(h, HttpStatus.FOUND);
    }

    @GetMapping("/go4")
    ResponseEntity<Void> go4(@RequestParam String next) {
        HttpHeaders h = new HttpHeaders();
        // ruleid: trace.java.open-redirect.tainted-redirect
        h.add("Location", next);
        return new ResponseEntity<>(h, HttpStatus.FOUND);
    }
}

// the framework's own objects and a service handed to a handler are no request data
@RestController
class SpringQuiet {
    JdbcTemplate jdbc;
    private static final Map<String, String> PAGES = Map.of("home", "/home");

    @GetMapping("/quiet")
    Object quiet(Model model, Locale locale, java.security.Principal principal, Map<String, Object> attrs,
                 org.springframework.data.domain.Pageable pageable, CatalogService catalog) {
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + model.getAttribute("a") + locale.getLanguage() + "'");
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + principal.getName() + attrs.get("a") + "'");
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + pageable.getPageSize() + catalog.defaultName() + "'");
        return "ok";
    }

    @GetMapping("/quiet2")
    ResponseEntity<Void> quiet2(@RequestParam String page, WebRequest req) {
        HttpHeaders h = new HttpHeaders();
        // ok: trace.java.open-redirect.tainted-redirect
        h.add("X-Page", page);
        // ok: trace.java.open-redirect.tainted-redirect
        h.add("Location", PAGES.getOrDefault(page, "/home"));
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = " + Long.parseLong(req.getParameter("n")));
        // ok: trace.java.open-redirect.tainted-redirect
        return ResponseEntity.created(URI.create("/orders/" + page)).headers(h).build();
    }

    @GetMapping("/quiet3")
    ResponseEntity<Resource> quiet3(@RequestParam String name) {
        // ok: trace.java.path-traversal.tainted-file-path
        return ResponseEntity.ok(new FileSystemResource("/srv/files/" + UUID.fromString(name) + ".pdf"));
    }

    @GetMapping("/quiet4")
    Object quiet4(@RequestParam String name, com.fasterxml.jackson.databind.node.ObjectNode json) {
        // ok: trace.java.open-redirect.tainted-redirect
        json.put("location", name);
        return json;
    }
}

interface CatalogService { String defaultName(); }

@Controller
class SpringViews {
    @GetMapping("/v1")
    String v1(@RequestParam String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return "redirect:" + next;
    }

    @GetMapping("/v2")
    RedirectView v2(@RequestParam String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return new RedirectView(next);
    }

    @GetMapping("/v3")
    ModelAndView v3(@RequestParam String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return new ModelAndView("redirect:" + next);
    }

    @GetMapping("/v4")
    ModelAndView v4(@RequestParam String next) {
        ModelAndView mav = new ModelAndView();
        // ruleid: trace.java.open-redirect.tainted-redirect
        mav.setViewName("redirect:" + next);
        return mav;
    }

    @GetMapping("/v5")
    String v5(@RequestParam String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        String target = "redirect:" + next;
        return target;
    }

    @GetMapping("/v6")
    RedirectView v6(@RequestParam String next) {
        RedirectView rv = new RedirectView();
        // ruleid: trace.java.open-redirect.tainted-redirect
        rv.setUrl(next);
        return rv;
    }

    @GetMapping("/v7")
    String v7(@RequestParam String next) {
        // ok: trace.java.open-redirect.tainted-redirect
        return "forward:" + next;
    }

    @GetMapping("/v8")
    @ResponseBody
    String v8(@RequestParam String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + q;
    }

    @GetMapping("/v10")
    String v10(@RequestParam String tab) {
        // ok: trace.java.open-redirect.tainted-redirect
        return "redirect:/tabs/" + tab;
    }

    @GetMapping("/v9")
    String v9(@RequestParam String tab, Model model) {
        model.addAttribute("tab", tab);
        // ok: trace.java.xss.tainted-spring-response
        return "page";
    }
}
