package controllers;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import models.GerminationTest;
import models.Member;
import models.SeedLot;
import play.data.DynamicForm;
import play.data.FormFactory;
import play.libs.Files.TemporaryFile;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.AuthService;
import services.DepositService;
import services.GerminationService;

import javax.inject.Inject;
import javax.script.ScriptException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

public class GerminationController extends Controller {

    private final GerminationService germination;
    private final DepositService deposits;
    private final AuthService auth;
    private final FormFactory forms;

    @Inject
    public GerminationController(GerminationService germination, DepositService deposits, AuthService auth, FormFactory forms) {
        this.germination = germination;
        this.deposits = deposits;
        this.auth = auth;
        this.forms = forms;
    }

    public Result history(Http.Request request, Long id) {
        return ok(Json.toJson(germination.history(id)));
    }

    public Result record(Http.Request request, Long id) {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty() || !auth.hasRole(request, Member.Role.LAB, Member.Role.CURATOR)) {
            return forbidden();
        }
        Optional<SeedLot> lot = deposits.find(id);
        if (lot.isEmpty()) {
            return notFound();
        }
        DynamicForm form = forms.form().bindFromRequest(request);
        try {
            int sown = Integer.parseInt(form.get("seedsSown"));
            int germinated = Integer.parseInt(form.get("seedsGerminated"));
            String firstDay = form.get("firstDay");
            GerminationTest test = germination.record(lot.get(), sown, germinated,
                    firstDay == null || firstDay.isBlank() ? null : Integer.valueOf(firstDay),
                    form.get("method"), user.get().getSubject());
            return created(Json.toJson(Map.of("id", test.id, "rate", test.germinationRate())));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    /** Accepts either the lab's XML export or a zip bundle of scanned sheets. */
    public Result importLabResults(Http.Request request) throws IOException {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty() || !auth.hasRole(request, Member.Role.LAB, Member.Role.ADMIN)) {
            return forbidden();
        }
        Http.MultipartFormData<TemporaryFile> body = request.body().asMultipartFormData();
        Http.MultipartFormData.FilePart<TemporaryFile> file = body == null ? null : body.getFile("export");
        if (file == null) {
            return badRequest("missing export file");
        }
        if (file.getFilename().toLowerCase().endsWith(".zip")) {
            String[] ref = body.asFormUrlEncoded().get("labReference");
            if (ref == null || ref.length == 0 || ref[0].isBlank()) {
                return badRequest("labReference required for bundles");
            }
            return ok(Json.toJson(Map.of("files", germination.unpackLabBundle(file.getRef().path(), ref[0]).size())));
        }
        try (InputStream xml = Files.newInputStream(file.getRef().path())) {
            int imported = germination.importLabResults(xml, user.get().getSubject());
            return ok(Json.toJson(Map.of("imported", imported)));
        }
    }

    /** Scores a test result with a preset or a custom expression (research staff only). */
    public Result score(Http.Request request) {
        if (!auth.hasRole(request, Member.Role.LAB, Member.Role.CURATOR, Member.Role.ADMIN)) {
            return forbidden();
        }
        JsonNode body = request.body().asJson();
        if (body == null) {
            return badRequest("expected JSON");
        }
        int sown = body.path("sown").asInt();
        int germinated = body.path("germinated").asInt();
        int days = body.path("days").asInt(7);
        try {
            double score = body.hasNonNull("formula")
                    ? germination.customScore(body.get("formula").asText(), sown, germinated, days)
                    : germination.presetScore(body.path("preset").asText("ista"), sown, germinated, days);
            return ok(Json.toJson(Map.of("score", score)));
        } catch (ScriptException | IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    public Result table(Http.Request request) {
        double threshold = request.queryString("below").map(Double::parseDouble).orElse(0.6);
        return ok(Json.toJson(germination.failingLots(threshold)));
    }

    public Result deleteAttachment(Http.Request request, Long testId) throws IOException {
        if (!auth.hasRole(request, Member.Role.LAB, Member.Role.ADMIN)) {
            return forbidden();
        }
        String file = request.queryString("file").orElse("");
        if (file.isEmpty() || file.contains("..") || file.startsWith("/")) {
            return badRequest("invalid file name");
        }
        Optional<GerminationTest> test = germination.findTest(testId);
        if (test.isEmpty() || test.get().labReference == null) {
            return notFound();
        }
        return germination.removeAttachment(test.get(), file) ? noContent() : notFound();
    }
}
