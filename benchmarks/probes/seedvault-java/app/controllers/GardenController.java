package controllers;

import com.auth0.jwt.interfaces.DecodedJWT;
import models.Garden;
import models.Member;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.AuthService;
import services.GardenService;
import services.TemplateRenderer;

import javax.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class GardenController extends Controller {

    private static final String[] PROFILE_FIELDS = {"name", "region", "description", "website", "contactEmail", "webhookUrl"};

    private final GardenService gardens;
    private final AuthService auth;
    private final TemplateRenderer views;

    @Inject
    public GardenController(GardenService gardens, AuthService auth, TemplateRenderer views) {
        this.gardens = gardens;
        this.auth = auth;
        this.views = views;
    }

    public Result show(Http.Request request, String code) throws IOException {
        Optional<Garden> garden = gardens.find(code);
        if (garden.isEmpty()) {
            return notFound("Unknown garden");
        }
        if (request.queryString("format").map("card"::equals).orElse(false)) {
            Map<String, Object> card = new HashMap<>();
            card.put("name", garden.get().name);
            card.put("region", garden.get().region);
            card.put("website", garden.get().website);
            card.put("code", garden.get().code);
            return ok(views.fragment("garden-card", card)).as(Http.MimeTypes.HTML);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("garden", garden.get());
        params.put("lots", gardens.availableLots(garden.get()));
        params.put("canEdit", isCuratorOf(request, code));
        return ok(views.page("gardens/profile.jte", params)).as(Http.MimeTypes.HTML);
    }

    public Result update(Http.Request request, String code) {
        if (!isCuratorOf(request, code)) {
            return forbidden();
        }
        Optional<Garden> garden = gardens.find(code);
        Map<String, String[]> form = request.body().asFormUrlEncoded();
        if (garden.isEmpty() || form == null) {
            return badRequest();
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : PROFILE_FIELDS) {
            String[] values = form.get(field);
            if (values != null && values.length > 0) {
                fields.put(field, values[0]);
            }
        }
        gardens.updateProfile(garden.get(), fields);
        return redirect(routes.GardenController.show(garden.get().code)); // SAFE redirect
    }

    public Result importLogo(Http.Request request, String code) {
        if (!isCuratorOf(request, code)) {
            return forbidden();
        }
        Optional<Garden> garden = gardens.find(code);
        Map<String, String[]> form = request.body().asFormUrlEncoded();
        String[] url = form == null ? null : form.get("logoUrl");
        if (garden.isEmpty() || url == null || url.length == 0) {
            return badRequest("logoUrl required");
        }
        try {
            gardens.importLogo(garden.get(), url[0].trim());
            return redirect(routes.GardenController.show(code));
        } catch (IOException | IllegalArgumentException e) {
            return badRequest("could not fetch logo: " + e.getMessage());
        }
    }

    public Result updateTemplates(Http.Request request, String code) {
        if (!isCuratorOf(request, code)) {
            return forbidden();
        }
        Optional<Garden> garden = gardens.find(code);
        Map<String, String[]> form = request.body().asFormUrlEncoded();
        if (garden.isEmpty() || form == null) {
            return badRequest();
        }
        gardens.updateTemplates(garden.get(), first(form, "emailTemplate"), first(form, "labelTemplate"));
        return redirect(routes.GardenController.show(code));
    }

    public Result testWebhook(Http.Request request, String code) throws IOException {
        if (!isCuratorOf(request, code)) {
            return forbidden();
        }
        Optional<Garden> garden = gardens.find(code);
        if (garden.isEmpty()) {
            return notFound();
        }
        int status = gardens.testWebhook(garden.get());
        return status < 0 ? badRequest("webhook host is not registered with the network") : ok("receiver answered HTTP " + status);
    }

    private boolean isCuratorOf(Http.Request request, String code) {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty()) {
            return false;
        }
        String role = user.get().getClaim("role").asString();
        return Member.Role.ADMIN.name().equals(role)
                || (Member.Role.CURATOR.name().equals(role) && code.equals(user.get().getClaim("garden").asString()));
    }

    private static String first(Map<String, String[]> form, String key) {
        String[] values = form.get(key);
        return values == null || values.length == 0 ? null : values[0];
    }
}
