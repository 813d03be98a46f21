package com.harbormutual.claims.service;

import com.harbormutual.claims.repository.ClaimRepository;
import com.harbormutual.claims.repository.ClaimRepository.ClaimRecord;
import com.harbormutual.claims.repository.ClaimRepository.LossEvent;
import com.harbormutual.claims.repository.ClaimRepository.PayoutRecord;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

@Service
public class ClaimService {

    private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

    private static final BigDecimal DEFAULT_DEDUCTIBLE = new BigDecimal("1000.00");
    private static final Pattern PAGE_RANGE = Pattern.compile("\\d{1,4}(-\\d{1,4})?");
    private static final Set<String> CARRIER_HOSTS = Set.of(
            "api.atlanticre.com", "policy.northstar-ins.com", "carrier-gw.harbormutual.com");
    private static final Map<String, String> LETTER_TEMPLATES = Map.of(
            "acknowledgement", "acknowledgement.ftlh",
            "settlement", "settlement-offer.ftlh",
            "denial", "denial.ftlh");
    private static final Map<String, String> RESERVE_PRESETS = Map.of(
            "standard", "#claimedAmount * 1.10",
            "bodily-injury", "#claimedAmount * 1.35 + 2500",
            "catastrophe", "#claimedAmount * 1.75 - #deductible");
    private static final DateTimeFormatter LETTER_DATE =
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).withZone(ZoneId.of("America/New_York"));

    private final ClaimRepository claimRepository;
    private final RestTemplate partnerRestTemplate;
    private final RestTemplate bankRestTemplate;
    private final Configuration letterTemplates;
    private final ExpressionParser expressionParser = new SpelExpressionParser();
    private final Path renderDir;
    private final String wkhtmltopdfBinary;
    private final String bankBaseUrl;

    public ClaimService(ClaimRepository claimRepository,
                        @Qualifier("partnerRestTemplate") RestTemplate partnerRestTemplate,
                        @Qualifier("bankRestTemplate") RestTemplate bankRestTemplate,
                        Configuration letterTemplates,
                        @Value("${harbor.render.dir:/var/lib/harbor/render}") String renderDir) {
        this.claimRepository = claimRepository;
        this.partnerRestTemplate = partnerRestTemplate;
        this.bankRestTemplate = bankRestTemplate;
        this.letterTemplates = letterTemplates;
        this.renderDir = Path.of(renderDir).toAbsolutePath().normalize();
        this.wkhtmltopdfBinary = System.getenv().getOrDefault("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf");
        this.bankBaseUrl = System.getenv().getOrDefault("HARBOR_BANK_API", "https://disburse.firstharbor-bank.com/api");
    }

    public ClaimRecord getClaim(long id) {
        return claimRepository.findById(id).orElseThrow(() -> new NoSuchElementException("Claim " + id + " not found"));
    }

    public List<ClaimRecord> search(String status, String sortKey, String direction) {
        return claimRepository.search(status.toUpperCase(Locale.ROOT), sortKey, "desc".equalsIgnoreCase(direction));
    }

    public List<Map<String, Object>> claimsForPolicy(String policyNumber) {
        return claimRepository.findByPolicyNumber(policyNumber.trim());
    }

    public long countClaims(String field, String value) {
        return claimRepository.countBy(field, value);
    }

    public List<Map<String, Object>> workload(String adjusterId, String statuses) {
        return claimRepository.adjusterWorkload(adjusterId, statuses);
    }

    public List<LossEvent> lossEvents(Map<String, Object> criteria) {
        return claimRepository.findLossEvents(criteria);
    }

    // ---- reserves ----

    public BigDecimal evaluateReserve(long claimId, String formula) {
        ClaimRecord claim = getClaim(claimId);
        StandardEvaluationContext ctx = reserveContext(claim);
        Object result = expressionParser.parseExpression(formula).getValue(ctx); // VULN code
        return toReserve(claim, result);
    }

    public BigDecimal applyReservePreset(long claimId, String presetName) {
        String expression = RESERVE_PRESETS.get(presetName);
        if (expression == null) {
            throw new IllegalArgumentException("Unknown reserve preset: " + presetName);
        }
        ClaimRecord claim = getClaim(claimId);
        Object result = expressionParser.parseExpression(expression).getValue(reserveContext(claim)); // SAFE code
        return toReserve(claim, result);
    }

    private StandardEvaluationContext reserveContext(ClaimRecord claim) {
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("claimedAmount", claim.claimedAmount());
        ctx.setVariable("deductible", DEFAULT_DEDUCTIBLE);
        return ctx;
    }

    private BigDecimal toReserve(ClaimRecord claim, Object result) {
        BigDecimal reserve = new BigDecimal(String.valueOf(result)).setScale(2, RoundingMode.HALF_UP);
        if (reserve.signum() < 0) {
            reserve = BigDecimal.ZERO;
        }
        log.info("Reserve for claim {} set to {}", claim.claimNumber(), reserve);
        return reserve;
    }

    // ---- correspondence ----

    public String previewLetter(long claimId, String templateSource) throws IOException, TemplateException {
        ClaimRecord claim = getClaim(claimId);
        Template template = new Template("preview-" + claimId, new StringReader(templateSource), letterTemplates); // VULN ssti
        StringWriter out = new StringWriter();
        template.process(letterModel(claim), out);
        return out.toString();
    }

    public String renderLetter(long claimId, String letterType) throws IOException, TemplateException {
        String templateName = LETTER_TEMPLATES.get(letterType);
        if (templateName == null) {
            throw new IllegalArgumentException("Unsupported letter type: " + letterType);
        }
        Template template = letterTemplates.getTemplate(templateName); // SAFE ssti
        StringWriter out = new StringWriter();
        template.process(letterModel(getClaim(claimId)), out);
        return out.toString();
    }

    private Map<String, Object> letterModel(ClaimRecord claim) {
        Map<String, Object> model = new HashMap<>();
        model.put("claimNumber", claim.claimNumber());
        model.put("policyNumber", claim.policyNumber());
        model.put("amount", claim.claimedAmount());
        model.put("openedOn", LETTER_DATE.format(claim.openedAt()));
        model.put("deductible", DEFAULT_DEDUCTIBLE);
        return model;
    }

    public Path renderClaimPdf(long claimId, String title) throws IOException, InterruptedException, TemplateException {
        ClaimRecord claim = getClaim(claimId);
        Files.createDirectories(renderDir);
        Path html = renderDir.resolve(claim.claimNumber() + ".html");
        Files.writeString(html, renderLetter(claimId, "acknowledgement"));
        Path pdf = renderDir.resolve(claim.claimNumber() + ".pdf");
        String command = wkhtmltopdfBinary + " --quiet --title \"" + title + "\" " + html + " " + pdf;
        Process process = Runtime.getRuntime().exec(new String[]{"/bin/sh", "-c", command}); // VULN cmdi
        awaitTool(process, "wkhtmltopdf");
        return pdf;
    }

    public Path extractPages(long claimId, String pageRange) throws IOException, InterruptedException {
        if (!PAGE_RANGE.matcher(pageRange).matches()) {
            throw new IllegalArgumentException("Page range must look like 3 or 2-7");
        }
        ClaimRecord claim = getClaim(claimId);
        Path source = renderDir.resolve(claim.claimNumber() + ".pdf");
        Path target = renderDir.resolve(claim.claimNumber() + "-p" + pageRange + ".pdf");
        Process process = new ProcessBuilder("qpdf", source.toString(), "--pages", ".", pageRange, "--", target.toString()).redirectErrorStream(true).start(); // SAFE cmdi
        awaitTool(process, "qpdf");
        return target;
    }

    private void awaitTool(Process process, String tool) throws InterruptedException, IOException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(tool + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IOException(tool + " exited with " + process.exitValue());
        }
    }

    // ---- payouts & partner calls ----

    public List<PayoutRecord> payouts(List<Long> ids) {
        return claimRepository.findPayouts(ids);
    }

    public String releasePayout(long payoutId) {
        PayoutRecord payout = claimRepository.findPayout(payoutId)
                .orElseThrow(() -> new NoSuchElementException("Payout " + payoutId + " not found"));
        if (!"APPROVED".equals(payout.status())) {
            throw new IllegalStateException("Payout " + payoutId + " is " + payout.status());
        }
        Map<String, Object> transfer = Map.of("reference", "HM-PAY-" + payout.id(), "amount", payout.amount(),
                "payee", payout.payeeName());
        return bankRestTemplate.postForObject(bankBaseUrl + "/transfers", transfer, String.class);
    }

    public int notifyPayout(long payoutId, String callbackUrl) {
        PayoutRecord payout = claimRepository.findPayout(payoutId)
                .orElseThrow(() -> new NoSuchElementException("Payout " + payoutId + " not found"));
        Map<String, Object> body = Map.of("payoutId", payout.id(), "claimId", payout.claimId(),
                "amount", payout.amount(), "status", payout.status());
        ResponseEntity<String> response = partnerRestTemplate.postForEntity(callbackUrl, body, String.class); // VULN ssrf
        int status = response.getStatusCode().value();
        claimRepository.markPayoutNotified(payoutId, callbackUrl, status);
        return status;
    }

    public String lookupCarrierPolicy(String carrierEndpoint, String policyNumber) {
        URI endpoint = URI.create(carrierEndpoint);
        String host = endpoint.getHost();
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) || host == null
                || !CARRIER_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Carrier endpoint is not an approved partner");
        }
        URI target = UriComponentsBuilder.fromUri(endpoint).replacePath("/v2/policies/{policy}").replaceQuery(null)
                .buildAndExpand(policyNumber).encode().toUri();
        return partnerRestTemplate.getForObject(target, String.class); // SAFE ssrf
    }
}
