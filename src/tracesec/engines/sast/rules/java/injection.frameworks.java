import static org.jooq.impl.DSL.*;

import io.javalin.Javalin;
import io.javalin.http.*;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

// jOOQ's plain-SQL DSL methods imported statically
class ShipmentQueries {
    private DSLContext dsl;

    List<?> byStatus(String status) {
        return List.of();
    }

    @GetMapping("/shipments")
    Object list(@RequestParam String status) {
        // a bare condition(...) after `import static org.jooq.impl.DSL.*` is not read (a miss):
        // as a sink its common name made every helper naming `condition` a SQL helper
        Condition where = condition("status = '" + status + "'");
        Condition bound = condition("status = ?", status);
        return dsl.selectFrom(table("shipments")).where(where.and(bound)).fetch();
    }
}

// Javalin handlers: a Context parameter (method references) and lambdas on the app
final class KioskRoutes {
    private final Path photos = Path.of("/srv/photos");
    private final ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByName("js");

    void register(Javalin app) {
        app.get("/tiles", ctx -> {
            // ruleid: trace.java.ssrf.tainted-url
            byte[] png = new URL(ctx.queryParam("src")).openStream().readAllBytes();
            ctx.result(png);
        });
        app.get("/health", ctx -> {
            // ok: trace.java.ssrf.tainted-url
            byte[] png = new URL("https://tiles.example.org/health").openStream().readAllBytes();
            ctx.result(png);
        });
    }

    void uploadPhoto(Context ctx) throws Exception {
        UploadedFile photo = ctx.uploadedFile("photo");
        // ruleid: trace.java.path-traversal.tainted-file-path
        Files.copy(photo.content(), photos.resolve(photo.filename()));
        // ok: trace.java.path-traversal.tainted-file-path
        Files.copy(photo.content(), photos.resolve(java.util.UUID.randomUUID() + ".jpg"));
    }

    void estimate(Context ctx) throws Exception {
        // ruleid: trace.java.code-injection.tainted-expression
        Object fare = engine.eval(ctx.formParam("formula"));
        // ok: trace.java.code-injection.tainted-expression
        Object base = engine.eval("1 + 1");
        ctx.json(Map.of("fare", fare, "base", base));
    }
}

// a service that only names `body` and `header` reads no request
final class ReceiptPrinter {
    void print(Map<String, String> header, String body) throws Exception {
        // ok: trace.java.path-traversal.tainted-file-path
        Files.writeString(Path.of("/var/spool/receipts", header.get("id")), body);
    }
}

// a listener's payload comes from outside the process
class PassageListener {
    private final RestTemplate camera = new RestTemplate();

    @KafkaListener(topics = "passages")
    public void onPassage(String payload) {
        String url = payload.substring(payload.indexOf("http"));
        // ruleid: trace.java.ssrf.tainted-url
        camera.getForObject(url, byte[].class);
    }

    public void fromConfig(String configured) {
        // ok: trace.java.ssrf.tainted-url
        camera.getForObject(configured, byte[].class);
    }
}

// an XPath taken from its factory in the same expression
class LaneConfig {
    private final XPathFactory xpathFactory = XPathFactory.newInstance();

    @GetMapping("/lanes/{code}")
    Object lane(@PathVariable String code, org.w3c.dom.Document doc) throws Exception {
        // ruleid: trace.java.xpath-injection.tainted-xpath
        Object node = xpathFactory.newXPath().compile("/lanes/lane[@code='" + code + "']").evaluate(doc, XPathConstants.NODE);
        // ok: trace.java.xpath-injection.tainted-xpath
        Object all = xpathFactory.newXPath().compile("/lanes/lane").evaluate(doc, XPathConstants.NODESET);
        return List.of(node, all);
    }
}

// Pebble with a StringLoader reads the template's text from its name
class CaseLetters {
    private final PebbleEngine pebble = new PebbleEngine.Builder().loader(new StringLoader()).build();
    private final PebbleEngine files = new PebbleEngine.Builder().build();

    @PostMapping("/cases")
    String open(@RequestBody String comment) throws Exception {
        StringWriter out = new StringWriter();
        // ruleid: trace.java.template-injection.tainted-template-source
        PebbleTemplate letter = pebble.getTemplate("Your statement:\n" + comment);
        letter.evaluate(out, Map.of());
        // ok: trace.java.template-injection.tainted-template-source
        PebbleTemplate fixed = pebble.getTemplate("Case {{ ref }} received.");
        fixed.evaluate(out, Map.of("ref", comment));
        return out.toString();
    }
}

// ... built in the constructor
class Snippets {
    private final PebbleEngine snippets;
    private final PebbleEngine pages;

    Snippets(Loader<?> loader) {
        this.snippets = new PebbleEngine.Builder().loader(new StringLoader()).build();
        this.pages = new PebbleEngine.Builder().loader(loader).build();
    }

    @PostMapping("/snippets")
    String render(@RequestBody String source) throws Exception {
        StringWriter out = new StringWriter();
        // ruleid: trace.java.template-injection.tainted-template-source
        snippets.getTemplate(source).evaluate(out, Map.of());
        // ok: trace.java.template-injection.tainted-template-source
        pages.getTemplate(source).evaluate(out, Map.of());
        return out.toString();
    }
}

// an argument list with a fixed program: a value in it is one argument, not a command line
class StatementRenderer {
    private static final String RENDERER = "/opt/render/bin/render";

    @PostMapping("/statements")
    Object render(@RequestParam String title, @RequestParam String tool) throws Exception {
        List<String> command = List.of(RENDERER, "--title", title, "--out", "/tmp/s.pdf");
        // ok: trace.java.command-injection.tainted-command
        new ProcessBuilder(command).start();
        // ok: trace.java.command-injection.tainted-command
        new ProcessBuilder(Arrays.asList("pdftk", "--title", title)).start();
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder(List.of("bash", "-c", "render --title '" + title + "'")).start();
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder(List.of("/bin/sh", "-c", "render " + title)).start();
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder(List.of(tool, "--title", title)).start();
        // ok: trace.java.command-injection.tainted-command
        new ProcessBuilder("pdftoppm", "-png", "-scale-to", "320", title, "/tmp/thumb").start();
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder(tool, "--title", title).start();
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder("/usr/bin/env", "render", title).start();
        // ruleid: trace.java.command-injection.tainted-command
        return new ProcessBuilder("bash", "-c", "render --title '" + title + "'").start();
    }
}

// an archive uploaded with the request: its entries are the zip-slip rule's
class BatchImports {
    @PostMapping("/imports")
    int importBatch(@RequestPart org.springframework.web.multipart.MultipartFile archive) throws Exception {
        Path staging = Files.createTempDirectory("batch");
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(archive.getInputStream())) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // ok: trace.java.path-traversal.tainted-file-path
                Path target = staging.resolve(entry.getName()).normalize();
                ArchivePaths.requireInside(staging, target);
                Files.copy(zip, target);
            }
        }
        // ruleid: trace.java.path-traversal.tainted-file-path
        return Files.readAllLines(staging.resolve(archive.getOriginalFilename())).size();
    }

    @GetMapping("/reports")
    Object report(@RequestParam String name) throws Exception {
        Path file = Path.of("/srv/reports").resolve(name + ".pdf").normalize();
        ReportPaths.ensureWithin(Path.of("/srv/reports"), file);
        // ok: trace.java.path-traversal.tainted-file-path
        return Files.readAllBytes(file);
    }
}
