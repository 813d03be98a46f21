package controllers;

import models.Garden;
import models.Member;
import play.data.DynamicForm;
import play.data.FormFactory;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.AuthService;
import services.GardenService;
import services.ReportService;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

public class ReportController extends Controller {

    private final ReportService reports;
    private final GardenService gardens;
    private final AuthService auth;
    private final FormFactory forms;

    @Inject
    public ReportController(ReportService reports, GardenService gardens, AuthService auth, FormFactory forms) {
        this.reports = reports;
        this.gardens = gardens;
        this.auth = auth;
        this.forms = forms;
    }

    public Result generate(Http.Request request) throws InterruptedException {
        if (!auth.hasRole(request, Member.Role.CURATOR, Member.Role.LAB, Member.Role.ADMIN)) {
            return forbidden();
        }
        DynamicForm form = forms.form().bindFromRequest(request);
        String title = form.get("title") == null || form.get("title").isBlank() ? "Germination below threshold" : form.get("title");
        double threshold;
        try {
            threshold = form.get("threshold") == null ? 0.6 : Double.parseDouble(form.get("threshold"));
        } catch (NumberFormatException e) {
            return badRequest("threshold must be a number");
        }
        Garden garden = form.get("garden") == null ? null : gardens.find(form.get("garden")).orElse(null);
        try {
            String fileName = reports.germinationReport(garden, title, threshold);
            return redirect(routes.ReportController.download().url() + "?file=" + fileName);
        } catch (IOException e) {
            return internalServerError("report generation failed");
        }
    }

    public Result download(Http.Request request) {
        if (auth.currentUser(request).isEmpty()) {
            return unauthorized();
        }
        String file = request.queryString("file").orElse("");
        try {
            return ok(reports.readReport(file)).as(contentType(file))
                    .withHeader(Http.HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"report." + extension(file) + "\"");
        } catch (NoSuchFileException e) {
            return notFound();
        } catch (IOException e) {
            return internalServerError();
        }
    }

    public Result archived(Http.Request request, String name) {
        if (auth.currentUser(request).isEmpty()) {
            return unauthorized();
        }
        try {
            return ok(reports.readArchived(name)).as(contentType(name));
        } catch (IllegalArgumentException | NoSuchFileException e) {
            return notFound();
        } catch (IOException e) {
            return internalServerError();
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "bin" : file.substring(dot + 1);
    }

    private static String contentType(String file) {
        switch (extension(file)) {
            case "pdf":
                return "application/pdf";
            case "csv":
                return "text/csv";
            default:
                return "application/octet-stream";
        }
    }
}
