package com.ledgerbay.web;

import com.ledgerbay.client.CbpGatewayClient;
import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.TariffRate;
import com.ledgerbay.service.DutyCalculator.DutyQuote;
import com.ledgerbay.dto.FilingRequest;
import com.ledgerbay.security.JwtService;
import com.ledgerbay.service.ClassificationRuleService;
import com.ledgerbay.service.DutyCalculator;
import com.ledgerbay.service.DutyCalculator.TariffNotFoundException;
import com.ledgerbay.xml.ManifestXmlParser;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.w3c.dom.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * /portal/tariff — classification assistant and duty estimator.
 */
public class TariffHandler implements HttpService {

    private static final Pattern CHAPTER = Pattern.compile("^\\d{2}$");

    private final DutyCalculator calculator;
    private final ClassificationRuleService rules;
    private final CbpGatewayClient cbp;
    private final ManifestXmlParser xml;
    private final JwtService jwt;

    public TariffHandler(ServiceRegistry services) {
        this.calculator = services.dutyCalculator;
        this.rules = services.classificationRules;
        this.cbp = services.cbpGateway;
        this.xml = services.manifestParser;
        this.jwt = services.jwt;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/browse", this::browse)
             .get("/notes", this::lineNotes)
             .get("/chapters/{chapter}/notes", this::chapterNotes)
             .post("/quote", this::quote)
             .get("/ruling", this::ruling);
    }

    /**
     * Returns an HTML table fragment that the classification assistant drops into the page.
     */
    private void browse(ServerRequest req, ServerResponse res) {
        String prefix = req.query().first("prefix").orElse("");
        String origin = req.query().first("origin").orElse(null);
        res.headers().contentType(MediaTypes.TEXT_HTML);
        try {
            List<TariffRate> rates = calculator.browse(prefix, origin);
            StringBuilder html = new StringBuilder("<table class=\"hts\"><tbody>");
            for (TariffRate r : rates) {
                html.append("<tr><td>").append(r.getHtsCode()).append("</td><td>")
                    .append(org.owasp.encoder.Encode.forHtml(r.getDescription())).append("</td><td>")
                    .append(r.getAdValoremPercent().toPlainString()).append("%</td></tr>");
            }
            res.send(html.append("</tbody></table>").toString());
        } catch (TariffNotFoundException e) {
            res.status(Status.NOT_FOUND_404);
            res.send("<p class=\"hts-empty\">" + e.getMessage() + "</p>"); // VULN xss
        } catch (IllegalArgumentException e) {
            res.status(Status.BAD_REQUEST_400).send("<p class=\"hts-error\">Invalid country of origin.</p>");
        }
    }

    private void lineNotes(ServerRequest req, ServerResponse res) {
        String hts = req.query().first("hts").orElse("");
        JsonArrayBuilder out = Json.createArrayBuilder();
        rules.notesForLine(hts).forEach(out::add);
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(out.build().toString());
    }

    private void chapterNotes(ServerRequest req, ServerResponse res) {
        String chapter = req.path().pathParameters().get("chapter");
        if (!CHAPTER.matcher(chapter).matches()) {
            res.status(Status.BAD_REQUEST_400).send();
            return;
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        rules.notesForChapter(chapter).forEach(out::add);
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(out.build().toString());
    }

    private void quote(ServerRequest req, ServerResponse res) {
        if (PortalAuth.brokerId(req, jwt).isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        JsonObject body = req.content().as(JsonObject.class);
        List<FilingRequest.Line> lines = new ArrayList<>();
        for (JsonValue v : body.getJsonArray("lines")) {
            JsonObject l = v.asJsonObject();
            lines.add(new FilingRequest.Line(l.getString("htsCode"), l.getString("countryOfOrigin"),
                    l.getJsonNumber("quantity").bigDecimalValue(), l.getString("unitOfMeasure", "PCS"),
                    l.getJsonNumber("enteredValue").bigDecimalValue()));
        }
        FilingRequest request = new FilingRequest(null, null, body.getString("portCode", null), null, null,
                body.getString("valuationAdjustment", null), body.getString("specialProgram", null), lines);
        try {
            DutyQuote quote = calculator.quote(request, body.getBoolean("vessel", true));
            res.headers().contentType(MediaTypes.APPLICATION_JSON);
            res.send(Json.createObjectBuilder()
                    .add("enteredValue", quote.enteredValue())
                    .add("duty", quote.dutyTotal())
                    .add("mpf", quote.merchandiseProcessingFee())
                    .add("hmf", quote.harborMaintenanceFee())
                    .add("total", quote.grandTotal())
                    .build().toString());
        } catch (IllegalArgumentException e) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error(e.getMessage()));
        }
    }

    private void ruling(ServerRequest req, ServerResponse res) throws IOException {
        String url = req.query().first("url").orElse("");
        try {
            Document ruling = xml.parseRuling(cbp.fetchRuling(url));
            String text = ruling.getDocumentElement().getTextContent();
            res.headers().contentType(MediaTypes.TEXT_PLAIN);
            res.send(text);
        } catch (IllegalArgumentException e) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error(e.getMessage()));
        }
    }
}
