package com.berthwise.api.controller;

import com.berthwise.api.dto.ApiRequests.BerthNoticeRequest;
import com.berthwise.core.model.VesselCall;
import com.berthwise.core.security.TokenService;
import com.berthwise.core.service.NotificationTemplateService;
import com.berthwise.core.service.NotificationTemplateService.NoticeDraft;
import com.berthwise.core.service.VesselCallService;
import io.micronaut.http.*;
import io.micronaut.http.annotation.*;
import lombok.RequiredArgsConstructor;
import java.util.HashMap;
import java.util.Map;

@Controller("/notices")
@RequiredArgsConstructor
public class NoticeController {
    private final NotificationTemplateService templates;
    private final VesselCallService calls;
    private final TokenService tokens;

    @Post("/berth/{imo}/preview")
    public HttpResponse<String> berthNoticePreview(@PathVariable String imo, @Body BerthNoticeRequest request,
                                                   @CookieValue("bw_session") String session) throws Exception {
        tokens.verify(session);
        VesselCall call = calls.byImo(imo).orElse(null);
        if (call == null) {
            return HttpResponse.notFound();
        }
        String html = templates.renderBerthNotice(call, request.remark(), request.contact());
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML);
    }

    @Post("/drafts/render")
    public HttpResponse<String> renderDraft(@Body NoticeDraft draft, @CookieValue("bw_session") String session)
            throws Exception {
        tokens.verify(session);
        return HttpResponse.ok(templates.renderAgentDraft(draft)).contentType(MediaType.TEXT_PLAIN);
    }

    @Post("/sms/preview")
    public HttpResponse<String> smsPreview(@Body Map<String, String> fields) {
        return HttpResponse.ok(templates.renderSmsPreview(fields)).contentType(MediaType.TEXT_PLAIN);
    }

    @Get("/builtin/{key}")
    public HttpResponse<String> builtIn(@PathVariable String key, HttpRequest<?> request) throws Exception {
        Map<String, Object> model = new HashMap<>();
        request.getParameters().forEach((name, values) -> model.put(name, values.isEmpty() ? "" : values.get(0)));
        return HttpResponse.ok(templates.renderBuiltIn(key, model)).contentType(MediaType.TEXT_PLAIN);
    }
}
