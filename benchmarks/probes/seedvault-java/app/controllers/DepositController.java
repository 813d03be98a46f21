package controllers;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.google.common.html.HtmlEscapers;
import dto.DepositForm;
import dto.LotSearchCriteria;
import io.ebean.PagedList;
import models.Member;
import models.SeedLot;
import play.data.Form;
import play.data.FormFactory;
import play.libs.Files.TemporaryFile;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.AuthService;
import services.DepositService;
import services.TemplateRenderer;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class DepositController extends Controller {

    private final DepositService deposits;
    private final AuthService auth;
    private final TemplateRenderer views;
    private final FormFactory forms;

    @Inject
    public DepositController(DepositService deposits, AuthService auth, TemplateRenderer views, FormFactory forms) {
        this.deposits = deposits;
        this.auth = auth;
        this.views = views;
        this.forms = forms;
    }

    public Result index(Http.Request request) {
        return redirect(routes.DepositController.search());
    }

    public Result search(Http.Request request) {
        LotSearchCriteria criteria = LotSearchCriteria.from(request);
        PagedList<SeedLot> page = deposits.search(criteria);
        if (page.getList().isEmpty() && criteria.hasSpecies() && request.header("HX-Request").isPresent()) {
            return ok("<p class=\"empty\">No lots match <b>" + HtmlEscapers.htmlEscaper().escape(criteria.species) + "</b>.</p>").as(Http.MimeTypes.HTML); // SAFE xss
        }
        Map<String, Object> params = new HashMap<>();
        params.put("criteria", criteria);
        params.put("lots", page.getList());
        params.put("total", page.getTotalCount());
        params.put("user", auth.currentUser(request).map(DecodedJWT::getSubject).orElse(null));
        return ok(views.page("lots/search.jte", params)).as(Http.MimeTypes.HTML);
    }

    public Result newDeposit(Http.Request request) {
        return redirect(routes.DepositController.search().url() + "#deposit");
    }

    public Result create(Http.Request request) {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty()) {
            return redirect(routes.AuthController.loginForm());
        }
        Form<DepositForm> form = forms.form(DepositForm.class).bindFromRequest(request);
        if (form.hasErrors()) {
            return badRequest(form.errorsAsJson());
        }
        try {
            SeedLot lot = deposits.deposit(form.get(), user.get().getSubject());
            return redirect(routes.DepositController.show(lot.id));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    public Result show(Http.Request request, Long id) {
        Optional<SeedLot> lot = deposits.find(id);
        if (lot.isEmpty()) {
            return notFound("No such lot");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("lot", lot.get());
        params.put("canEdit", auth.hasRole(request, Member.Role.CURATOR, Member.Role.ADMIN));
        return ok(views.page("lots/show.jte", params)).as(Http.MimeTypes.HTML);
    }

    public Result uploadPhoto(Http.Request request, Long id) throws IOException {
        if (!auth.hasRole(request, Member.Role.CURATOR, Member.Role.ADMIN)) {
            return forbidden();
        }
        Optional<SeedLot> lot = deposits.find(id);
        Http.MultipartFormData<TemporaryFile> body = request.body().asMultipartFormData();
        if (lot.isEmpty() || body == null) {
            return badRequest("expected a multipart upload for an existing lot");
        }
        Http.MultipartFormData.FilePart<TemporaryFile> photo = body.getFile("photo");
        if (photo == null) {
            return badRequest("missing photo");
        }
        try {
            deposits.attachPhoto(lot.get(), photo.getFilename(), photo.getRef().path());
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        return redirect(routes.DepositController.show(id));
    }

    public Result photo(Http.Request request, Long id) {
        Optional<Path> photo = deposits.find(id).flatMap(deposits::photoFile);
        if (photo.isEmpty()) {
            return notFound();
        }
        return ok().sendPath(photo.get()); // SAFE path
    }

    public Result importArchive(Http.Request request) throws IOException {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty() || !auth.hasRole(request, Member.Role.CURATOR, Member.Role.ADMIN)) {
            return forbidden();
        }
        Http.MultipartFormData<TemporaryFile> body = request.body().asMultipartFormData();
        Http.MultipartFormData.FilePart<TemporaryFile> archive = body == null ? null : body.getFile("archive");
        String[] garden = body == null ? null : body.asFormUrlEncoded().get("garden");
        if (archive == null || garden == null || garden.length == 0) {
            return badRequest("archive and garden are required");
        }
        List<SeedLot> created = deposits.importArchive(archive.getRef().path(), garden[0], user.get().getSubject());
        return ok(created.size() + " lots imported");
    }

    public Result label(Http.Request request, Long id) {
        return deposits.find(id)
                .map(lot -> ok(views.label(lot.garden, lot)).as(Http.MimeTypes.HTML))
                .orElseGet(() -> notFound("No such lot"));
    }
}
